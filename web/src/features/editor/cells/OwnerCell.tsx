// Owners lane: who owns the step (a team or a person) and a note.
import type { KeyboardEvent } from 'react';
import { AutoTextarea } from './AutoTextarea';
import { EditShell } from './EditShell';
import { PersonIcon } from './icons';
import type { CellProps } from './types';
import { useCellDraft } from './useCellDraft';
import styles from './Cell.module.css';

export function OwnerView({ cell }: Pick<CellProps, 'cell'>) {
  if (!cell?.owner && !cell?.text) return <span className={styles.empty}>Double-click to name an owner</span>;
  return (
    <>
      {cell.owner && <p className={styles.owner}><PersonIcon /><span>{cell.owner}</span></p>}
      {cell.text && <p className={styles.text}>{cell.text}</p>}
    </>
  );
}

interface Draft { owner: string; text: string }

export function OwnerEditor(props: CellProps) {
  const { lane, step } = props;
  const { draft, setDraft, commit, cancel } = useCellDraft<Draft>(
    props,
    (c) => ({ owner: c?.owner ?? '', text: c?.text ?? '' }),
    (d, c) => ({ ...c, owner: d.owner.trim() || undefined, text: d.text.trim() ? d.text : undefined }),
  );
  const enter = (e: KeyboardEvent) => { if (e.key === 'Enter') { e.preventDefault(); commit(); } };
  return (
    <EditShell label={`Edit ${lane.title} at ${step.name}`} onCommit={commit} onCancel={cancel} doneButton>
      <label className="field">
        <span>Owner</span>
        <input data-autofocus className="input" value={draft.owner} placeholder="Team or person" maxLength={200}
          onChange={(e) => setDraft((d) => ({ ...d, owner: e.target.value }))} onKeyDown={enter} />
      </label>
      <AutoTextarea value={draft.text} onValue={(text) => setDraft((d) => ({ ...d, text }))} onEnter={commit} minRows={2}
        aria-label={`Note for ${lane.title} at ${step.name}`} placeholder="Note (optional)" maxLength={4000} />
    </EditShell>
  );
}

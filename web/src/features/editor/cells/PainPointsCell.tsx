// Pain points: each with an impact badge; the editor adds, edits and deletes them and sets their impact.
import { useState } from 'react';
import type { PainImpact, PainPoint } from '../../../api/model';
import { newId } from '../state/ids';
import { AutoTextarea } from './AutoTextarea';
import { EditShell } from './EditShell';
import { PlusIcon, TrashIcon } from './icons';
import { appendItem, removeItem, updateItem, withoutBlank } from './listEdits';
import { impactChoices, impactLabels, impactOf, impactShort, painImpacts } from './painImpact';
import type { CellProps } from './types';
import { useCellDraft } from './useCellDraft';
import styles from './Cell.module.css';
import pain from './PainPoints.module.css';

export function ImpactBadge({ impact }: { impact: PainImpact | undefined }) {
  const value = impactOf(impact);
  return (
    <span className={`${pain.badge} ${pain[value]}`} title={impactLabels[value]} aria-label={`Impact: ${impactLabels[value]}`}>
      <span className={pain.dot} aria-hidden="true" />{impactShort[value]}
    </span>
  );
}

export function PainPointsView({ cell }: Pick<CellProps, 'cell'>) {
  const items = cell?.painPoints ?? [];
  if (items.length === 0) return <span className={styles.empty}>Double-click to add a pain point</span>;
  return (
    <ul className={pain.list}>
      {items.map((p) => (
        <li key={p.id} className={`${pain.item} ${pain[impactOf(p.impact)]}`} data-testid="pain-point" data-impact={impactOf(p.impact)}>
          <p className={styles.text}>{p.text}</p>
          <ImpactBadge impact={p.impact} />
        </li>
      ))}
    </ul>
  );
}

export function PainPointsEditor(props: CellProps) {
  const { lane, step } = props;
  const [focusId, setFocusId] = useState<string | null>(null);
  const { draft, setDraft, commit, cancel } = useCellDraft<PainPoint[]>(
    props,
    (c) => c?.painPoints ?? [],
    (d, c) => ({ ...c, painPoints: withoutBlank(d) }),
  );
  const add = () => {
    const item: PainPoint = { id: newId('pp'), text: '', impact: 'needsWorkaround' };
    setDraft((d) => appendItem(d, item));
    setFocusId(item.id);
  };
  return (
    <EditShell label={`Edit ${lane.title} at ${step.name}`} onCommit={commit} onCancel={cancel} doneButton>
      {draft.map((p, i) => (
        <div key={p.id} className={pain.editItem} role="group" aria-label={`Pain point ${i + 1}`}>
          <div className={styles.row}>
            <AutoTextarea className={styles.grow} value={p.text} minRows={1} onEnter={commit} autoFocus={p.id === focusId}
              aria-label={`Pain point ${i + 1}`} placeholder="What hurts?" maxLength={2000}
              onValue={(text) => setDraft((d) => updateItem(d, p.id, { text }))} />
            <button type="button" className={`icon-btn ${styles.deleteButton}`} aria-label={`Delete pain point ${i + 1}`}
              onClick={() => setDraft((d) => removeItem(d, p.id))}><TrashIcon /></button>
          </div>
          <label className={pain.impactField}>
            <span>Impact</span>
            <select className="select" value={impactOf(p.impact)} title={impactLabels[impactOf(p.impact)]}
              onChange={(e) => setDraft((d) => updateItem(d, p.id, { impact: e.target.value as PainImpact }))}>
              {painImpacts.map((v) => <option key={v} value={v}>{impactChoices[v]}</option>)}
            </select>
          </label>
        </div>
      ))}
      <button type="button" className={styles.addButton} data-testid="add-pain-point" data-autofocus={draft.length === 0 ? '' : undefined}
        onClick={add}><PlusIcon /> Add pain point</button>
    </EditShell>
  );
}

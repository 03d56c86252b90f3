// Text lanes (actions, thoughts, feelings, questions, text, data) and the blueprint lanes (frontstage, backstage,
// support processes, touchpoints): multi-line text, sticky-note cards, and where the kind allows, channels and an
// owner. Enter commits, Shift+Enter starts a new line, Esc cancels, leaving the editor commits.
import type { Card, Cell, Channel } from '../../../api/model';
import { cellPartsFor } from '../../map/state/queries';
import { AutoTextarea } from './AutoTextarea';
import { CardsEditor } from './CardsEditor';
import { CardView } from './CardView';
import { ChannelChips } from './ChannelChips';
import { ChannelPicker } from './ChannelPicker';
import { toggleChannel } from '../../../ui/channels';
import { EditShell } from './EditShell';
import { PersonIcon } from './icons';
import { withoutBlank } from './listEdits';
import type { CellProps } from './types';
import { useCellDraft } from './useCellDraft';
import styles from './Cell.module.css';
import cardStyles from './Cards.module.css';

interface Draft {
  text: string;
  cards: Card[] | undefined;
  channels: Channel[] | undefined;
  owner: string;
}

export function TextCardsView({ lane, cell }: Pick<CellProps, 'lane' | 'cell'>) {
  const text = cell?.text ?? '';
  const isQuestion = lane.kind === 'questions';
  const empty = !text && !cell?.cards?.length && !cell?.channels?.length && !cell?.owner;
  return (
    <>
      {text && (isQuestion
        ? <p className={styles.question}><span className={styles.questionMark} aria-label="Question">?</span><span className={styles.text}>{text}</span></p>
        : <p className={styles.text}>{text}</p>)}
      {cell?.cards && cell.cards.length > 0 && (
        <ul className={cardStyles.list}>
          {cell.cards.map((c) => <li key={c.id}><CardView card={c} /></li>)}
        </ul>
      )}
      <ChannelChips channels={cell?.channels} />
      {cell?.owner && <p className={styles.meta}><PersonIcon /><span>{cell.owner}</span></p>}
      {empty && <span className={styles.empty}>Double-click to write</span>}
    </>
  );
}

export function TextCardsEditor(props: CellProps) {
  const { lane, step } = props;
  const parts = cellPartsFor(lane.kind);
  const { draft, setDraft, commit, cancel } = useCellDraft<Draft>(
    props,
    (c) => ({ text: c?.text ?? '', cards: c?.cards, channels: c?.channels, owner: c?.owner ?? '' }),
    (d, c) => ({
      ...c,
      text: d.text.trim() === '' ? undefined : d.text,
      cards: parts.includes('cards') ? withoutBlank(d.cards) : c?.cards,
      channels: parts.includes('channels') && d.channels?.length ? d.channels : undefined,
      owner: parts.includes('owner') && d.owner.trim() ? d.owner.trim() : undefined,
    } satisfies Cell),
  );
  const patch = (p: Partial<Draft>) => setDraft((d) => ({ ...d, ...p }));
  return (
    <EditShell label={`Edit ${lane.title} at ${step.name}`} onCommit={commit} onCancel={cancel} doneButton>
      <AutoTextarea data-autofocus value={draft.text} onValue={(text) => patch({ text })} onEnter={commit}
        aria-label={`${lane.title} at ${step.name}`} placeholder={lane.kind === 'questions' ? 'What does the customer ask?' : draft.cards?.length ? 'Text (optional)' : 'Write here'}
        maxLength={4000} />
      {parts.includes('cards') && <CardsEditor cards={draft.cards} onCards={(cards) => patch({ cards })} onEnter={commit} />}
      {parts.includes('channels') && (
        <div className={styles.row}>
          <ChannelChips channels={draft.channels} onRemove={(c) => patch({ channels: toggleChannel(draft.channels, c) })} />
          <ChannelPicker value={draft.channels} onChange={(channels) => patch({ channels })} />
        </div>
      )}
      {parts.includes('owner') && (
        <label className={styles.row}>
          <span className={styles.fieldLabel}>Owner</span>
          <input className={`input ${styles.grow}`} value={draft.owner} placeholder="Team or person" maxLength={200}
            onChange={(e) => patch({ owner: e.target.value })}
            onKeyDown={(e) => { if (e.key === 'Enter') { e.preventDefault(); commit(); } }} />
        </label>
      )}
    </EditShell>
  );
}

// Choosing a new lane's kind (all 18, with icon and label) and its title.
import { useState, type KeyboardEvent } from 'react';
import type { LaneKind } from '../../../api/model';
import { Dialog } from '../../../ui/Dialog';
import { laneKindLabels } from '../../map/state/queries';
import { laneTints } from './laneTints';
import { laneKindOrder } from './laneKindOrder';
import { LaneKindIcon } from './laneKinds';
import styles from './AddLaneDialog.module.css';

const hints: Record<LaneKind, string> = {
  actions: 'What the customer does', touchpoints: 'Where they meet you', channels: 'Web, app, phone…',
  thoughts: 'What they think', feelings: 'What they feel', emotionCurve: 'Highs and lows as a line',
  painPoints: 'What hurts, with impact', ideas: 'Ideas with votes and scores', momentsOfTruth: 'Steps that decide it',
  questions: 'Open questions', frontstage: 'What staff do in view', backstage: 'What happens out of view',
  supportProcesses: 'Systems and partners', kpis: 'Metrics and targets', owners: 'Who is responsible',
  images: 'Screenshots and photos', text: 'Free notes', data: 'Figures from your data',
};

interface AddLaneDialogProps {
  open: boolean;
  onClose: () => void;
  onAdd: (kind: LaneKind, title: string) => void;
}

export function AddLaneDialog({ open, onClose, onAdd }: AddLaneDialogProps) {
  const [kind, setKind] = useState<LaneKind>('actions');
  const [title, setTitle] = useState('');
  // Each opening starts from the first kind and no title.
  const [wasOpen, setWasOpen] = useState(open);
  if (open !== wasOpen) {
    setWasOpen(open);
    if (open) { setKind('actions'); setTitle(''); }
  }

  const submit = () => onAdd(kind, title);

  // One tab stop for the kinds; arrows move through the three-column grid of choices.
  const onKindsKey = (e: KeyboardEvent<HTMLDivElement>) => {
    const step = { ArrowLeft: -1, ArrowRight: 1, ArrowUp: -3, ArrowDown: 3 }[e.key];
    if (step === undefined) return;
    e.preventDefault();
    const at = laneKindOrder.indexOf(kind);
    const next = laneKindOrder[Math.max(0, Math.min(laneKindOrder.length - 1, at + step))]!;
    setKind(next);
    e.currentTarget.querySelector<HTMLButtonElement>(`[data-kind="${next}"]`)?.focus();
  };

  return (
    <Dialog
      open={open}
      onClose={onClose}
      title="Add a lane"
      wide
      footer={(
        <>
          <button type="button" className="btn" onClick={onClose}>Cancel</button>
          <button type="button" className="btn btn-primary" onClick={submit} data-testid="add-lane-confirm">Add lane</button>
        </>
      )}
    >
      <div role="radiogroup" aria-label="Lane kind" className={styles.kinds} onKeyDown={onKindsKey}>
        {laneKindOrder.map((k) => (
          <button
            key={k}
            type="button"
            role="radio"
            aria-checked={kind === k}
            tabIndex={kind === k ? 0 : -1}
            className={styles.kind}
            data-kind={k}
            style={{ background: kind === k ? undefined : laneTints[k] }}
            onClick={() => setKind(k)}
            onDoubleClick={() => onAdd(k, title)}
          >
            <span className={styles.icon}><LaneKindIcon kind={k} size={18} /></span>
            <span className={styles.text}>
              <span className={styles.label}>{laneKindLabels[k]}</span>
              <span className={styles.hint}>{hints[k]}</span>
            </span>
          </button>
        ))}
      </div>
      <label className="field">
        <span>Title</span>
        <input
          className="input"
          value={title}
          placeholder={laneKindLabels[kind]}
          maxLength={200}
          onChange={(e) => setTitle(e.target.value)}
          onKeyDown={(e) => { if (e.key === 'Enter') { e.preventDefault(); submit(); } }}
        />
      </label>
    </Dialog>
  );
}

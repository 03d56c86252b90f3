// Under the table: what each model does (a disclosure the keyboard reaches) and the server's notes on how the
// figures were computed (exact or sampled Shapley, the Markov chains' sizes, the time decay's half-life).
import { useId, useState } from 'react';
import type { AttributionAnswer } from '../../api/attribution';
import { models, plainNote, type AttributionView } from './attributionView';
import styles from './Attribution.module.css';

export function ModelGuide({ answer, view }: { answer: AttributionAnswer; view: AttributionView }) {
  const [open, setOpen] = useState(false);
  const listId = useId();
  const missing = models.filter((m) => view.missing.includes(m.id)).map((m) => m.label);
  return (
    <div className={styles.guide}>
      <button type="button" className={styles.linkBtn} aria-expanded={open} aria-controls={listId}
        onClick={() => setOpen((o) => !o)} data-testid="attribution-models-info">
        <span aria-hidden="true" className={styles.info}>i</span> {open ? 'Hide how the models credit' : 'How each model credits a conversion'}
      </button>
      {open && (
        <dl id={listId} className={styles.models} data-testid="attribution-models">
          {models.map((m) => (
            <div key={m.id}>
              <dt>{m.label}</dt>
              <dd>{m.explain}</dd>
            </div>
          ))}
        </dl>
      )}
      <div className={styles.footnote} data-testid="attribution-notes">
        {missing.length > 0 && <p>Shown as “–”: {missing.join(', ')}, not computed for this many {answer.by === 'channel' ? 'channels' : 'touchpoints'}.</p>}
        <ul>
          {answer.notes.map((note) => <li key={note}>{plainNote(note)}</li>)}
        </ul>
      </div>
    </div>
  );
}

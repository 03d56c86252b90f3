// What a card cites, one entry per citation: the quote's words (as text, never markup), the finding's title and
// figures, or the figure with its period and segment, each as it read when cited, with a way to its source and,
// for editors, to remove it.
//
// data-testid: citations-dialog, citation (data-kind, data-id), citation-text, citation-open, citation-remove,
// citations-empty.
import type { Citation } from '../../../api/model';
import { Dialog } from '../../../ui/Dialog';
import { EmptyState } from '../../../ui/States';
import { useBindings } from '../bindings/BindingsContext';
import { cardName, countLabel, type CardKind } from './citations';
import { citationMeta, kindLabels } from './citationText';
import { useOpenSource } from './useOpenSource';
import styles from './Citations.module.css';

const kindClass = { quote: 'isQuote', finding: 'isFinding', figure: 'isFigure' } as const;

interface Props {
  kind: CardKind;
  text: string;
  stepId: string;
  stepName: string;
  citations: Citation[] | undefined;
  onRemove?: (citationId: string) => void;
  onClose: () => void;
}

export function CitationsDialog({ kind, text, stepId, stepName, citations, onRemove, onClose }: Props) {
  const { readOnly } = useBindings();
  const openSource = useOpenSource(stepId);
  const list = citations ?? [];
  const remove = readOnly ? undefined : onRemove;
  const title = `Evidence: ${cardName({ kind, text }, 60)}`;
  return (
    <Dialog title={title} open onClose={onClose}>
      <div className={styles.list} data-testid="citations-dialog">
        <p className={styles.summary}>{countLabel(list.length)} on this card at {stepName}.</p>
        {list.length === 0
          ? (
            <div data-testid="citations-empty">
              <EmptyState title="No evidence on this card">
                Cite a quote from a step’s feedback, a finding from “Where it hurts” or a figure from the data view.
              </EmptyState>
            </div>
          )
          : (
            <ul className={styles.items}>
              {list.map((c) => (
                <li key={c.id} className={`${styles.item} ${styles[kindClass[c.kind]]}`} data-testid="citation" data-kind={c.kind} data-id={c.id}>
                  <span className={styles.kind}>{kindLabels[c.kind]}</span>
                  {c.kind === 'quote'
                    ? <blockquote className={styles.quote} data-testid="citation-text">{c.text}</blockquote>
                    : <p className={styles.title} data-testid="citation-text">{c.text}</p>}
                  {c.detail && <p className={styles.detail}>{c.detail}</p>}
                  <p className={styles.meta}>{citationMeta(c)}</p>
                  <div className={styles.actions}>
                    <button type="button" className="btn btn-sm" data-testid="citation-open" onClick={() => { onClose(); openSource(c); }}>
                      {c.kind === 'quote' ? 'Open feedback' : c.kind === 'finding' ? 'Open in Where it hurts' : 'Open in data view'}
                    </button>
                    {remove && (
                      <button type="button" className="btn btn-sm btn-ghost" data-testid="citation-remove"
                        aria-label={`Remove ${kindLabels[c.kind].toLowerCase()}: ${c.text.slice(0, 80)}`}
                        onClick={() => remove(c.id)}>Remove</button>
                    )}
                  </div>
                </li>
              ))}
            </ul>
          )}
      </div>
    </Dialog>
  );
}

// One item of the explorer: a checkbox to select it, the score, sentiment, emotions, source, date, step and tags,
// and the words with the matches marked. Long texts show their start with a way to read the rest.
import { useState, type MouseEvent, type ReactNode } from 'react';
import type { Schemas } from '../../../api/contract';
import { formatScore, formatTime, scoreTone, sourceLabels } from '../feedbackView';
import { Highlighted } from './Highlighted';
import { valueLabel } from './labels';
import styles from './Explorer.module.css';

export type FeedbackHit = Schemas['FeedbackHitDto'];

const shortText = 360;

interface Props {
  item: FeedbackHit;
  selected: boolean;
  selectable: boolean;
  onSelect: (id: string, range: boolean) => void;
  stepName: (stepId: string) => string;
  tagName: (tagId: string) => string;
  /** Actions another feature adds to an item (the topics helper's "pin to pain point"). */
  actions?: ReactNode;
}

export function ExplorerItem({ item, selected, selectable, onSelect, stepName, tagName, actions }: Props) {
  const [open, setOpen] = useState(false);
  const score = formatScore(item.scoreType, item.score);
  const tone = scoreTone(item.scoreType, item.score);
  const text = item.text ?? '';
  const long = text.length > shortText && !item.highlights.some((h) => (h.start ?? 0) >= shortText);
  const shown = long && !open ? text.slice(0, shortText) : text;
  const click = (e: MouseEvent<HTMLInputElement>) => onSelect(item.id, e.shiftKey);
  return (
    <li className={`${styles.item} ${selected ? styles.itemSelected : ''}`} data-testid="explorer-item" data-id={item.id}>
      {selectable && (
        <input type="checkbox" className={styles.check} checked={selected} onChange={() => undefined} onClick={click}
          aria-label={`Select the item from ${formatTime(item.time)}`} data-testid="explorer-select" />
      )}
      <div className={styles.itemBody}>
        <div className={styles.meta}>
          {score && <span className={`badge ${tone === 'low' ? 'badge-danger' : tone === 'high' ? 'badge-ok' : 'badge-warn'}`}>{score}</span>}
          {item.sentimentBand !== 'none' && (
            <span className={`${styles.mood} ${styles[`mood_${item.sentimentBand}`] ?? ''}`} title={`Sentiment ${item.sentiment?.toFixed(2) ?? ''} (-1 to 1)`}>
              {valueLabel('sentiment', item.sentimentBand)}
            </span>
          )}
          {item.emotions.slice(0, 2).map((e) => <span key={e} className={styles.soft}>{valueLabel('emotion', e)}</span>)}
          <span className="badge">{sourceLabels[item.source] ?? item.source}</span>
          {!item.solicited && <span className="badge" title="Given without being asked (not a survey answer)">Unsolicited</span>}
          {item.placedStepId && <span className={styles.step} title="The step the chosen map places this item on">{stepName(item.placedStepId)}</span>}
          <span className={styles.when}>{formatTime(item.time)}</span>
        </div>
        {text
          ? <p className={styles.text} data-testid="explorer-text"><Highlighted text={shown} ranges={item.highlights} />{long && !open && '…'}</p>
          : <p className={styles.noText}>No text, a score only</p>}
        <div className={styles.foot}>
          <span className="muted">{item.customerId ? <>Customer <span className={styles.mono}>{item.customerId}</span></> : 'Anonymous'}</span>
          {item.tags.map((t) => <span key={t} className={styles.tag} data-testid="explorer-item-tag">{tagName(t)}</span>)}
          {long && (
            <button type="button" className={styles.link} aria-expanded={open} onClick={() => setOpen((o) => !o)}>
              {open ? 'Show less' : 'Show all'}
            </button>
          )}
          {actions}
        </div>
      </div>
    </li>
  );
}

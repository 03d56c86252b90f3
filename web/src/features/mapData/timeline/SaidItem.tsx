// What the customer said, among their events: the words (as text, never markup), score, source, sentiment and the
// step the map's feedback placement puts it on (docs/analytics.md, "Customer timeline and look-up").
import { scoreLabel, sentimentWord, type SaidRow } from './timelineView';
import styles from './Timeline.module.css';

const sources: Record<string, string> = {
  survey: 'Survey', review: 'Review', chat: 'Chat', call: 'Call', social: 'Social', email: 'Email', other: 'Other',
};

export function SaidItem({ row, selected, onChoose }: { row: SaidRow; selected: string | null; onChoose: (row: SaidRow) => void }) {
  const { item } = row;
  const score = scoreLabel(item);
  const mood = sentimentWord(item.sentiment);
  const isSelected = row.placed && row.steps.some((s) => s.id === selected);
  const body = (
    <>
      <span className={styles.when}>
        <time dateTime={item.at}>{row.time}</time>
      </span>
      <span className={styles.saidHead}>
        <span className={styles.saidIcon} aria-hidden="true">
          <svg width="12" height="12" viewBox="0 0 16 16" fill="none" stroke="currentColor" strokeWidth="1.8" strokeLinejoin="round">
            <path d="M2.5 3.5h11v7h-6l-3.5 3v-3h-1.5z" />
          </svg>
        </span>
        {item.solicited ? 'Answered' : 'Said'} via {sources[item.source] ?? item.source}
        {score && <span className={styles.score} data-testid="said-score">{score}</span>}
      </span>
      {item.text && <q className={styles.quote} data-testid="said-text">{item.text}</q>}
      <span className={styles.tags}>
        {row.placed
          ? row.steps.map((s) => <span key={s.id} className={styles.stepTag} data-testid="said-step">{s.name}</span>)
          : <span className={styles.offMap}>Not placed on this map</span>}
        {mood && <span className={`${styles.mood} ${styles[`mood${mood}`]}`} data-testid="said-sentiment">{mood}</span>}
      </span>
    </>
  );
  return (
    <li className={`${styles.event} ${styles.said} ${isSelected ? styles.selected : ''}`} data-testid="timeline-feedback"
      data-step={row.steps[0]?.id ?? ''}>
      <span className={`${styles.dot} ${styles.saidDot}`} aria-hidden="true" />
      {row.placed
        ? <button type="button" className={styles.eventBtn} onClick={() => onChoose(row)} aria-pressed={isSelected}>{body}</button>
        : <div className={styles.eventBtn}>{body}</div>}
    </li>
  );
}

// The funnel's bars: customers at each step with their share of the first step, and between two bars the customers
// lost on the way (docs/analytics.md: "drop-off"). A bar opens the customers who reached it; a drop-off, those lost.
import { formatCount, formatDuration, formatShare } from './funnelFormat';
import type { ChosenBar, FunnelAnswer } from './funnelTypes';
import styles from './Funnels.module.css';

export function FunnelBars({ answer, chosen, onChoose }: { answer: FunnelAnswer; chosen: ChosenBar | null; onChoose: (bar: ChosenBar) => void }) {
  const first = Math.max(1, answer.steps[0]?.customers ?? 0);
  const isChosen = (step: number, dropped: boolean) => chosen !== null && chosen.group === null && chosen.step === step && chosen.dropped === dropped;
  return (
    <ol className={styles.bars} aria-label="Funnel steps" data-testid="funnel-bars">
      {answer.steps.map((s, i) => {
        const next = answer.steps[i + 1];
        return (
          <li key={i} className={styles.barItem}>
            <button type="button" className={`${styles.bar} ${isChosen(i, false) ? styles.chosen : ''}`}
              data-testid="funnel-bar" data-customers={s.customers}
              aria-label={`Step ${i + 1}, ${s.name}: ${formatCount(s.customers)} customers reached it, ${formatShare(s.conversionFromFirst)} of the first step. Show them.`}
              onClick={() => onChoose({ step: i, dropped: false, group: null })}>
              <span className={styles.barLabel}>
                <span className={styles.barNumber}>{i + 1}</span>
                <span className={styles.barName}>{s.name}</span>
              </span>
              <span className={styles.track} aria-hidden="true">
                <span className={styles.fill} style={{ width: `${(100 * s.customers) / first}%` }} />
              </span>
              <span className={styles.barFigures}>
                <strong data-testid="bar-count">{formatCount(s.customers)}</strong>
                <span className={styles.share}>{formatShare(s.conversionFromFirst)}</span>
              </span>
            </button>
            {next && (
              <button type="button" className={`${styles.drop} ${isChosen(i, true) ? styles.chosen : ''}`}
                data-testid="funnel-drop" data-customers={next.dropOff}
                aria-label={`${formatCount(next.dropOff)} customers reached ${s.name} and not ${next.name}. Show them.`}
                onClick={() => onChoose({ step: i, dropped: true, group: null })}>
                <span className={styles.dropArrow} aria-hidden="true">↓</span>
                <span><strong>{formatShare(next.conversionFromPrevious)}</strong> continue</span>
                <span className={styles.lost}>{formatCount(next.dropOff)} lost</span>
                {next.medianFromPrevious != null && <span className={styles.wait}>median {formatDuration(next.medianFromPrevious)}</span>}
              </button>
            )}
          </li>
        );
      })}
    </ol>
  );
}

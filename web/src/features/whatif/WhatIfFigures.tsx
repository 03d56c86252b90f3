// The answer: customers reaching the outcome as measured and as projected, the change with its interval, the step's
// own figures, and the server's notes (what was assumed, what the interval covers).
import type { WhatIfAnswer } from '../../api/whatif';
import { formatCount, formatDuration, formatShare, spellDuration } from '../mapData';
import { EmptyState } from '../../ui/States';
import { direction, emptyReason, formatChange, formatCustomers, formatInterval } from './whatIfView';
import styles from './WhatIf.module.css';

interface Props {
  answer: WhatIfAnswer;
  question: string;
  stepName: string;
  outcomeName: string;
}

export function WhatIfFigures({ answer, question, stepName, outcomeName }: Props) {
  const reason = emptyReason(answer);
  if (reason === 'noEntries') {
    return (
      <div data-testid="whatif-empty">
        <EmptyState title="Nobody entered the journey in this period">
          No customer in this segment reached the map&apos;s first bound step in this period. Pick a longer period or another segment in the data bar.
        </EmptyState>
      </div>
    );
  }
  const { measured, projected, change, step } = answer;
  const trend = direction(answer);
  return (
    <div className={styles.answer} data-testid="whatif-answer">
      {reason === 'nobodyAtStep' ? (
        <div data-testid="whatif-empty">
          <EmptyState title={`Nobody reached ${stepName} in this period`}>
            A change at this step moves nobody. Pick another step, or a longer period in the data bar.
          </EmptyState>
        </div>
      ) : (
        <>
          <p className={styles.sentence}>{question}, about <strong>{formatCustomers(projected.outcome)}</strong> customers would reach {outcomeName} instead of {formatCount(measured.outcome)}.</p>
          <div className={styles.tiles}>
            <Tile label="Measured" value={formatCount(measured.outcome)} sub={`of ${formatCount(measured.entries)} who entered`}
              title={`${formatCount(measured.outcome)} customers reached ${outcomeName} in this period (as the data view counts them)`} testId="whatif-measured" />
            <Tile label="Projected" value={formatCustomers(projected.outcome)} sub={`${formatCustomers(projected.low)}–${formatCustomers(projected.high)}`} subLabel="95% interval"
              title="Expected customers reaching the outcome with the change" testId="whatif-projected" />
            <Tile label="Change" value={formatChange(change.outcome)} sub={formatInterval(change.low, change.high)} subLabel="95% interval"
              title="Projected minus measured" testId="whatif-change" tone={trend} />
          </div>
        </>
      )}
      <dl className={styles.stepFigures} data-testid="whatif-step-figures" aria-label={`${stepName} as measured`}>
        <Figure term="Reached" value={formatCount(step.reached)} title={`Customers who reached ${stepName} in the map's order`} />
        <Figure term="Conversion" value={formatShare(step.conversion)} title="Share of them who went on to the next step" />
        <Figure term="Median wait" value={formatDuration(step.medianWaitSeconds)}
          title={`Half of those who went on did so within ${spellDuration(step.medianWaitSeconds)}`} />
        <Figure term="Waiting now" value={formatCount(step.waiting)} title="Reached this step and not the next one by the period's end" />
      </dl>
      <div className={styles.footnote} data-testid="whatif-notes">
        <ul>
          {answer.notes.map((note) => <li key={note}>{note}</li>)}
        </ul>
      </div>
    </div>
  );
}

interface TileProps { label: string; value: string; sub: string; subLabel?: string; title: string; testId: string; tone?: string }

function Tile({ label, value, sub, subLabel, title, testId, tone }: TileProps) {
  return (
    <div className={`${styles.tile} ${tone === 'up' ? styles.up : tone === 'down' ? styles.down : ''}`} title={title} data-testid={testId}>
      <span className={styles.tileLabel}>{label}</span>
      <span className={styles.tileValue}>{value}</span>
      {subLabel && <span className={styles.tileSub}>{subLabel}</span>}
      <span className={`${styles.tileSub} ${styles.nowrap}`}>{sub}</span>
    </div>
  );
}

function Figure({ term, value, title }: { term: string; value: string; title: string }) {
  return (
    <div title={title}>
      <dt>{term}</dt>
      <dd>{value}</dd>
    </div>
  );
}

// One step of the funnel panel: its bar (one per segment), the significant difference, and on the way to the next
// step the customers lost and the time it takes.
import type { StepFigures } from '../../../api/overlay';
import type { comparisonMark } from './comparison';
import { formatCount, formatDuration, formatShare } from './format';
import { LevelPill, LossIcon, WaitIcon } from './LevelPill';
import { SeriesTag } from './SeriesTag';
import { CiteFigure } from '../citations/CiteFigure';
import styles from './Funnel.module.css';

interface FunnelStepProps {
  name: string;
  a: StepFigures;
  b: StepFigures | undefined;
  scale: number;
  /** The next step in the funnel (its wait is the time from this one), none for the outcome. */
  next: StepFigures | undefined;
  aName: string;
  bName: string;
  markText: ReturnType<typeof comparisonMark>;
}

export function FunnelStep({ name, a, b, scale, next, aName, bName, markText }: FunnelStepProps) {
  const width = (f: StepFigures) => `${Math.max(0.5, (f.customers / scale) * 100)}%`;
  return (
    <li data-testid="funnel-step" data-step-id={a.stepId}>
      <div className={styles.stepRow}>
        <div className={styles.stepTop}>
          <span className={styles.stepName} title={name}>{name}</span>
          {!b && (
            <span className={styles.stepCount}>
              <strong data-testid="funnel-customers" data-value={a.customers}>{formatCount(a.customers)}</strong> · {formatShare(a.shareOfEntrants)}
              <CiteFigure stepId={a.stepId} metric="customers" value={a.customers} text={figureText(name, a)} />
            </span>
          )}
        </div>
        {b
          ? [a, b].map((f, i) => (
            <div key={i} className={styles.seriesRow}>
              <SeriesTag index={i} name={i === 0 ? aName : bName} />
              <div className={styles.track}><div className={`${styles.bar} ${i === 0 ? styles.barA : styles.barB}`} style={{ width: width(f) }} /></div>
              <span className={styles.stepCount}>
                <strong data-testid={i === 0 ? 'funnel-customers' : 'funnel-customers-b'} data-value={f.customers}>{formatCount(f.customers)}</strong> · {formatShare(f.shareOfEntrants)}
              </span>
            </div>
          ))
          : <div className={styles.track}><div className={`${styles.bar} ${styles.barA}`} style={{ width: width(a) }} /></div>}
        {markText?.significant && (
          <span className={styles.mark} title={markText.description} data-testid="funnel-mark">
            <span aria-hidden="true">{markText.symbol}</span> {markText.points} · significant
          </span>
        )}
      </div>
      {next && (a.dropOff !== null || next.medianFromPrevious !== null) && (
        <div className={styles.gap}>
          {a.dropOff !== null && (
            <LevelPill kind="loss" level={a.loss} icon={<LossIcon />} testId="funnel-dropoff" title="Lost: customers who reached this step in the map's order and not the next one">
              <span data-value={a.dropOff}>{formatCount(a.dropOff)}</span> lost · {formatShare(a.dropOffRate)}
            </LevelPill>
          )}
          {next.medianFromPrevious !== null && (
            <LevelPill kind="wait" level={next.wait} icon={<WaitIcon />}
              title={`Time to the next step: median ${formatDuration(next.medianFromPrevious)}, p90 ${formatDuration(next.p90FromPrevious)}`}>
              {formatDuration(next.medianFromPrevious)}
            </LevelPill>
          )}
          {b?.dropOffRate !== null && b?.dropOffRate !== undefined && <span>{formatShare(b.dropOffRate)} lost in {bName}</span>}
        </div>
      )}
    </li>
  );
}

/** The step's funnel figures in words, as a citation keeps them. */
function figureText(name: string, f: StepFigures): string {
  const reached = `${name}: ${formatCount(f.customers)} customers reached (${formatShare(f.shareOfEntrants)} of entrants)`;
  return f.dropOff !== null ? `${reached}; ${formatCount(f.dropOff)} lost before the next step (${formatShare(f.dropOffRate)})` : reached;
}

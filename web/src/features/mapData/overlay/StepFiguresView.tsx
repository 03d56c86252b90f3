// A step's measured figures under its name in the data view: customers, share of entrants, conversion to the next
// step, drop-off, the wait from the previous step and a trend line; two columns when two segments are compared.
import type { StepFigures } from '../../../api/overlay';
import type { Step } from '../../../api/model';
import { isBound } from '../bindings/binding';
import { CompareFigures } from './CompareFigures';
import { formatCount, formatDuration, formatShare, spellDuration } from './format';
import { LevelPill, LossIcon, WaitIcon } from './LevelPill';
import { useOverlay } from './OverlayContext';
import { Sparkline } from './Sparkline';
import styles from './Overlay.module.css';

export function StepFiguresView({ step }: { step: Step }) {
  const overlay = useOverlay();
  if (!overlay.on) return null;
  const view = overlay.step(step.id);
  const body = (() => {
    if (!isBound(step)) {
      return <p className={styles.note} data-testid="step-unmeasured">Not measured: bind it to activities to see its figures.</p>;
    }
    if (!view) {
      if (overlay.result) return <p className={styles.note}>Figures follow once the map is saved.</p>;
      return overlay.load.state === 'loading' ? <Skeleton /> : <p className={styles.note}>No figures</p>;
    }
    if (view.series.length > 1) return <CompareFigures view={view} />;
    return <SingleFigures figures={view.series[0]!} />;
  })();
  return <div className={styles.figures} data-testid="step-figures" data-step-id={step.id}>{body}</div>;
}

function Skeleton() {
  return (
    <div aria-hidden="true" style={{ display: 'grid', gap: 6 }}>
      <span className={`${styles.skeleton} ${styles.wide}`} />
      <span className={`${styles.skeleton} ${styles.mid}`} />
      <span className={`${styles.skeleton} ${styles.short}`} />
    </div>
  );
}

function SingleFigures({ figures: f }: { figures: StepFigures }) {
  if (!f.inFunnel) {
    return (
      <>
        <div className={styles.headline}>
          <span title="Customers who did this step's activity, in any order">
            <span className={styles.count} data-testid="fig-visitors" data-value={f.visitors}>{formatCount(f.visitors)}</span>
            <span className={styles.countUnit}>visitors</span>
          </span>
          <Sparkline trend={f.trend} />
        </div>
        <p className={styles.note}>Outside the entry → outcome funnel</p>
      </>
    );
  }
  return (
    <>
      <div className={styles.headline}>
        <span title="Customers who reached this step in the map's order">
          <span className={styles.count} data-testid="fig-customers" data-value={f.customers}>{formatCount(f.customers)}</span>
          <span className={styles.countUnit}>customers</span>
        </span>
        <Sparkline trend={f.trend} />
      </div>
      <div className={styles.line}>
        <span title="Share of the customers who entered the journey" data-testid="fig-share" data-value={f.shareOfEntrants ?? ''}>
          <strong>{formatShare(f.shareOfEntrants)}</strong> of entrants
        </span>
        {f.conversionToNext !== null && (
          <>
            <span className={styles.sep} aria-hidden="true">·</span>
            <span title="Share who go on to the next bound step" data-testid="fig-conversion" data-value={f.conversionToNext}>
              <strong>{formatShare(f.conversionToNext)}</strong> → next
            </span>
          </>
        )}
      </div>
      <div className={styles.pillRow}>
        {f.dropOff !== null && (
          <LevelPill kind="loss" level={f.loss} icon={<LossIcon />} testId="fig-dropoff"
            title={`Lost: ${formatCount(f.dropOff)} customers (${formatShare(f.dropOffRate)}) reached this step in the map's order and not the next one. Actual paths show where they went.`}>
            <span data-value={f.dropOff}>{formatCount(f.dropOff)}</span> lost · <span data-value={f.dropOffRate ?? ''}>{formatShare(f.dropOffRate)}</span>
          </LevelPill>
        )}
        {f.medianFromPrevious !== null && (
          <>
            <LevelPill kind="wait" level={f.wait} icon={<WaitIcon />} testId="fig-wait"
              title={`Time from the previous step: median ${spellDuration(f.medianFromPrevious)}, 90th percentile ${spellDuration(f.p90FromPrevious)}`}>
              <span data-testid="fig-median" data-value={f.medianFromPrevious}>{formatDuration(f.medianFromPrevious)}</span>
            </LevelPill>
            <span className={styles.muted} title={`9 in 10 customers take at most ${spellDuration(f.p90FromPrevious)}`}>
              p90 <span data-testid="fig-p90" data-value={f.p90FromPrevious ?? ''}>{formatDuration(f.p90FromPrevious)}</span>
            </span>
          </>
        )}
      </div>
    </>
  );
}

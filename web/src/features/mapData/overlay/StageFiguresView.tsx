// A stage's figures rolled up under its name from its steps' (docs/analytics.md, "Figures"): customers who reached
// its first measured step in the map's order, their share of those who entered, what its steps lose on the way to
// the next stage (each step's part named on hover) and the wait before it. With two segments, both counts and shares.
import type { Stage } from '../../../api/model';
import { SeriesTag } from './SeriesTag';
import { formatCount, formatDuration, formatShare, spellDuration } from './format';
import { LevelPill, LossIcon, WaitIcon } from './LevelPill';
import { useOverlay } from './OverlayContext';
import { stageLostTitle, stageReachedTitle } from './stageTitles';
import styles from './Overlay.module.css';

export function StageFiguresView({ stage }: { stage: Stage }) {
  const overlay = useOverlay();
  if (!overlay.on) return null;
  const view = overlay.stage(stage.id);
  const first = view?.series[0];
  if (!first) {
    return <div className={styles.stageFigures} data-testid="stage-figures">{overlay.load.state === 'loading' && !overlay.result
      ? <span className={`${styles.skeleton} ${styles.mid}`} style={{ width: 160 }} /> : null}</div>;
  }
  const stepViews = (stage.steps ?? []).map((p) => overlay.step(p.id)?.series[0]).filter((f) => f?.bound);
  const measured = (stage.steps ?? []).flatMap((p) => {
    const f = overlay.step(p.id)?.series[0];
    return f?.inFunnel ? [{ name: p.name || 'Untitled step', figures: f }] : [];
  });
  if (first.bound && stepViews.length > 0 && stepViews.every((f) => !f!.inFunnel)) {
    return <div className={`${styles.stageFigures} ${styles.note}`} data-testid="stage-figures">Outside the entry → outcome funnel</div>;
  }
  if (!first.bound) {
    return <div className={`${styles.stageFigures} ${styles.note}`} data-testid="stage-figures">No bound step in this stage</div>;
  }
  if (view.series.length > 1) {
    const names = overlay.result?.series.map((s) => s.name) ?? [];
    return (
      <div className={styles.stageFigures} data-testid="stage-figures" data-stage-id={stage.id}>
        {view.series.map((s, i) => (
          <span key={names[i] ?? i} title={`${names[i]}: ${formatCount(s.customers)} customers, ${formatShare(s.shareOfEntrants)} of entrants`}>
            <SeriesTag index={i} name={names[i] ?? ''} /> <strong>{formatCount(s.customers)}</strong> ({formatShare(s.shareOfEntrants)})
          </span>
        ))}
      </div>
    );
  }
  return (
    <div className={styles.stageFigures} data-testid="stage-figures" data-stage-id={stage.id}>
      <span title={stageReachedTitle(measured[0]?.name)}>
        <strong data-testid="stage-customers" data-value={first.customers}>{formatCount(first.customers)}</strong> customers
      </span>
      <span title="Share of the customers who entered at the entry step">({formatShare(first.shareOfEntrants)})</span>
      {first.dropOffRate !== null && first.dropOff !== null && (
        <LevelPill kind="loss" level={first.loss} icon={<LossIcon />} testId="stage-dropoff"
          title={stageLostTitle(first.dropOff, first.dropOffRate, measured)}>
          <span data-value={first.dropOff}>{formatShare(first.dropOffRate)}</span> lost
        </LevelPill>
      )}
      {first.medianFromPrevious !== null && (
        <LevelPill kind="wait" level={first.wait} icon={<WaitIcon />}
          title={`Median time to reach this stage: ${spellDuration(first.medianFromPrevious)}`}>
          {formatDuration(first.medianFromPrevious)}
        </LevelPill>
      )}
    </div>
  );
}


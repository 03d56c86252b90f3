// The funnel from the entry step to the outcome step as bars: customers at each step, what is lost on the way and
// how long it takes, and with two segments a bar for each and the significant differences marked.
import type { JourneyMap } from '../../../api/model';
import type { OverlayResult } from '../../../api/overlay';
import { EmptyState, ErrorState, Spinner } from '../../../ui/States';
import { useEvidence } from '../evidence/EvidenceContext';
import { stepsOf } from '../../map/state/queries';
import { FunnelStep } from './FunnelStep';
import { SeriesTag } from './SeriesTag';
import { comparisonMark } from './comparison';
import { formatCount, formatShare } from './format';
import { useOverlay } from './OverlayContext';
import { describeRange } from './ranges';
import { DataLink } from '../bindings/DataLink';
import { BuildFunnelLink } from '../../explore/funnels/BuildFunnelLink';
import { useBindings } from '../bindings/BindingsContext';
import styles from './Funnel.module.css';

export function FunnelPanel({ map }: { map: JourneyMap }) {
  const overlay = useOverlay();
  const evidence = useEvidence();
  const { guest } = useBindings(); // Explore is for members: a share guest gets no link to it
  // One panel beside the map at a time: an open paths or timeline panel takes the funnel's place.
  if (!overlay.on || !overlay.funnelOpen || evidence.panel) return null;
  const { load, result } = overlay;
  const segmentNames = result?.series.map((s) => s.name).join(' vs ') ?? '';
  return (
    <aside className={styles.panel} aria-label="Funnel" data-testid="funnel-panel">
      <div className={styles.head}>
        <div>
          <h2>Funnel</h2>
          <p className={styles.sub}>{describeRange(overlay.settings.range)}{segmentNames && ` · ${segmentNames}`}</p>
        </div>
        {result && !guest && <BuildFunnelLink mapId={map.id} result={result} settings={overlay.settings} />}
        <button type="button" className="icon-btn" aria-label="Close the funnel panel" onClick={() => overlay.setFunnelOpen(false)}>✕</button>
      </div>
      {/* The list scrolls: it takes focus so the keyboard can scroll it too. */}
      <div className={styles.body} tabIndex={0} role="region" aria-label="Funnel figures">
        {load.state === 'loading' && !result && <Spinner label="Measuring the journey" />}
        {load.state === 'ready' && load.value === null && (
          <EmptyState title="No customer events yet" action={<DataLink href="/data" className="btn btn-primary">Upload events</DataLink>}>
            Figures appear once the workspace has events: upload a CSV, NDJSON or XES file, or send them live.
          </EmptyState>
        )}
        {load.state === 'error' && <ErrorState title="Figures could not be loaded" error={load.error} onRetry={overlay.retry} />}
        {load.state === 'invalid' && <p className={styles.unbound}>{load.message}</p>}
        {result && load.state !== 'error' && <FunnelBody map={map} result={result} />}
      </div>
    </aside>
  );
}

function FunnelBody({ map, result }: { map: JourneyMap; result: OverlayResult }) {
  const names = new Map(stepsOf(map).map((r) => [r.step.id, r.step.name]));
  const [a, b] = result.series;
  if (!a) return null;
  const funnel = a.steps.map((s, i) => ({ a: s, b: b?.steps[i] })).filter((s) => s.a.inFunnel);
  if (funnel.length === 0) {
    return (
      <EmptyState title="No step is bound yet">
        Bind steps to activities (the Data badge under each step) to measure the journey from its entry to its outcome.
      </EmptyState>
    );
  }
  const comparisons = new Map((result.comparison ?? []).map((c) => [c.stepId, c]));
  const scale = Math.max(1, ...result.series.map((s) => s.entrants));
  return (
    <>
      <div className={styles.summary}>
        {b
          ? result.series.map((s, i) => (
            <div key={s.key} className={styles.tile} data-testid="funnel-summary">
              <p className={styles.tileLabel}><SeriesTag index={i} name={s.name} /> <span aria-hidden="true">{s.name}</span></p>
              <p className={styles.tileValue} data-testid="funnel-entrants" data-value={s.entrants}>{formatCount(s.entrants)}</p>
              <p className={styles.tileLabel}>
                <strong data-testid="funnel-conversion" data-value={s.outcome.conversion}>{formatShare(s.outcome.conversion)}</strong> reach the outcome
              </p>
            </div>
          ))
          : (
            <>
              <div className={styles.tile} data-testid="funnel-summary">
                <p className={styles.tileLabel}>Entered</p>
                <p className={styles.tileValue} data-testid="funnel-entrants" data-value={a.entrants}>{formatCount(a.entrants)}</p>
                <p className={styles.tileLabel}>customers at the entry step</p>
              </div>
              <div className={styles.tile}>
                <p className={styles.tileLabel}>Reached the outcome</p>
                <p className={styles.tileValue}>{formatCount(a.outcome.customers)}</p>
                <p className={styles.tileLabel}>
                  <strong data-testid="funnel-conversion" data-value={a.outcome.conversion}>{formatShare(a.outcome.conversion)}</strong> of those who entered
                </p>
              </div>
            </>
          )}
      </div>
      <ol className={styles.list} aria-label="Steps from entry to outcome">
        {funnel.map(({ a: fa, b: fb }, i) => (
          <FunnelStep key={fa.stepId} name={names.get(fa.stepId) ?? fa.stepId} a={fa} b={fb} scale={scale}
            next={funnel[i + 1]?.a} aName={a.name} bName={b?.name ?? ''} markText={comparisonMark(comparisons.get(fa.stepId))} />
        ))}
      </ol>
      {result.unboundStepIds.length > 0 && (
        <p className={styles.unbound}>
          {result.unboundStepIds.length === 1 ? '1 step is' : `${result.unboundStepIds.length} steps are`} not bound and not measured.
        </p>
      )}
    </>
  );
}

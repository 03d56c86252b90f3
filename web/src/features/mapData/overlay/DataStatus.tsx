// How the data view's figures are doing, beside the data bar's controls: measuring, the entrants and outcome, no
// events yet (with the way to the data page), a period that is not valid, or an error with a retry.
import { Link } from '../../../app/Link';
import { formatCount, formatShare } from './format';
import { useBindings } from '../bindings/BindingsContext';
import { useOverlay } from './OverlayContext';
import { SeriesTag } from './SeriesTag';
import styles from './DataBar.module.css';

export function DataStatus() {
  const { load, retry } = useOverlay();
  const { guest } = useBindings();
  const figures = load.state === 'ready' ? load.value : null;
  const noEvents = load.state === 'ready' && load.value === null;
  return (
    <div className={styles.status} role="status" aria-live="polite" data-testid="data-status"
      data-state={noEvents ? 'noEvents' : load.state === 'ready' && load.refreshing ? 'refreshing' : load.state}>
      {load.state === 'loading' && <><span className={styles.busy} aria-hidden="true" /> Measuring…</>}
      {figures && (
        <>
          {load.state === 'ready' && load.refreshing && <span className={styles.busy} aria-label="Updating" role="img" />}
          {figures.series.length > 1
            ? (
              <span title="Share of each segment's entrants who reached the outcome step">
                Outcome:{figures.series.map((s, i) => (
                  <span key={s.key}> <SeriesTag index={i} name={s.name} /> <strong>{formatShare(s.outcome.conversion)}</strong> of {formatCount(s.entrants)}</span>
                ))}
              </span>
            )
            : figures.series[0] && (
              <span>
                <strong>{formatCount(figures.series[0].entrants)}</strong> entered · <strong>{formatShare(figures.series[0].outcome.conversion)}</strong> reached the outcome
              </span>
            )}
        </>
      )}
      {noEvents && (
        <span data-testid="data-no-events">
          No customer events in this map’s source yet.{!guest && <> <Link href="/data">Upload events</Link> to see figures.</>}
        </span>
      )}
      {load.state === 'invalid' && <span className={styles.problem}>{load.message}</span>}
      {load.state === 'error' && (
        <>
          <span className={styles.problem} title={load.error instanceof Error ? load.error.message : String(load.error)}>
            Figures could not be loaded.
          </span>
          <button type="button" className="btn btn-sm" onClick={retry}>Try again</button>
        </>
      )}
    </div>
  );
}

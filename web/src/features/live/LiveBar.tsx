// The live view's legend under the data bar: what each figure counts, when the figures are from, and a quiet note
// when a refresh fails (the last figures stay). With no stall rule on the map it says how to get one.
import { useEvidence } from '../mapData';
import { FlightIcon, RuleFlagIcon, StalledIcon } from './LiveIcons';
import { useLive } from './LiveContext';
import { asOf, inFlightMeaning, legendFor, noStallRules, someUnmeasured, stalledMeaning } from './liveText';
import styles from './Live.module.css';

export function LiveBar() {
  const live = useLive();
  const { setLive } = useEvidence();
  if (!live.on) return null;
  const legend = live.view ? legendFor(live.view) : null;
  return (
    <section className={styles.bar} aria-label="Live view" data-testid="live-legend">
      <span className={styles.title}><span className={styles.dot} aria-hidden="true" />Live</span>
      {legend?.noStallRules && <span className={styles.note} data-testid="live-no-stall-rules">{noStallRules}.</span>}
      {legend && !legend.noStallRules && (
        <>
          <span className={`${styles.key} ${styles.flight}`}><FlightIcon /><span className={styles.note}>{capital(inFlightMeaning)}</span></span>
          <span className={styles.key}><span className={styles.stalled}><StalledIcon /></span><span className={styles.note}>{capital(stalledMeaning)}</span></span>
          <span className={styles.key}><RuleFlagIcon /><span className={styles.note}>Rules on at the step</span></span>
          {legend.someUnmeasured && <span className={styles.note}>{someUnmeasured}</span>}
        </>
      )}
      <span className={styles.status} role="status">
        {live.loading && <span>Loading live figures…</span>}
        {live.view && <span data-testid="live-as-of">{asOf(live.view.at)}</span>}
        {live.failed && (
          <span className={styles.problem} data-testid="live-error">
            {live.view ? 'Couldn’t refresh — retrying' : 'Couldn’t load the live figures — retrying'}{' '}
            <button type="button" className={styles.linkBtn} onClick={live.retry}>Try now</button>
          </span>
        )}
        <button type="button" className="btn btn-sm" onClick={() => setLive(false)} data-testid="live-off">Turn off</button>
      </span>
    </section>
  );
}

const capital = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);

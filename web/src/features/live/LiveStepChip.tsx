// A step's live figures while the live view is on: customers in flight (reached the step, their stall rule's wait
// not over), stalled in the last 24 h (the legend and the tooltip say "24 h"; the chip keeps to one line at 1366 px),
// and a marker with the rules on here that opens the rules panel on this step. A step without a stall rule never
// shows zeros: it says so beside its rules marker, or shows nothing.
import { useRules } from '../rules';
import { FlightIcon, RuleFlagIcon, StalledIcon } from './LiveIcons';
import { useLive } from './LiveContext';
import { chipFor } from './liveText';
import styles from './Live.module.css';

export function LiveStepChip({ stepId }: { stepId: string }) {
  const live = useLive();
  const rules = useRules();
  if (!live.on) return null;
  if (!live.view) {
    return live.loading
      ? <div className={styles.chip} data-testid="live-chip" data-step-id={stepId} aria-busy="true"><span className={styles.skeleton} /></div>
      : null;
  }
  const chip = chipFor(live.step(stepId));
  // A step nothing counts or acts at shows nothing (the legend says steps without a stall rule have no figures).
  if (!chip || (!chip.measured && chip.rulesAll === 0)) return null;
  return (
    <div className={styles.chip} data-testid="live-chip" data-step-id={stepId} data-measured={chip.measured}>
      {chip.measured ? (
        <span className={styles.figure} role="group" aria-label={chip.label} title={chip.label}>
          <span className={`${styles.figure} ${styles.flight}`} data-testid="live-in-flight" data-value={chip.inFlight}>
            <FlightIcon /><strong>{chip.inFlight.toLocaleString('en-US')}</strong> in flight
          </span>
          <span className={`${styles.figure} ${chip.stalled > 0 ? styles.stalledSome : ''}`} data-testid="live-stalled" data-value={chip.stalled}>
            <span className={styles.stalled}><StalledIcon /></span><strong>{chip.stalled.toLocaleString('en-US')}</strong> stalled
          </span>
        </span>
      ) : <span className={styles.unmeasured} data-testid="live-unmeasured" title={chip.label}>No stall rule</span>}
      {chip.rulesAll > 0 && (
        <button type="button" className={styles.rules} data-testid="live-rules" data-value={chip.rulesOn} aria-label={chip.rulesLabel} title={chip.rulesLabel}
          onClick={() => rules.show({ kind: 'list', stepId })}>
          <RuleFlagIcon />{chip.rulesOn}
        </button>
      )}
    </div>
  );
}

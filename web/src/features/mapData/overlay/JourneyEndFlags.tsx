// The small flags on a step header: this is where the measured journey starts (Entry) or ends (Outcome). Ends the
// server chose by itself (the first and last bound step) are drawn dashed while the data view is on.
import type { JourneyEnd } from '../../map/state/journeyEnds';
import { useOverlay } from './OverlayContext';
import styles from './Overlay.module.css';

export function JourneyEndFlags({ end, stepId }: { end: JourneyEnd | null; stepId: string }) {
  const { on, result } = useOverlay();
  const entry = end === 'entry';
  const outcome = end === 'outcome';
  // The result names the ends it used: explicit ones, else the first and last bound step.
  const implicitEntry = on && !entry && !outcome && result?.entryStepId === stepId;
  const implicitOutcome = on && !entry && !outcome && result?.outcomeStepId === stepId;
  if (!entry && !outcome && !implicitEntry && !implicitOutcome) return null;
  return (
    <>
      {(entry || implicitEntry) && (
        <span className={`${styles.flag} ${implicitEntry ? styles.flagImplicit : styles.flagEntry}`} data-testid="entry-flag"
          title={implicitEntry ? 'Entry step by default (the first bound step); choose one in the step menu' : 'Entry step: the journey is measured from here'}>
          <span aria-hidden="true">⚑</span> Entry
        </span>
      )}
      {(outcome || implicitOutcome) && (
        <span className={`${styles.flag} ${implicitOutcome ? styles.flagImplicit : styles.flagOutcome}`} data-testid="outcome-flag"
          title={implicitOutcome ? 'Outcome step by default (the last bound step); choose one in the step menu' : 'Outcome step: reaching it counts as converting'}>
          <span aria-hidden="true">◎</span> Outcome
        </span>
      )}
    </>
  );
}

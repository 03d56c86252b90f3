// "Did … / did not …": the activity picker of the binding dialog, filling either list as the switch says.
import { useId, useState } from 'react';
import { ActivityPicker } from '../bindings/ActivityPicker';
import { ChosenActivities } from '../bindings/ChosenActivities';
import { knownActivities, type ActivitiesLoad } from '../bindings/useActivities';
import styles from './Segments.module.css';

interface SegmentActivitiesProps {
  load: ActivitiesLoad;
  onRetry: () => void;
  did: string[];
  didNot: string[];
  problem?: string;
  /** Activities the server's count found in no event. */
  unknown: string[];
  onChange: (did: string[], didNot: string[]) => void;
}

const same = (a: string, b: string) => a.trim().toLocaleLowerCase() === b.trim().toLocaleLowerCase();

export function SegmentActivities({ load, onRetry, did, didNot, problem, unknown, onChange }: SegmentActivitiesProps) {
  const [mode, setMode] = useState<'did' | 'didNot'>('did');
  const name = useId();
  const known = knownActivities(load);
  const toggle = (activity: string) => {
    if (did.includes(activity)) onChange(did.filter((a) => a !== activity), didNot);
    else if (didNot.includes(activity)) onChange(did, didNot.filter((a) => a !== activity));
    else if (mode === 'did') onChange([...did, activity], didNot);
    else onChange(did, [...didNot, activity]);
  };
  const add = (typed: string): string | undefined => {
    const text = typed.trim();
    if (!text) return 'Type an activity name.';
    if ([...did, ...didNot].some((a) => same(a, text))) return `“${text}” is already in a list.`;
    if (mode === 'did') onChange([...did, text], didNot);
    else onChange(did, [...didNot, text]);
    return undefined;
  };
  return (
    <div className={styles.columns}>
      <div className={styles.section}>
        <h3 className={styles.sectionTitle}>Activities</h3>
        <div className={styles.modes} role="radiogroup" aria-label="Picked activities go to">
          <label className={styles.mode}>
            <input type="radio" name={name} checked={mode === 'did'} onChange={() => setMode('did')} data-testid="segment-mode-did" />
            Did
          </label>
          <label className={styles.mode}>
            <input type="radio" name={name} checked={mode === 'didNot'} onChange={() => setMode('didNot')} data-testid="segment-mode-didnot" />
            Did not
          </label>
        </div>
        <ActivityPicker load={load} onRetry={onRetry} chosen={[...did, ...didNot]} onToggle={toggle} onAdd={add} autoFocus={false}
          label={mode === 'did' ? 'Find an activity every customer of the segment did' : 'Find an activity no customer of the segment did'} />
      </div>
      <div className={styles.side}>
        <ChosenActivities title="Did every one of" chosen={did} known={known} emptyText="No activity required." unknown={unknown}
          unknownWarning="not in the data: matches nobody"
          onRemove={(a) => onChange(did.filter((x) => x !== a), didNot)} />
        <ChosenActivities title="Did none of" chosen={didNot} known={known} emptyText="No activity excluded." unknown={unknown}
          unknownWarning="not in the data: excludes nobody"
          onRemove={(a) => onChange(did, didNot.filter((x) => x !== a))} />
        {problem && <p className={styles.problem} role="alert">{problem}</p>}
      </div>
    </div>
  );
}

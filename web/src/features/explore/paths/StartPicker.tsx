// Where the paths start: a step of the scope's map (read through its binding), an activity of the events, or
// each journey's first (going backward: last) event. A small picker of this view's own until Explore has one.
import { useId } from 'react';
import type { ActivitySummary, JourneyMap } from '../../../api/model';
import { parseStart, startText, type PathStart } from './pathsSettings';
import styles from './Paths.module.css';

interface Props {
  start: PathStart;
  map: JourneyMap | null;
  activities: ActivitySummary[];
  backward: boolean;
  onChange: (start: PathStart) => void;
}

function boundSteps(map: JourneyMap | null) {
  return (map?.stages ?? []).flatMap((stage) => (stage.steps ?? [])
    .filter((step) => (step.binding?.activities ?? []).some((a) => a !== ''))
    .map((step) => ({ id: step.id, name: step.name || 'Untitled step', stage: stage.name })));
}

export function StartPicker({ start, map, activities, backward, onChange }: Props) {
  const id = useId();
  const steps = boundSteps(map);
  const value = startText(start);
  const known = start.kind === 'none' || (start.kind === 'step' ? steps.some((s) => s.id === start.id) : activities.some((a) => a.name === start.name));
  return (
    <div className={styles.control}>
      <label className={styles.field} htmlFor={id}>{backward ? 'Ending at' : 'Starting at'}</label>
      <select id={id} className={styles.select} value={value} data-testid="paths-start" onChange={(e) => onChange(parseStart(e.target.value))}>
        <option value="">{backward ? 'Each journey’s last event' : 'Each journey’s first event'}</option>
        {!known && <option value={value}>{start.kind === 'step' ? `Step ${start.id} (not on this map)` : start.kind === 'activity' ? start.name : ''}</option>}
        {steps.length > 0 && (
          <optgroup label={`Steps of ${map?.name ?? 'the map'}`}>
            {steps.map((s) => <option key={s.id} value={`step:${s.id}`}>{s.stage ? `${s.name} (${s.stage})` : s.name}</option>)}
          </optgroup>
        )}
        {activities.length > 0 && (
          <optgroup label="Activities">
            {activities.map((a) => <option key={a.name} value={`activity:${a.name}`}>{a.name}</option>)}
          </optgroup>
        )}
      </select>
    </div>
  );
}

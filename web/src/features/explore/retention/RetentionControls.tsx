// The retention question's settings: start and return steps, the cohort period, how many periods to follow, and
// whether the cells show shares or counts.
import { useId } from 'react';
import { StepPicker } from './StepPicker';
import { granularities, type Granularity, type RetentionSettings } from './retentionSettings';
import type { ExploreSources } from './useExploreSources';
import styles from './Retention.module.css';

const periodChoices = [4, 6, 8, 12, 16, 26, 52];

interface ControlsProps {
  settings: RetentionSettings;
  onChange: (next: RetentionSettings) => void;
  sources: ExploreSources;
}

export function RetentionControls({ settings, onChange, sources }: ControlsProps) {
  const ids = { by: useId(), periods: useId() };
  const periods = periodChoices.includes(settings.periods) ? periodChoices : [...periodChoices, settings.periods].sort((a, b) => a - b);
  return (
    <section className={styles.controls} aria-label="Retention question">
      <StepPicker label="Start" value={settings.start} onChange={(start) => onChange({ ...settings, start })} none="Any event"
        steps={sources.steps} activities={sources.activities} mapName={sources.mapName} testId="retention-start" />
      <StepPicker label="Return" value={settings.back} onChange={(back) => onChange({ ...settings, back })} none="Any event"
        steps={sources.steps} activities={sources.activities} mapName={sources.mapName} testId="retention-return" />
      <div className={styles.control}>
        <label className={styles.field} htmlFor={ids.by}>Cohorts by</label>
        <select id={ids.by} className={styles.select} value={settings.by} data-testid="retention-by"
          onChange={(e) => onChange({ ...settings, by: e.target.value as Granularity })}>
          {granularities.map((g) => <option key={g.id} value={g.id}>{g.label}</option>)}
        </select>
      </div>
      <div className={styles.control}>
        <label className={styles.field} htmlFor={ids.periods}>Follow</label>
        <select id={ids.periods} className={styles.select} value={settings.periods} data-testid="retention-periods"
          onChange={(e) => onChange({ ...settings, periods: Number(e.target.value) })}>
          {periods.map((p) => <option key={p} value={p}>{p} {settings.by}s</option>)}
        </select>
      </div>
      <div className={styles.toggle} role="group" aria-label="Show in cells">
        {(['percent', 'count'] as const).map((show) => (
          <button key={show} type="button" className={styles.toggleBtn} aria-pressed={settings.show === show}
            data-testid={`retention-show-${show}`} onClick={() => onChange({ ...settings, show })}>
            {show === 'percent' ? '%' : 'Customers'}
          </button>
        ))}
      </div>
    </section>
  );
}

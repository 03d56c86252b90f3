// The trend's settings: the step, an optional next step (conversion), the period and the figure drawn.
import { useId } from 'react';
import { StepPicker } from '../retention/StepPicker';
import { granularities, type Granularity } from '../retention/retentionSettings';
import type { ExploreSources } from '../retention/useExploreSources';
import type { TrendSettings } from './trendsSettings';
import styles from './Trends.module.css';
import shared from '../retention/Retention.module.css';

export function TrendsControls({ settings, onChange, sources }: { settings: TrendSettings; onChange: (next: TrendSettings) => void; sources: ExploreSources }) {
  const byId = useId();
  return (
    <section className={shared.controls} aria-label="Trend question">
      <StepPicker label="Step" value={settings.step} onChange={(step) => onChange({ ...settings, step })}
        steps={sources.steps} activities={sources.activities} mapName={sources.mapName} testId="trends-step" />
      <StepPicker label="Then (conversion)" value={settings.next} onChange={(next) => onChange({ ...settings, next })} none="No next step"
        steps={sources.steps} activities={sources.activities} mapName={sources.mapName} testId="trends-next" />
      <div className={shared.control}>
        <label className={shared.field} htmlFor={byId}>Per</label>
        <select id={byId} className={shared.select} value={settings.by ?? ''} data-testid="trends-by"
          onChange={(e) => onChange({ ...settings, by: (e.target.value || null) as Granularity | null })}>
          <option value="">Automatic</option>
          {granularities.map((g) => <option key={g.id} value={g.id}>{g.label}</option>)}
        </select>
      </div>
      {settings.next && (
        <div className={shared.toggle} role="group" aria-label="Figure drawn">
          {(['customers', 'conversion'] as const).map((metric) => (
            <button key={metric} type="button" className={shared.toggleBtn} aria-pressed={settings.metric === metric}
              data-testid={`trends-metric-${metric}`} onClick={() => onChange({ ...settings, metric })}>
              {metric === 'customers' ? 'Customers' : 'Conversion'}
            </button>
          ))}
        </div>
      )}
      <span className={styles.spacer} />
    </section>
  );
}

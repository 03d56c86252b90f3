// Explore › Trends: any step's customers over time (and with a next step, the share going on to it), drawn against
// the period of equal length before, with the change in words.
import { useState } from 'react';
import { api } from '../../../api/client';
import type { TrendsQuery } from '../../../api/retention';
import { useWorkspace } from '../../../app/workspace';
import { keys } from '../../../app/server/keys';
import { useServerData } from '../../../app/server/useServerData';
import { EmptyState, ErrorState, Spinner } from '../../../ui/States';
import type { ExploreViewProps } from '../exploreViews';
import { choiceQuery, usable } from '../retention/stepChoice';
import { useExploreSources } from '../retention/useExploreSources';
import { TrendsChart } from './TrendsChart';
import { TrendsControls } from './TrendsControls';
import { TrendsHeadline } from './TrendsHeadline';
import { parseTrends, trendsSearch, type TrendSettings } from './trendsSettings';
import styles from './Trends.module.css';

export function TrendsView({ scope, query }: ExploreViewProps) {
  const workspace = useWorkspace();
  const [settings, setSettingsState] = useState<TrendSettings>(() => parseTrends(location.search));
  const setSettings = (next: TrendSettings) => {
    setSettingsState(next);
    history.replaceState(null, '', location.pathname + trendsSearch(next, location.search));
  };
  const sources = useExploreSources(workspace.id, scope.mapId);
  // Until a step is chosen, the map's first bound step (or the most common activity) stands in.
  const fallback = sources.steps[0] ? { kind: 'step' as const, id: sources.steps[0].id }
    : sources.activities[0] ? { kind: 'activity' as const, name: sources.activities[0].name } : null;
  const step = usable(settings.step, scope.mapId) ?? fallback;
  const next = usable(settings.next, scope.mapId);
  const metric = next ? settings.metric : 'customers';
  const request: TrendsQuery = {
    from: query.from ?? undefined, to: query.to ?? undefined, segment: query.segment ?? undefined, map: scope.mapId ?? undefined, source: query.source ?? undefined,
    ...choiceQuery('', step, 'step', 'activity'), ...choiceQuery('next', next), granularity: settings.by ?? undefined,
  };
  const { load, retry } = useServerData({
    key: keys.trends(workspace.id, request),
    enabled: step !== null,
    invalid: query.error,
    keepPrevious: true,
    fetch: (signal) => api.trends.get(workspace.id, request, signal),
  });
  return (
    <div className={styles.view} data-testid="trends-view">
      <TrendsControls settings={{ ...settings, step, next, metric }} onChange={setSettings} sources={sources} />
      {!step && sources.ready && (
        <EmptyState title="No events yet">Trends follow a step over time; upload events or bind a map’s steps to see them.</EmptyState>
      )}
      {load.state === 'invalid' && <EmptyState title="Choose a period that can be measured">{load.message}</EmptyState>}
      {(load.state === 'loading' || (!sources.ready && !step)) && <Spinner label="Measuring the trend" />}
      {load.state === 'error' && <ErrorState title="The trend could not be measured" error={load.error} onRetry={retry} />}
      {load.state === 'ready' && (
        <div className={styles.result} aria-busy={load.refreshing}>
          <TrendsHeadline result={load.value} metric={metric} />
          {load.value.current.points.length === 0
            ? <EmptyState title="Nothing in this period">No customer did {load.value.step} in this period. Widen the period or choose another step.</EmptyState>
            : <TrendsChart result={load.value} metric={metric} />}
        </div>
      )}
    </div>
  );
}

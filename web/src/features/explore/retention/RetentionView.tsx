// Explore › Retention: cohorts by the first time customers did a start step (or anything), and how many came back
// to a return step in each later day, week or month, as the usual triangle and a curve of the weighted average.
import { useState } from 'react';
import { api } from '../../../api/client';
import type { RetentionQuery } from '../../../api/retention';
import { useWorkspace } from '../../../app/workspace';
import { keys } from '../../../app/server/keys';
import { useServerData } from '../../../app/server/useServerData';
import { EmptyState, ErrorState, Spinner } from '../../../ui/States';
import type { ExploreViewProps } from '../exploreViews';
import { RetentionControls } from './RetentionControls';
import { RetentionCurve } from './RetentionCurve';
import { RetentionTriangle } from './RetentionTriangle';
import { parseRetention, retentionSearch, type RetentionSettings } from './retentionSettings';
import { choiceLabel, choiceQuery, usable } from './stepChoice';
import { formatCount } from './retentionView';
import { useExploreSources } from './useExploreSources';
import styles from './Retention.module.css';

export function RetentionView({ scope, query }: ExploreViewProps) {
  const workspace = useWorkspace();
  const [settings, setSettingsState] = useState<RetentionSettings>(() => parseRetention(location.search));
  const setSettings = (next: RetentionSettings) => {
    setSettingsState(next);
    history.replaceState(null, '', location.pathname + retentionSearch(next, location.search));
  };
  const sources = useExploreSources(workspace.id, scope.mapId);
  const start = usable(settings.start, scope.mapId);
  const back = usable(settings.back, scope.mapId);
  const request: RetentionQuery = {
    from: query.from ?? undefined, to: query.to ?? undefined, segment: query.segment ?? undefined, map: scope.mapId ?? undefined, source: query.source ?? undefined,
    ...choiceQuery('start', start), ...choiceQuery('return', back), granularity: settings.by, periods: settings.periods,
  };
  const { load, retry } = useServerData({
    key: keys.retention(workspace.id, request),
    invalid: query.error,
    keepPrevious: true,
    fetch: (signal) => api.retention.get(workspace.id, request, signal),
  });
  const startName = choiceLabel(start, sources.steps, 'any event');
  const backName = choiceLabel(back, sources.steps, 'any event');
  return (
    <div className={styles.view} data-testid="retention-view">
      <RetentionControls settings={settings} onChange={setSettings} sources={sources} />
      <p className={styles.question} data-testid="retention-question">
        Of the customers who first did <strong>{startName}</strong> in a {settings.by}, how many did <strong>{backName}</strong> again in each later {settings.by}?
      </p>
      {load.state === 'invalid' && <EmptyState title="Choose a period that can be measured">{load.message}</EmptyState>}
      {load.state === 'loading' && <Spinner label="Measuring retention" />}
      {load.state === 'error' && <ErrorState title="Retention could not be measured" error={load.error} onRetry={retry} />}
      {load.state === 'ready' && load.value.cohorts.length === 0 && (
        <EmptyState title="No cohorts in this scope">
          No customer did {startName} in this period{query.segment ? ' and segment' : ''}. Choose another start step, or widen the period.
        </EmptyState>
      )}
      {load.state === 'ready' && load.value.cohorts.length > 0 && (
        <div className={styles.result} aria-busy={load.refreshing}>
          <p className={styles.summary} data-testid="retention-summary">
            {formatCount(load.value.customers)} customers in {formatCount(load.value.cohorts.length)} cohorts
            {load.value.truncated ? ' (the latest shown)' : ''}. Period 0 is the cohort itself; a return counts in a later period only.
          </p>
          <RetentionTriangle result={load.value} show={settings.show} />
          <RetentionCurve result={load.value} />
        </div>
      )}
    </div>
  );
}

// The Activity page (owners): who did what in the workspace, newest first, grouped by day, with filters, older
// pages on demand and the same lines as a CSV download for compliance.
import { useState } from 'react';
import { api } from '../../api/client';
import { ApiError } from '../../api/http';
import { useWorkspace } from '../../app/workspace';
import { EmptyState, ErrorState, Spinner } from '../../ui/States';
import type { ActivityLine } from './actionWords';
import { byDay } from './activityDays';
import { isFiltered, noFilters, toQuery, type ActivityFilters } from './activityFilters';
import { ActivityFiltersBar } from './ActivityFiltersBar';
import { ActivityRow } from './ActivityRow';
import { useActivity, useActivityActors } from './useActivity';
import styles from './Activity.module.css';

export function ActivityPage() {
  const workspace = useWorkspace();
  const [filters, setFilters] = useState<ActivityFilters>(noFilters);
  const activity = useActivity(workspace.id, filters);
  const actors = useActivityActors(workspace.id);
  return (
    <div className={styles.page}>
      <div className={styles.head}>
        <div>
          <h1>Activity</h1>
          <p className={styles.sub}>Who did what in this workspace, newest first. Lines are kept for good: nobody can change or remove them.</p>
        </div>
        <a className="btn" href={api.activity.csvUrl(workspace.id, toQuery(filters))} download>Download CSV</a>
      </div>
      <ActivityFiltersBar filters={filters} actors={actors.load} onChange={setFilters} />
      {activity.load.state === 'loading' && <Spinner label="Loading the activity" />}
      {activity.load.state === 'error' && <ActivityError error={activity.load.error} onRetry={activity.retry} />}
      {activity.load.state === 'ready' && (
        activity.load.value.length === 0
          ? <Empty filtered={isFiltered(filters)} onClear={() => setFilters(noFilters)} />
          : <Days lines={activity.load.value} busy={activity.load.refreshing} />
      )}
      {activity.load.state === 'ready' && activity.load.value.length > 0 && (
        <div className={styles.more}>
          {activity.moreError != null && <ErrorState title="Older activity could not be loaded" error={activity.moreError} />}
          {activity.hasMore
            ? (
              <button type="button" className="btn" onClick={activity.loadMore} disabled={activity.loadingMore}>
                {activity.loadingMore ? 'Loading…' : 'Load older'}
              </button>
            )
            : <p className="muted">That is everything{isFiltered(filters) ? ' that matches the filters' : ''}.</p>}
        </div>
      )}
    </div>
  );
}

function Days({ lines, busy }: { lines: ActivityLine[]; busy: boolean }) {
  return (
    <div className={styles.days} aria-busy={busy}>
      {byDay(lines).map((day) => (
        <section key={day.key} className={styles.day} aria-label={day.heading}>
          <h2 className={styles.dayHeading}>{day.heading}</h2>
          <ol className={styles.lines}>
            {day.lines.map((line) => <ActivityRow key={line.sequence} line={line} />)}
          </ol>
        </section>
      ))}
    </div>
  );
}

function Empty({ filtered, onClear }: { filtered: boolean; onClear: () => void }) {
  return filtered
    ? (
      <EmptyState title="Nothing matches these filters" level={2} action={<button type="button" className="btn" onClick={onClear}>Clear filters</button>}>
        Try another kind of change, another person or a wider range of days.
      </EmptyState>
    )
    : (
      <EmptyState title="No activity yet" level={2}>
        Maps created or deleted, imports, API keys and changes to the workspace will show here as they happen.
      </EmptyState>
    );
}

function ActivityError({ error, onRetry }: { error: unknown; onRetry: () => void }) {
  if (error instanceof ApiError && error.status === 403) {
    return <ErrorState title="Only owners can see the activity" error="Ask an owner of this workspace if you need to know who changed what." />;
  }
  return <ErrorState title="The activity could not be loaded" error={error} onRetry={onRetry} />;
}

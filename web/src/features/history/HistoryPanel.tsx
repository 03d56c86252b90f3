// The History tab of the side panel: named versions and sessions of edits in one list, newest first, by day.
// Selecting a row previews the map at that point; editors name the current version and rename or delete versions.
import { useMemo } from 'react';
import { Avatar } from '../../ui/Avatar';
import { MenuButton } from '../../ui/MenuButton';
import { EmptyState, ErrorState, Spinner } from '../../ui/States';
import { exactTime } from '../../ui/relativeTime';
import { useHistoryState } from './HistoryContext';
import type { HistoryPoint, HistorySession, MapHistory, MapVersion } from './historyTypes';
import { editsSummary, groupByDay, localTime, pointTitle, restoreLabel, timeSpan, timelineRows } from './timeline';
import styles from './History.module.css';

export function HistoryPanel() {
  const state = useHistoryState();
  const { load } = state;
  return (
    <div className={styles.panel} data-testid="history-panel">
      <div className={styles.top}>
        <p className={styles.hint}>Every edit, by author and session. Select a point to preview it. <kbd>Alt</kbd>+<kbd>Shift</kbd>+<kbd>H</kbd> opens this tab.</p>
        {state.canEdit && (
          <button type="button" className="btn btn-sm" onClick={() => state.askName()} data-testid="name-current-version">
            Name the current version
          </button>
        )}
      </div>
      {load.state === 'loading' && <Spinner label="Loading the history" />}
      {load.state === 'error' && <ErrorState title="The history could not be loaded" error={load.error} onRetry={state.retry} />}
      {load.state === 'ready' && <Timeline history={load.history} />}
      {load.state === 'ready' && load.history.more && (
        <div className={styles.older}>
          {load.olderError && <p className={styles.fieldError} role="alert">{load.olderError}</p>}
          <button type="button" className="btn btn-sm" disabled={load.olderLoading} onClick={state.loadOlder} data-testid="history-older">
            {load.olderLoading ? 'Loading…' : 'Load older'}
          </button>
        </div>
      )}
    </div>
  );
}

function Timeline({ history }: { history: MapHistory }) {
  const days = useMemo(() => groupByDay(timelineRows(history)), [history]);
  if (days.length === 0) {
    return <EmptyState title="No edits yet">History starts with the first edit.</EmptyState>;
  }
  return (
    <div className={styles.days}>
      {days.map((day) => (
        <section key={day.key} aria-label={day.label}>
          <h3 className={styles.day}>{day.label}</h3>
          <ol className={styles.rows}>
            {day.rows.map((row) => (
              <li key={row.key}>
                {row.kind === 'session'
                  ? <SessionRow session={row.session} history={history} />
                  : <VersionRow version={row.version} />}
              </li>
            ))}
          </ol>
        </section>
      ))}
    </div>
  );
}

function SessionRow({ session, history }: { session: HistorySession; history: MapHistory }) {
  const state = useHistoryState();
  const point: HistoryPoint = { seq: session.toSeq, title: pointTitle(session.toSeq, history) };
  const selected = state.preview?.seq === session.toSeq && !state.preview.version;
  const restored = session.restoredFrom != null;
  return (
    <button type="button" className={`${styles.row} ${selected ? styles.selected : ''}`} aria-pressed={selected}
      onClick={() => state.show(selected ? null : point)} data-testid="history-session" data-author={session.authorName}
      title={`${exactTime(session.startedAt)} – ${exactTime(session.endedAt)}`}>
      <Avatar name={session.authorName} color={state.colours.get(session.authorId)} size={28} decorative />
      <span className={styles.rowText}>
        <span className={styles.rowHead}>
          <strong className={styles.author}>{session.authorName}</strong>
          <span className={styles.time}>{timeSpan(session)}</span>
        </span>
        <span className={`${styles.what} ${restored ? styles.restored : ''}`}>
          {restored ? restoreLabel(session.restoredFrom!, history) : editsSummary(session)}
        </span>
      </span>
    </button>
  );
}

function VersionRow({ version }: { version: MapVersion }) {
  const state = useHistoryState();
  const selected = state.preview?.version?.id === version.id;
  const point: HistoryPoint = { seq: version.seq, title: `“${version.name}”`, version };
  return (
    <div className={`${styles.versionRow} ${selected ? styles.selected : ''}`} data-testid="history-version">
      <button type="button" className={styles.versionMain} aria-pressed={selected} onClick={() => state.show(selected ? null : point)}>
        <span className={styles.flag} aria-hidden="true">
          <svg width="14" height="14" viewBox="0 0 16 16" fill="none" stroke="currentColor" strokeWidth="1.6" strokeLinecap="round"><path d="M3.5 14V2.5M3.5 3h8l-1.8 3 1.8 3h-8" /></svg>
        </span>
        <span className={styles.rowText}>
          <span className={styles.rowHead}>
            <strong className={styles.versionName}>{version.name}</strong>
            <span className={styles.time}>{localTime(version.createdAt)}</span>
          </span>
          <span className={styles.what}>Named version · by {version.createdByName}</span>
        </span>
      </button>
      {state.canEdit && (
        <MenuButton label={`Actions for the version ${version.name}`} items={[
          { label: 'Rename…', onSelect: () => state.askRename(version) },
          { label: 'Delete', danger: true, onSelect: () => state.askDelete(version) },
        ]}>
          <svg width="16" height="16" viewBox="0 0 16 16" aria-hidden="true"><circle cx="3" cy="8" r="1.5" fill="currentColor" /><circle cx="8" cy="8" r="1.5" fill="currentColor" /><circle cx="13" cy="8" r="1.5" fill="currentColor" /></svg>
        </MenuButton>
      )}
    </div>
  );
}

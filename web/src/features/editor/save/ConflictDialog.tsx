// A stale write: someone else saved the map since it was opened here. Says who and when, and lets the person
// choose: take their version (this tab's edits are dropped) or keep this one (it overwrites theirs).
import type { Problem } from '../../../api/http';
import { Dialog } from '../../../ui/Dialog';
import { exactTime } from '../../../ui/relativeTime';
import styles from './ConflictDialog.module.css';

interface ConflictDialogProps {
  open: boolean;
  problem: Problem | undefined;
  /** What they changed, once their version has been read; undefined while loading or when it could not be. */
  changes?: string[];
  busy: boolean;
  onReload: () => void;
  onKeepMine: () => void;
  onClose: () => void;
}

function when(iso: string | undefined): string {
  return (iso && exactTime(iso)) || iso || 'a moment ago';
}

const shownChanges = 6;

export function ConflictDialog({ open, problem, changes, busy, onReload, onKeepMine, onClose }: ConflictDialogProps) {
  const who = problem?.updatedBy?.trim() || 'Someone else';
  return (
    <Dialog
      open={open}
      onClose={onClose}
      title="This map was changed elsewhere"
      footer={(
        <>
          <button type="button" className="btn" onClick={onReload} disabled={busy} data-testid="conflict-reload">
            Reload theirs
          </button>
          <button type="button" className="btn btn-primary" onClick={onKeepMine} disabled={busy} data-testid="conflict-keep-mine">
            Keep mine
          </button>
        </>
      )}
    >
      <div data-testid="conflict-dialog">
        <p>
          <strong>{who}</strong> saved this map at {when(problem?.updatedAt)}
          {problem?.currentVersion !== undefined ? ` (version ${problem.currentVersion})` : ''}, after you opened it.
          Your latest edits are not saved yet.
        </p>
        {changes && changes.length > 0 && (
          <div className={styles.changes} data-testid="conflict-changes">
            <p><strong>What {who === 'Someone else' ? 'they' : who} changed</strong></p>
            <ul>
              {changes.slice(0, shownChanges).map((c, i) => <li key={i}>{c}</li>)}
              {changes.length > shownChanges && <li className="muted">and {changes.length - shownChanges} more</li>}
            </ul>
          </div>
        )}
        <ul>
          <li><strong>Reload theirs</strong> shows their version and drops your unsaved edits.</li>
          <li><strong>Keep mine</strong> saves your version over theirs; their changes stay in the map's history.</li>
        </ul>
      </div>
    </Dialog>
  );
}

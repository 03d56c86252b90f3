// A stale write: someone else saved the map since it was opened here. Says who and when, and lets the person
// choose: take their version (this tab's edits are dropped) or keep this one (it overwrites theirs).
import type { Problem } from '../../../api/http';
import { Dialog } from '../../../ui/Dialog';

interface ConflictDialogProps {
  open: boolean;
  problem: Problem | undefined;
  busy: boolean;
  onReload: () => void;
  onKeepMine: () => void;
  onClose: () => void;
}

function when(iso: string | undefined): string {
  if (!iso) return 'a moment ago';
  const date = new Date(iso);
  return Number.isNaN(date.getTime()) ? iso : date.toLocaleString(undefined, { dateStyle: 'medium', timeStyle: 'short' });
}

export function ConflictDialog({ open, problem, busy, onReload, onKeepMine, onClose }: ConflictDialogProps) {
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
        <ul>
          <li><strong>Reload theirs</strong> shows their version and drops your unsaved edits.</li>
          <li><strong>Keep mine</strong> saves your version over theirs; their changes stay in the map's history.</li>
        </ul>
      </div>
    </Dialog>
  );
}

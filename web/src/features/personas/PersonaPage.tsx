// The persona editor: the persona sheet with autosave, the save state, conflict handling and delete.
import { useState } from 'react';
import { ApiError } from '../../api/http';
import { Link } from '../../app/Link';
import { navigate } from '../../app/router';
import { useCan, useWorkspace } from '../../app/workspace';
import { ConfirmDialog } from '../../ui/Dialog';
import { ErrorState, Spinner } from '../../ui/States';
import { SaveStatus } from '../autosave/SaveStatus';
import { ConflictBanner } from './ConflictBanner';
import { PersonaSheet } from './PersonaSheet';
import { usePersonaEditor } from './usePersonaEditor';
import styles from './PersonaPage.module.css';

const fieldNames: Record<string, string> = {
  name: 'Name', photoUrl: 'Photo address', age: 'Age', jobRole: 'Job role', familyStatus: 'Family status', color: 'Colour',
  goals: 'Goals', needs: 'Needs', painPoints: 'Pain points', motivations: 'Motivations', behaviours: 'Behaviours',
  channels: 'Channels', quote: 'Quote', backstory: 'Backstory',
};

/** "goals.personal[2]" → "Goals"; the server's paths made readable for the summary above the sheet. */
function describe(path: string): string {
  const head = /^[A-Za-z]+/.exec(path)?.[0] ?? '';
  return fieldNames[head] ?? (path || 'Persona');
}

export function PersonaPage({ personaId }: { personaId: string }) {
  const workspace = useWorkspace();
  const canEdit = useCan('editor'); // readers see the sheet with every field disabled
  const editor = usePersonaEditor(workspace.id, personaId);
  const [confirming, setConfirming] = useState(false);
  const [deleteError, setDeleteError] = useState<string | null>(null);
  const problemList = Object.entries(editor.problems).flatMap(([path, list]) => list.map((m) => `${describe(path)}: ${m}`));

  const remove = async () => {
    setConfirming(false);
    setDeleteError(null);
    try {
      await editor.remove();
      navigate('/personas', { replace: true });
    } catch (err) {
      setDeleteError(err instanceof ApiError && err.isStale
        ? 'The persona changed since you opened it. Reload it before deleting.'
        : err instanceof Error ? err.message : String(err));
    }
  };

  return (
    <div className={styles.page}>
      <div className={styles.bar}>
        <Link href="/personas" className={styles.back}><span aria-hidden="true">←</span> Personas</Link>
        {editor.load.phase === 'ready' && !canEdit && <span className="badge" data-testid="access-badge">View only</span>}
        {editor.load.phase === 'ready' && canEdit && (
          <div className={styles.barRight}>
            <SaveStatus status={editor.status} onRetry={editor.saveNow} />
            <button type="button" className="btn btn-ghost" onClick={() => setConfirming(true)}>Delete persona</button>
          </div>
        )}
      </div>

      {editor.load.phase === 'loading' && <><Spinner label="Opening the persona" /><div className={styles.sheetSkeleton} aria-hidden="true" /></>}
      {editor.load.phase === 'error' && (
        <ErrorState
          title={editor.load.error instanceof ApiError && editor.load.error.status === 404 ? 'This persona does not exist' : 'The persona could not be loaded'}
          error={editor.load.error}
          onRetry={editor.retryLoad}
        />
      )}
      {editor.conflict && <ConflictBanner conflict={editor.conflict} onReload={editor.reload} onKeepMine={editor.keepMine} />}
      {(editor.status.state === 'failed' || editor.status.state === 'offline') && editor.status.error && (
        <p className={styles.failure} role="alert">Your edits are kept here and saved when the server answers: {editor.status.error}</p>
      )}
      {deleteError && <p className={styles.failure} role="alert">Not deleted: {deleteError}</p>}
      {problemList.length > 0 && (
        <div className={styles.problems} role="alert">
          <strong>These changes are not saved yet:</strong>
          <ul>{problemList.map((m, i) => <li key={i}>{m}</li>)}</ul>
        </div>
      )}
      {editor.load.phase === 'ready' && editor.persona && (
        <fieldset className={styles.sheetFields} disabled={!canEdit}>
          <PersonaSheet persona={editor.persona} problems={editor.problems} update={editor.update} />
        </fieldset>
      )}

      <ConfirmDialog
        open={confirming}
        title="Delete this persona?"
        message={<>“{editor.persona?.name}” will be removed from the workspace library. Maps that include a copy of this persona keep theirs.</>}
        confirmLabel="Delete persona"
        onConfirm={() => void remove()}
        onCancel={() => setConfirming(false)}
      />
    </div>
  );
}

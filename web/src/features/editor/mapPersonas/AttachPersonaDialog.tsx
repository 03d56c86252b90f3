// Attaching a persona from the workspace library: the library's personas, each added to the map as a copy
// (editing it on the map does not change the library).
import { api } from '../../../api/client';
import { useState } from 'react';
import type { Persona, PersonaSummary } from '../../../api/model';
import { keys } from '../../../app/server/keys';
import { useServerData } from '../../../app/server/useServerData';
import { useWorkspace } from '../../../app/workspace';
import { Avatar } from '../../../ui/Avatar';
import { Dialog } from '../../../ui/Dialog';
import { EmptyState, LoadView } from '../../../ui/States';
import { useMapSession } from '../../map/MapSession';
import { personaFromLibrary } from './personas';
import styles from './MapPersonas.module.css';

export function AttachPersonaDialog({ open, onClose }: { open: boolean; onClose: () => void }) {
  const workspace = useWorkspace();
  const { map, dispatch, seal } = useMapSession();
  const [adding, setAdding] = useState<string | null>(null);
  const [addError, setAddError] = useState<string | null>(null);

  const attach = async (summary: PersonaSummary) => {
    setAdding(summary.id);
    setAddError(null);
    try {
      const { value } = await api.personas.get(workspace.id, summary.id);
      seal();
      dispatch({ type: 'addPersona', persona: personaFromLibrary(value as Persona & Record<string, unknown>) });
      seal();
      onClose();
    } catch (e) {
      setAddError(`${summary.name} could not be added: ${e instanceof Error ? e.message : String(e)}`);
    } finally {
      setAdding(null);
    }
  };

  // Template maps carry their own copies of personas, so a persona counts as on the map by id or by name.
  const onMapIds = new Set((map.personas ?? []).map((p) => p.id));
  const onMapNames = new Set((map.personas ?? []).map((p) => p.name.trim().toLowerCase()));
  return (
    <Dialog open={open} title="Add a persona from the library" onClose={onClose}
      footer={<button type="button" className="btn" onClick={onClose}>Close</button>}>
      {/* The library is read again at each opening: the dialog draws the list only while it is open. */}
      <LibraryList workspaceId={workspace.id} onMap={(p) => onMapIds.has(p.id) || onMapNames.has(p.name.trim().toLowerCase())}
        adding={adding} onAdd={(p) => { void attach(p); }} />
      {addError && <p className={styles.error} role="alert">{addError}</p>}
    </Dialog>
  );
}

interface LibraryListProps {
  workspaceId: string;
  onMap: (persona: PersonaSummary) => boolean;
  adding: string | null;
  onAdd: (persona: PersonaSummary) => void;
}

function LibraryList({ workspaceId, onMap, adding, onAdd }: LibraryListProps) {
  const { load, retry } = useServerData({ key: keys.personas(workspaceId), fetch: (signal) => api.personas.list(workspaceId, signal) });
  return (
    <LoadView load={load} loading="Loading the persona library" errorTitle="The persona library could not be loaded" onRetry={retry}>
      {(list) => (list.length === 0
        ? (
          <EmptyState title="The library has no personas yet">
            Create personas in the <a href="/personas" target="_blank" rel="noopener">persona library</a>, or add a new one to this map.
          </EmptyState>
        )
        : (
          <ul className={styles.library}>
            {list.map((p) => (
              <li key={p.id} className={styles.libraryItem}>
                <Avatar name={p.name} color={p.color ?? undefined} photoUrl={p.photoUrl ?? undefined} size={32} />
                <span className={styles.libraryWho}>
                  <span className={styles.libraryName}>{p.name}</span>
                  {p.jobRole && <span className={styles.libraryRole}>{p.jobRole}</span>}
                </span>
                {onMap(p)
                  ? <span className="badge badge-ok">On this map</span>
                  : (
                    <button type="button" className="btn btn-sm" disabled={adding !== null} aria-label={`Add ${p.name} to this map`}
                      onClick={() => onAdd(p)}>
                      {adding === p.id ? 'Adding…' : 'Add'}
                    </button>
                  )}
              </li>
            ))}
          </ul>
        ))}
    </LoadView>
  );
}

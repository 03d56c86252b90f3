// The workspace's persona library: who the maps are about, as cards; "New persona" starts one and opens it.
import { api } from '../../api/client';
import { useState } from 'react';
import { ApiError } from '../../api/http';
import { hrefOf, navigate } from '../../app/router';
import { useCan, useWorkspace } from '../../app/workspace';
import { nextPersonaColor } from '../../ui/personaColor';
import { EmptyState, ErrorState } from '../../ui/States';
import { PersonaCard } from './PersonaCard';
import { newPersonaId } from './personaDoc';
import { usePersonaLibrary } from './usePersonaLibrary';
import styles from './PersonaLibrary.module.css';

const skeletons = Array.from({ length: 8 }, (_, i) => i);

export function PersonaLibraryPage() {
  const workspace = useWorkspace();
  const canCreate = useCan('editor');
  const { load, retry } = usePersonaLibrary(workspace.id);
  const [creating, setCreating] = useState(false);
  const [error, setError] = useState<string | null>(null);

  const create = async () => {
    setCreating(true);
    setError(null);
    try {
      const id = newPersonaId();
      // A colour no persona of the library has yet, so a new one reads apart from the rest (and from "Everyone").
      const used = load.state === 'ready' ? load.value.map((p) => p.color) : [];
      const created = await api.personas.create(workspace.id, { id, name: 'New persona', color: nextPersonaColor(used) });
      navigate(hrefOf({ page: 'persona', personaId: created.value.id }));
    } catch (err) {
      setError(err instanceof ApiError ? err.messages.join(' ') : String(err));
      setCreating(false);
    }
  };

  const count = load.state === 'ready' ? load.value.length : null;
  return (
    <div className={styles.page}>
      <div className={styles.head}>
        <div>
          <h1>Personas</h1>
          <p className={styles.sub}>
            {count === null ? 'The people your journeys are about.' : `${count} ${count === 1 ? 'persona' : 'personas'} — the people your journeys are about.`}
          </p>
        </div>
        {canCreate && (
          <button type="button" className="btn btn-primary" onClick={() => void create()} disabled={creating}>
            <span aria-hidden="true">+</span> {creating ? 'Creating…' : 'New persona'}
          </button>
        )}
      </div>
      {error && <p className={styles.notice} role="alert">The persona could not be created: {error}</p>}
      {load.state === 'loading' && (
        <div className={styles.grid} aria-busy="true" aria-label="Loading personas">
          {skeletons.map((i) => <div key={i} className={styles.skeleton} aria-hidden="true" />)}
        </div>
      )}
      {load.state === 'error' && <ErrorState title="The personas could not be loaded" error={load.error} onRetry={retry} />}
      {load.state === 'ready' && load.value.length === 0 && (
        <EmptyState level={2} title="No personas yet" action={canCreate && <button type="button" className="btn btn-primary" onClick={() => void create()}>Create the first persona</button>}>
          A persona is who travels your journey: their goals, needs, pain points and the channels they use.
        </EmptyState>
      )}
      {load.state === 'ready' && load.value.length > 0 && (
        <div className={styles.grid}>
          {load.value.map((p) => <PersonaCard key={p.id} summary={p} />)}
        </div>
      )}
    </div>
  );
}

// The personas on this map in the side panel: cards to read and edit, attach from the workspace library or add a
// new one, and remove (after saying what gets unlinked). Readers get the cards and their details only.
import { useCallback, useMemo, useState } from 'react';
import type { Persona } from '../../../api/model';
import { ConfirmDialog } from '../../../ui/Dialog';
import { useMapSession } from '../../map/MapSession';
import { newId } from '../../map/state/ids';
import { PlusIcon } from '../cells/icons';
import { AttachPersonaDialog } from './AttachPersonaDialog';
import { PersonaCard } from './PersonaCard';
import { nextPersonaColor, personaUsage } from './personas';
import styles from './MapPersonas.module.css';

function removalMessage(name: string, lanes: number, points: number): string {
  const parts = [`${name} will be taken off this map (the persona library keeps its own copy).`];
  if (lanes) parts.push(`${lanes} lane${lanes === 1 ? '' : 's'} that speak for ${name} will stay, no longer linked to anyone.`);
  if (points) parts.push(`${name}'s ${points} point${points === 1 ? '' : 's'} on the emotion curve will be removed.`);
  parts.push('Undo brings everything back.');
  return parts.join(' ');
}

export function MapPersonasPanel({ readOnly = false }: { readOnly?: boolean }) {
  const { map, dispatch, seal } = useMapSession();
  const [editing, setEditing] = useState<string | null>(null);
  const [attachOpen, setAttachOpen] = useState(false);
  const [removing, setRemoving] = useState<Persona | null>(null);
  const personas = map.personas ?? [];
  const usage = useMemo(() => new Map((map.personas ?? []).map((p) => [p.id, personaUsage(map, p.id)])), [map]);

  const addNew = () => {
    const persona: Persona = { id: newId('per'), name: 'New persona', color: nextPersonaColor(map) };
    seal();
    dispatch({ type: 'addPersona', persona });
    seal();
    setEditing(persona.id);
  };
  const onRemove = useCallback((p: Persona) => setRemoving(p), []);
  const confirmRemove = () => {
    if (!removing) return;
    seal();
    dispatch({ type: 'removePersona', personaId: removing.id });
    seal();
    if (editing === removing.id) setEditing(null);
    setRemoving(null);
  };
  const removingUsage = removing ? usage.get(removing.id) : undefined;

  return (
    <div className={styles.panel} aria-label="Personas on this map">
      {!readOnly && (
        <div className={styles.toolbar}>
          <button type="button" className="btn btn-sm" onClick={() => setAttachOpen(true)}>Add from library</button>
          <button type="button" className="btn btn-sm btn-ghost" onClick={addNew}><PlusIcon /> New persona</button>
        </div>
      )}
      {personas.length === 0
        ? (
          <div className={styles.empty}>
            <h3>No personas on this map yet</h3>
            <p>{readOnly ? 'Nobody is named as travelling this journey.' : 'Add who travels this journey: from the workspace library, or a new persona just for this map.'}</p>
          </div>
        )
        : personas.map((p) => (
          <PersonaCard key={p.id} persona={p} usage={usage.get(p.id) ?? { lanes: 0, points: 0 }} editing={editing === p.id}
            onEdit={setEditing} onRemove={onRemove} readOnly={readOnly} />
        ))}
      <AttachPersonaDialog open={attachOpen} onClose={() => setAttachOpen(false)} />
      <ConfirmDialog open={removing !== null} title={`Remove ${removing?.name ?? 'persona'} from this map?`}
        message={removing ? removalMessage(removing.name, removingUsage?.lanes ?? 0, removingUsage?.points ?? 0) : ''}
        confirmLabel="Remove from map" onConfirm={confirmRemove} onCancel={() => setRemoving(null)} />
    </div>
  );
}

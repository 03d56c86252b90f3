// Loads one persona and keeps its draft; an Autosaver writes the draft shortly after each edit.
import { useCallback, useEffect, useRef, useState } from 'react';
import { api } from '../../api/client';
import type { Problem } from '../../api/http';
import type { Persona } from '../../api/model';
import { Autosaver, type AutosaveSnapshot, type SaveStatus } from './autosaver';
import { cleanPersona, localProblems } from './personaDoc';

export type { SaveStatus };
export type LoadState = { phase: 'loading' } | { phase: 'error'; error: unknown } | { phase: 'ready' };

export interface PersonaEditor {
  load: LoadState;
  persona: Persona | null;
  status: SaveStatus;
  problems: Record<string, string[]>;
  failure: string | null;
  conflict: Problem | null;
  update: (change: (p: Persona) => Persona) => void;
  retryLoad: () => void;
  saveNow: () => void;
  reload: () => Promise<void>;
  keepMine: () => void;
  remove: () => Promise<void>;
}

export const autosaveDelay = 600;
const retryDelays = [2000, 5000, 10000, 30000];
const initial: AutosaveSnapshot = { status: 'saved', problems: {}, failure: null, conflict: null };

export function usePersonaEditor(workspaceId: string, personaId: string): PersonaEditor {
  const [load, setLoad] = useState<LoadState>({ phase: 'loading' });
  const [persona, setPersona] = useState<Persona | null>(null);
  const [snapshot, setSnapshot] = useState<AutosaveSnapshot>(initial);
  const [attempt, setAttempt] = useState(0);
  const saver = useRef<Autosaver<Persona> | null>(null);

  // A new request (another persona, a retry) shows as loading from its first render.
  const request = JSON.stringify([workspaceId, personaId, attempt]);
  const [requested, setRequested] = useState(request);
  if (request !== requested) {
    setRequested(request);
    setLoad({ phase: 'loading' });
  }
  useEffect(() => {
    const abort = new AbortController();
    api.personas.get(workspaceId, personaId, abort.signal)
      .then(({ value, etag }) => {
        saver.current?.dispose();
        saver.current = new Autosaver<Persona>(value, etag, {
          delay: autosaveDelay,
          retryDelays,
          write: async (doc, tag) => (await api.personas.save(workspaceId, cleanPersona(doc), tag)).etag,
          check: localProblems,
          onChange: setSnapshot,
        });
        setPersona(value);
        setSnapshot(initial);
        setLoad({ phase: 'ready' });
      })
      .catch((error: unknown) => { if (!abort.signal.aborted) setLoad({ phase: 'error', error }); });
    return () => abort.abort();
  }, [workspaceId, personaId, attempt]);

  // Leaving the page sends what is not saved yet; closing the tab with unsaved edits asks first.
  useEffect(() => {
    const beforeUnload = (e: BeforeUnloadEvent) => { if (saver.current?.dirty) e.preventDefault(); };
    window.addEventListener('beforeunload', beforeUnload);
    return () => {
      window.removeEventListener('beforeunload', beforeUnload);
      const s = saver.current;
      if (s?.dirty) void s.flush().finally(() => s.dispose());
      else s?.dispose();
    };
  }, []);

  const update = useCallback((change: (p: Persona) => Persona) => {
    const s = saver.current;
    if (!s) return;
    const next = change(s.current);
    s.edit(next);
    setPersona(next);
  }, []);

  const reload = useCallback(async () => {
    const { value, etag } = await api.personas.get(workspaceId, personaId);
    saver.current?.reset(value, etag);
    setPersona(value);
  }, [workspaceId, personaId]);

  const keepMine = useCallback(() => {
    const version = snapshot.conflict?.currentVersion;
    if (version !== undefined) void saver.current?.keepMine(version);
  }, [snapshot.conflict]);

  const remove = useCallback(async () => {
    const s = saver.current;
    if (!s) return;
    await s.halt();
    try {
      await api.personas.remove(workspaceId, personaId, s.etag);
      s.discard();
    } catch (err) {
      s.resume();
      throw err;
    }
  }, [workspaceId, personaId]);

  return {
    load, persona, ...snapshot, update, reload, keepMine, remove,
    retryLoad: useCallback(() => setAttempt((n) => n + 1), []),
    saveNow: useCallback(() => void saver.current?.flush(), []),
  };
}

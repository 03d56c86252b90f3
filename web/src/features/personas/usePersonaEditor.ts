// Loads one persona and keeps its draft; the one Autosaver (features/autosave) writes the draft shortly after each
// edit. Each edit is summarised by the fields it changed, so "Offline — N changes waiting" counts fields, not keys.
import { useCallback, useEffect, useState } from 'react';
import { api } from '../../api/client';
import type { Problem } from '../../api/http';
import type { Persona } from '../../api/model';
import { Autosaver, type SaveStatus } from '../autosave/autosaver';
import { browserClock, useAutosave } from '../autosave/useAutosave';
import { cleanPersona, localProblems } from './personaDoc';

export type LoadState = { phase: 'loading' } | { phase: 'error'; error: unknown } | { phase: 'ready' };

export interface PersonaEditor {
  load: LoadState;
  persona: Persona | null;
  status: SaveStatus;
  problems: Record<string, string[]>;
  conflict: Problem | null;
  update: (change: (p: Persona) => Persona) => void;
  retryLoad: () => void;
  saveNow: () => void;
  reload: () => Promise<void>;
  keepMine: () => void;
  remove: () => Promise<void>;
}

export const autosaveDelay = 600;

/** The top-level fields an edit changed, as its summary ("goals, needs"). */
export function changedFields(before: Persona, after: Persona): string {
  const keys = new Set([...Object.keys(before), ...Object.keys(after)]) as Set<keyof Persona>;
  return [...keys].filter((k) => JSON.stringify(before[k]) !== JSON.stringify(after[k])).sort().join(', ');
}

export function usePersonaEditor(workspaceId: string, personaId: string): PersonaEditor {
  const [load, setLoad] = useState<LoadState>({ phase: 'loading' });
  const [persona, setPersona] = useState<Persona | null>(null);
  const [saver, setSaver] = useState<Autosaver<Persona> | null>(null);
  const [attempt, setAttempt] = useState(0);
  const status = useAutosave(saver);

  // A new request (another persona, a retry) shows as loading from its first render.
  const request = JSON.stringify([workspaceId, personaId, attempt]);
  const [requested, setRequested] = useState(request);
  if (request !== requested) {
    setRequested(request);
    setLoad({ phase: 'loading' });
  }
  useEffect(() => {
    const abort = new AbortController();
    let made: Autosaver<Persona> | null = null;
    api.personas.get(workspaceId, personaId, abort.signal)
      .then(({ value, etag }) => {
        made = new Autosaver<Persona>(value, etag, {
          write: async (doc, tag) => ({ etag: (await api.personas.save(workspaceId, cleanPersona(doc), tag)).etag }),
          check: localProblems,
          delayMs: autosaveDelay,
          ...browserClock,
        });
        setSaver(made);
        setPersona(value);
        setLoad({ phase: 'ready' });
      })
      .catch((error: unknown) => { if (!abort.signal.aborted) setLoad({ phase: 'error', error }); });
    return () => {
      abort.abort();
      const s = made;
      if (s) void s.flush().finally(() => s.dispose()); // leaving the persona: what is pending is written first
    };
  }, [workspaceId, personaId, attempt]);

  const update = useCallback((change: (p: Persona) => Persona) => {
    if (!saver) return;
    const before = saver.document;
    const next = change(before);
    saver.edited(next, changedFields(before, next) || undefined);
    setPersona(next);
  }, [saver]);

  const reload = useCallback(async () => {
    const { value, etag } = await api.personas.get(workspaceId, personaId);
    saver?.reset(value, etag);
    setPersona(value);
  }, [workspaceId, personaId, saver]);

  const keepMine = useCallback(() => {
    const version = status.conflict?.currentVersion;
    if (version !== undefined) void saver?.keepMine(version);
  }, [status.conflict, saver]);

  const remove = useCallback(async () => {
    if (!saver) return;
    await saver.halt();
    try {
      await api.personas.remove(workspaceId, personaId, saver.etag);
      saver.discard();
    } catch (err) {
      saver.resume();
      throw err;
    }
  }, [workspaceId, personaId, saver]);

  return {
    load, persona, status,
    problems: status.state === 'invalid' ? status.problems ?? {} : {},
    conflict: status.state === 'conflict' ? status.conflict ?? null : null,
    update, reload, keepMine, remove,
    retryLoad: useCallback(() => setAttempt((n) => n + 1), []),
    saveNow: useCallback(() => void saver?.retryNow(), [saver]),
  };
}

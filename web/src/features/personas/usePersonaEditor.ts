// Loads one persona, keeps the draft, and saves it shortly after each edit (guarded by its ETag).
// A stale write (412) stops autosave until the user picks Reload or Keep mine; a failed write retries with backoff.
import { useCallback, useEffect, useRef, useState } from 'react';
import { api } from '../../api/client';
import { ApiError, type Problem } from '../../api/http';
import type { Persona } from '../../api/model';
import { cleanPersona, localProblems } from './personaDoc';

export type SaveStatus = 'saved' | 'pending' | 'saving' | 'failed' | 'invalid' | 'conflict';

export type LoadState = { phase: 'loading' } | { phase: 'error'; error: unknown } | { phase: 'ready' };

export interface PersonaEditor {
  load: LoadState;
  persona: Persona | null;
  status: SaveStatus;
  /** Validation problems keyed by JSON path (the browser's own checks, then the server's). */
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

export function usePersonaEditor(workspaceId: string, personaId: string): PersonaEditor {
  const [load, setLoad] = useState<LoadState>({ phase: 'loading' });
  const [persona, setPersona] = useState<Persona | null>(null);
  const [status, setStatus] = useState<SaveStatus>('saved');
  const [problems, setProblems] = useState<Record<string, string[]>>({});
  const [failure, setFailure] = useState<string | null>(null);
  const [conflict, setConflict] = useState<Problem | null>(null);
  const [attempt, setAttempt] = useState(0);

  const draft = useRef<Persona | null>(null);
  const etag = useRef('');
  const editCount = useRef(0);
  const savedCount = useRef(0);
  const inFlight = useRef<Promise<void> | null>(null);
  const timer = useRef<number | undefined>(undefined);
  const failures = useRef(0);
  const blocked = useRef(false);

  const schedule = useCallback((ms: number) => {
    window.clearTimeout(timer.current);
    timer.current = window.setTimeout(() => void saveRef.current(), ms);
  }, []);

  const save = useCallback(async (): Promise<void> => {
    window.clearTimeout(timer.current);
    if (inFlight.current) return; // the running save looks again when it ends
    const current = draft.current;
    if (!current || blocked.current || editCount.current === savedCount.current) return;
    const local = localProblems(current);
    if (Object.keys(local).length > 0) {
      setProblems(local);
      setStatus('invalid');
      return;
    }
    const sending = editCount.current;
    setStatus('saving');
    let succeeded = false;
    const run = (async () => {
      try {
        const saved = await api.savePersona(workspaceId, cleanPersona(current), etag.current);
        etag.current = saved.etag;
        savedCount.current = sending;
        failures.current = 0;
        setProblems({});
        setFailure(null);
        setStatus(editCount.current === sending ? 'saved' : 'pending');
        succeeded = true;
      } catch (err) {
        handleFailure(err);
      }
    })();
    inFlight.current = run;
    await run;
    inFlight.current = null;
    // Edits made while this save ran go next; after a failure, the retry timer or the next edit decides.
    if (succeeded && !blocked.current && editCount.current !== savedCount.current) schedule(autosaveDelay);
  }, [workspaceId, schedule]);

  function handleFailure(err: unknown) {
    if (err instanceof ApiError && err.isStale) {
      blocked.current = true;
      setConflict(err.problem);
      setStatus('conflict');
    } else if (err instanceof ApiError && (err.status === 400 || err.status === 422)) {
      setProblems(err.problem.errors ?? { '': err.messages });
      setStatus('invalid');
    } else {
      const delay = retryDelays[Math.min(failures.current, retryDelays.length - 1)]!;
      failures.current += 1;
      setFailure(`${err instanceof Error ? err.message : String(err)} Retrying in ${Math.round(delay / 1000)} s.`);
      setStatus('failed');
      schedule(delay);
    }
  }

  const saveRef = useRef(save);
  saveRef.current = save;

  useEffect(() => {
    const abort = new AbortController();
    setLoad({ phase: 'loading' });
    api.persona(workspaceId, personaId, abort.signal)
      .then(({ value, etag: tag }) => {
        draft.current = value;
        etag.current = tag;
        setPersona(value);
        setLoad({ phase: 'ready' });
      })
      .catch((error: unknown) => { if (!abort.signal.aborted) setLoad({ phase: 'error', error }); });
    return () => abort.abort();
  }, [workspaceId, personaId, attempt]);

  // Leaving the page sends what is not saved yet, and the browser asks before closing a tab with unsaved edits.
  useEffect(() => {
    const beforeUnload = (e: BeforeUnloadEvent) => {
      if (editCount.current !== savedCount.current) e.preventDefault();
    };
    window.addEventListener('beforeunload', beforeUnload);
    return () => {
      window.removeEventListener('beforeunload', beforeUnload);
      window.clearTimeout(timer.current);
      if (editCount.current !== savedCount.current && !blocked.current) void saveRef.current();
    };
  }, []);

  const update = useCallback((change: (p: Persona) => Persona) => {
    if (!draft.current) return;
    draft.current = change(draft.current);
    editCount.current += 1;
    setPersona(draft.current);
    if (blocked.current) return;
    setStatus('pending');
    failures.current = 0;
    schedule(autosaveDelay);
  }, [schedule]);

  const reload = useCallback(async () => {
    window.clearTimeout(timer.current);
    const { value, etag: tag } = await api.persona(workspaceId, personaId);
    draft.current = value;
    etag.current = tag;
    savedCount.current = editCount.current;
    blocked.current = false;
    setPersona(value);
    setConflict(null);
    setProblems({});
    setStatus('saved');
  }, [workspaceId, personaId]);

  const keepMine = useCallback(() => {
    const version = conflict?.currentVersion;
    if (version === undefined) return;
    etag.current = `"${version}"`;
    blocked.current = false;
    setConflict(null);
    void save();
  }, [conflict, save]);

  const remove = useCallback(async () => {
    window.clearTimeout(timer.current);
    blocked.current = true;
    await inFlight.current;
    try {
      await api.deletePersona(workspaceId, personaId, etag.current);
      savedCount.current = editCount.current;
    } catch (err) {
      blocked.current = false;
      throw err;
    }
  }, [workspaceId, personaId]);

  return {
    load, persona, status, problems, failure, conflict, update,
    retryLoad: useCallback(() => setAttempt((n) => n + 1), []),
    saveNow: useCallback(() => { failures.current = 0; void saveRef.current(); }, []),
    reload, keepMine, remove,
  };
}

// Opens the co-editing link for the editor: connects to the hub, joins the map and hands back a live session (the
// sync engine, the connection and who is here), or says to fall back to whole-document autosave when there is no
// hub (negotiate 404), it cannot be reached in time, or the page should not co-edit.
import { useEffect, useRef, useState } from 'react';
import type { JourneyMap } from '../../api/model';
import { HubTransport, hubMissing } from './hubTransport';
import { indexedDbStore, pendingKey } from './pendingStore';
import { PresenceList } from './presenceList';
import type { Role } from './protocol';
import { SyncEngine } from './syncEngine';

export interface LiveSession {
  engine: SyncEngine;
  transport: HubTransport;
  presence: PresenceList;
  role: Role;
}

export type Collab =
  | { mode: 'connecting' }
  | { mode: 'fallback'; reason: string }
  | { mode: 'live'; session: LiveSession };

/** How long the editor waits for the hub before it edits with whole-document saves instead. */
export const connectTimeoutMs = 5000;

/** Tests and set-ups without the hub turn it off with `?collab=off` or localStorage `waymark.collab` = `off`. */
export function collabSwitchedOff(): boolean {
  try {
    return new URLSearchParams(window.location.search).get('collab') === 'off' || localStorage.getItem('waymark.collab') === 'off';
  } catch {
    return false;
  }
}

function timeout(ms: number): Promise<never> {
  return new Promise((_, reject) => { window.setTimeout(() => reject(new Error(`no answer from the hub in ${ms} ms`)), ms); });
}

export function useCollab(workspaceId: string, doc: JourneyMap, notify: (message: string) => void, enabled: boolean): Collab {
  const [collab, setCollab] = useState<Collab>(() => (enabled && !collabSwitchedOff()
    ? { mode: 'connecting' } : { mode: 'fallback', reason: 'off' }));
  const notifyRef = useRef(notify);
  useEffect(() => { notifyRef.current = notify; }, [notify]);
  const off = collab.mode === 'fallback' && collab.reason === 'off';

  useEffect(() => {
    if (off) return;
    let cancelled = false;
    const transport = new HubTransport(workspaceId, doc.id);
    const store = indexedDbStore();
    const key = pendingKey(workspaceId, doc.id);
    Promise.race([Promise.all([transport.start(), store.load(key)]), timeout(connectTimeoutMs)]).then(([join, restored]) => {
      if (cancelled) return;
      const presence = new PresenceList(() => transport.connectionId);
      const engine = new SyncEngine(join.map ?? doc, join.seq, {
        send: (ops) => transport.send(ops),
        persist: (ops) => { void store.save(key, ops); },
        notify: (message) => notifyRef.current(message),
        resync: () => transport.resync(),
      }, restored);
      const seePresence = (list: typeof join.presence) => { presence.set(list); engine.userId = presence.me?.userId; };
      transport.attach({
        applied: (ops) => engine.applied(ops),
        presence: seePresence,
        joined: (result) => engine.joined(result),
        disconnected: () => engine.disconnected(),
      }, () => engine.seq);
      seePresence(join.presence ?? []);
      engine.joined({ ...join, map: undefined, ops: undefined });
      setCollab({ mode: 'live', session: { engine, transport, presence, role: join.role } });
    }, (error: unknown) => {
      if (cancelled) return;
      void transport.stop();
      setCollab({ mode: 'fallback', reason: hubMissing(error) ? 'no hub' : error instanceof Error ? error.message : String(error) });
    });
    return () => { cancelled = true; void transport.stop(); };
  }, [workspaceId, doc, off]);

  return collab;
}

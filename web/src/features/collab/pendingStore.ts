// The operations a tab has not yet seen confirmed, kept in IndexedDB per map so that a reload (or a crash while
// offline) loses nothing: the next session sends them again and the server drops the ids it already applied.
import type { Operation } from './protocol';

const dbName = 'waymark-collab';
const storeName = 'pending';

export interface PendingStore {
  load: (mapKey: string) => Promise<Operation[]>;
  /** Replaces the map's pending list; writes happen in call order. */
  save: (mapKey: string, ops: Operation[]) => Promise<void>;
}

export const pendingKey = (workspaceId: string, mapId: string) => `${workspaceId}/${mapId}`;

function request<T>(req: IDBRequest<T>): Promise<T> {
  return new Promise((resolve, reject) => {
    req.onsuccess = () => resolve(req.result);
    req.onerror = () => reject(req.error ?? new Error('IndexedDB request failed'));
  });
}

function open(factory: IDBFactory): Promise<IDBDatabase> {
  const req = factory.open(dbName, 1);
  req.onupgradeneeded = () => { req.result.createObjectStore(storeName); };
  return request(req);
}

/** A store over IndexedDB; where there is none (some private modes), one that keeps nothing. */
export function indexedDbStore(factory: IDBFactory | undefined = globalThis.indexedDB): PendingStore {
  if (!factory) return { load: () => Promise.resolve([]), save: () => Promise.resolve() };
  let db: Promise<IDBDatabase> | undefined;
  let last: Promise<void> = Promise.resolve();
  const database = () => (db ??= open(factory));

  return {
    async load(mapKey) {
      const tx = (await database()).transaction(storeName, 'readonly');
      const value: unknown = await request(tx.objectStore(storeName).get(mapKey));
      return Array.isArray(value) ? (value as Operation[]) : [];
    },
    save(mapKey, ops) {
      const copy = structuredClone(ops);
      last = last.then(async () => {
        const tx = (await database()).transaction(storeName, 'readwrite');
        const store = tx.objectStore(storeName);
        if (copy.length > 0) await request(store.put(copy, mapKey));
        else await request(store.delete(mapKey));
      }).catch(() => undefined); // a full or blocked store must not stop editing; the ops are still in memory
      return last;
    },
  };
}

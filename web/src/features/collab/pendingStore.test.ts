import { IDBFactory } from 'fake-indexeddb';
import { describe, expect, it } from 'vitest';
import type { Operation } from './protocol';
import { indexedDbStore, pendingKey } from './pendingStore';

const op = (id: string, text: string): Operation => ({ id, baseSeq: 3, edit: { type: 'setCell', laneId: 'l', stepId: 's', cell: { text } } });

describe('indexedDbStore', () => {
  it('keeps each map’s pending ops apart and hands them to a new session (a reload)', async () => {
    const factory = new IDBFactory();
    const first = indexedDbStore(factory);
    await first.save(pendingKey('ws1', 'map_a'), [op('a1', 'x'), op('a2', '<script>alert(1)</script>')]);
    await first.save(pendingKey('ws1', 'map_b'), [op('b1', 'y')]);
    const reloaded = indexedDbStore(factory);
    expect(await reloaded.load(pendingKey('ws1', 'map_a'))).toEqual([op('a1', 'x'), op('a2', '<script>alert(1)</script>')]);
    expect(await reloaded.load(pendingKey('ws1', 'map_b'))).toEqual([op('b1', 'y')]);
    expect(await reloaded.load(pendingKey('ws2', 'map_a'))).toEqual([]);
  });

  it('writes in call order, so the last list wins, and an empty list removes the entry', async () => {
    const store = indexedDbStore(new IDBFactory());
    const key = pendingKey('ws', 'm');
    void store.save(key, [op('1', 'a')]);
    void store.save(key, [op('1', 'a'), op('2', 'b')]);
    await store.save(key, [op('2', 'b')]);
    expect(await store.load(key)).toEqual([op('2', 'b')]);
    await store.save(key, []);
    expect(await store.load(key)).toEqual([]);
  });

  it('copies what it is given: changing the list afterwards does not change what was stored', async () => {
    const store = indexedDbStore(new IDBFactory());
    const list = [op('1', 'a')];
    const saved = store.save('k', list);
    list.push(op('2', 'b'));
    await saved;
    expect(await store.load('k')).toEqual([op('1', 'a')]);
  });

  it('keeps nothing (and fails nothing) where there is no IndexedDB', async () => {
    const store = indexedDbStore(undefined);
    await store.save('k', [op('1', 'a')]);
    expect(await store.load('k')).toEqual([]);
  });
});

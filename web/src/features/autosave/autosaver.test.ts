import { describe, expect, it } from 'vitest';
import { ApiError } from '../../api/http';
import type { JourneyMap } from '../../api/model';
import { sampleMap } from '../map/state/testMaps';
import { autosaveDelayMs, Autosaver, summarize, type AutosaveDeps } from './autosaver';
import { saveWords } from './saveWords';

interface Put {
  doc: JourneyMap;
  etag: string;
  summary: string;
  resolve: (etag: string) => void;
  reject: (error: unknown) => void;
}

/** A fake clock and server: timers run when the test advances time, PUTs wait until the test answers them. */
function harness() {
  let now = 0;
  let nextId = 1;
  const timers = new Map<number, { at: number; fn: () => void }>();
  const puts: Put[] = [];
  const deps: AutosaveDeps<JourneyMap> = {
    write: (doc, etag, summary) => new Promise((resolve, reject) => {
      puts.push({ doc, etag, summary, resolve: (e) => resolve({ etag: e }), reject });
    }),
    setTimer: (fn, ms) => {
      const id = nextId++;
      timers.set(id, { at: now + ms, fn });
      return id;
    },
    clearTimer: (handle) => { timers.delete(handle as number); },
    now: () => now,
  };
  const advance = (ms: number) => {
    now += ms;
    for (const [id, t] of [...timers].sort((a, b) => a[1].at - b[1].at)) {
      if (t.at <= now && timers.has(id)) {
        timers.delete(id);
        t.fn();
      }
    }
  };
  const settle = () => new Promise<void>((r) => setTimeout(r, 0));
  return { deps, puts, advance, settle };
}

const edit = (map: JourneyMap, name: string): JourneyMap => ({ ...map, name });

describe('Autosaver', () => {
  it('saves once, 800 ms after the last of several quick edits', async () => {
    const h = harness();
    const m = new Autosaver(sampleMap(), '"1"', h.deps);
    let doc = edit(sampleMap(), 'a');
    m.edited(doc, 'Edited a cell');
    h.advance(500);
    doc = edit(doc, 'ab');
    m.edited(doc, 'Edited a cell');
    expect(m.status.state).toBe('dirty');
    h.advance(autosaveDelayMs - 1);
    expect(h.puts).toHaveLength(0);
    h.advance(1);
    expect(h.puts).toHaveLength(1);
    expect(h.puts[0]!.doc.name).toBe('ab');
    expect(h.puts[0]!.etag).toBe('"1"');
    expect(h.puts[0]!.summary).toBe('Edited a cell');
    expect(m.status.state).toBe('saving');
    h.puts[0]!.resolve('"2"');
    await h.settle();
    expect(m.status.state).toBe('saved');
    expect(m.hasUnsaved).toBe(false);
  });

  it('never sends two PUTs at once and sends an edit made in flight next, with the new ETag', async () => {
    const h = harness();
    const m = new Autosaver(sampleMap(), '"1"', h.deps);
    const first = edit(sampleMap(), 'first');
    m.edited(first, 'Renamed');
    h.advance(autosaveDelayMs);
    const second = edit(first, 'second');
    m.edited(second, 'Added step "X"');
    h.advance(autosaveDelayMs);
    expect(h.puts).toHaveLength(1);
    expect(m.status.state).toBe('saving');
    h.puts[0]!.resolve('"2"');
    await h.settle();
    expect(h.puts).toHaveLength(2);
    expect(h.puts[1]!.doc).toBe(second);
    expect(h.puts[1]!.etag).toBe('"2"');
    expect(h.puts[1]!.summary).toBe('Added step "X"');
    h.puts[1]!.resolve('"3"');
    await h.settle();
    expect(m.status.state).toBe('saved');
  });

  it('retries a failed save with growing delays and sends the newest document', async () => {
    const h = harness();
    const m = new Autosaver(sampleMap(), '"1"', h.deps);
    const a = edit(sampleMap(), 'a');
    m.edited(a, 'x');
    h.advance(autosaveDelayMs);
    h.puts[0]!.reject(new ApiError(0, { title: 'Network error' }));
    await h.settle();
    expect(m.status.state).toBe('offline');
    expect(m.status.waiting).toBe(1);
    expect(m.status.retryAt).toBe(autosaveDelayMs + 1000);
    const b = edit(a, 'b');
    m.edited(b, 'y');
    expect(m.status.state).toBe('offline');
    expect(m.status.waiting).toBe(2);
    expect(saveWords(m.status)).toBe('Offline — 2 changes waiting');
    h.advance(1000);
    expect(h.puts).toHaveLength(2);
    expect(h.puts[1]!.doc).toBe(b);
    expect(h.puts[1]!.summary).toBe('x; y');
    h.puts[1]!.reject(new ApiError(503, { title: 'Unavailable' }));
    await h.settle();
    expect(m.status.state).toBe('failed');
    expect(saveWords(m.status)).toBe('Couldn\'t save');
    h.advance(1999);
    expect(h.puts).toHaveLength(2);
    h.advance(1);
    expect(h.puts).toHaveLength(3);
    h.puts[2]!.resolve('"2"');
    await h.settle();
    expect(m.status.state).toBe('saved');
  });

  it('"Retry now" saves at once instead of waiting', async () => {
    const h = harness();
    const m = new Autosaver(sampleMap(), '"1"', h.deps);
    m.edited(edit(sampleMap(), 'a'));
    void m.flush();
    h.puts[0]!.reject(new Error('offline'));
    await h.settle();
    void m.retryNow();
    expect(h.puts).toHaveLength(2);
    expect(m.status.state).toBe('saving');
  });

  it('a stale write (412) stops autosave until the person chooses; keep mine overwrites the current version', async () => {
    const h = harness();
    const m = new Autosaver(sampleMap(), '"1"', h.deps);
    const mine = edit(sampleMap(), 'mine');
    m.edited(mine, 'Renamed');
    h.advance(autosaveDelayMs);
    h.puts[0]!.reject(new ApiError(412, { currentVersion: 4, updatedBy: 'Bo', updatedAt: '2025-01-01T10:00:00Z' }));
    await h.settle();
    expect(m.status.state).toBe('conflict');
    expect(m.status.conflict?.updatedBy).toBe('Bo');
    const more = edit(mine, 'mine 2');
    m.edited(more, 'Renamed');
    h.advance(60_000);
    expect(h.puts).toHaveLength(1);
    void m.keepMine(4);
    expect(h.puts[1]!.etag).toBe('"4"');
    expect(h.puts[1]!.doc).toBe(more);
    h.puts[1]!.resolve('"5"');
    await h.settle();
    expect(m.status.state).toBe('saved');
  });

  it('reload theirs starts again from the server document', async () => {
    const h = harness();
    const m = new Autosaver(sampleMap(), '"1"', h.deps);
    m.edited(edit(sampleMap(), 'mine'));
    void m.flush();
    h.puts[0]!.reject(new ApiError(412, { currentVersion: 2 }));
    await h.settle();
    const theirs = edit(sampleMap(), 'theirs');
    m.reset(theirs, '"2"');
    expect(m.status.state).toBe('saved');
    const next = edit(theirs, 'next');
    m.edited(next);
    h.advance(autosaveDelayMs);
    expect(h.puts[1]!.etag).toBe('"2"');
  });

  it('a refused document (400) keeps the edit and shows the messages without retrying', async () => {
    const h = harness();
    const m = new Autosaver(sampleMap(), '"1"', h.deps);
    const bad = edit(sampleMap(), '');
    m.edited(bad);
    void m.flush();
    h.puts[0]!.reject(new ApiError(400, { errors: { '$.name': ['must not be empty'] } }));
    await h.settle();
    expect(m.status.state).toBe('invalid');
    expect(m.status.messages).toEqual(['$.name: must not be empty']);
    expect(m.status.problems).toEqual({ '$.name': ['must not be empty'] });
    expect(m.status.retryAt).toBeUndefined();
    h.advance(120_000);
    expect(h.puts).toHaveLength(1);
    expect(m.hasUnsaved).toBe(true);
    m.edited(edit(bad, 'fixed'));
    h.advance(autosaveDelayMs);
    expect(h.puts).toHaveLength(2);
  });

  it('undoing back to the saved document is saved without a request', () => {
    const h = harness();
    const original = sampleMap();
    const m = new Autosaver(original, '"1"', h.deps);
    m.edited(edit(original, 'x'));
    m.edited(original);
    expect(m.status.state).toBe('saved');
    h.advance(autosaveDelayMs);
    expect(h.puts).toHaveLength(0);
  });
});

describe('Autosaver, as the persona sheet uses it', () => {
  const persona = { id: 'p1', name: 'Ana' };
  type Doc = typeof persona;
  function saver(h: ReturnType<typeof harness>) {
    const writes: { doc: Doc; etag: string }[] = [];
    const s = new Autosaver<Doc>(persona, '"1"', {
      ...h.deps,
      write: (doc, etag) => { writes.push({ doc, etag }); return Promise.resolve({ etag: '"2"' }); },
      check: (d): Record<string, string[]> => (d.name.trim() ? {} : { name: ['A persona needs a name.'] }),
      delayMs: 600,
    });
    return { s, writes };
  }

  it('waits its own delay, then writes with the ETag it read', async () => {
    const h = harness();
    const { s, writes } = saver(h);
    s.edited({ ...persona, name: 'Ana B' }, 'name');
    h.advance(599);
    expect(writes).toHaveLength(0);
    h.advance(1);
    await h.settle();
    expect(writes).toEqual([{ doc: { id: 'p1', name: 'Ana B' }, etag: '"1"' }]);
    expect(s.status.state).toBe('saved');
    expect(saveWords(s.status)).toBe('All changes saved');
  });

  it('never writes a document its own checks refuse, and writes once it is fixed', async () => {
    const h = harness();
    const { s, writes } = saver(h);
    s.edited({ ...persona, name: ' ' }, 'name');
    h.advance(600);
    expect(writes).toHaveLength(0);
    expect(s.status.state).toBe('invalid');
    expect(s.status.problems).toEqual({ name: ['A persona needs a name.'] });
    s.edited({ ...persona, name: 'Bo' }, 'name');
    expect(saveWords(s.status)).toBe('Saving…');
    h.advance(600);
    await h.settle();
    expect(writes).toHaveLength(1);
    expect(s.status.state).toBe('saved');
  });

  it('halted before a delete, it writes nothing more; discarded, nothing is left unsaved', async () => {
    const h = harness();
    const { s, writes } = saver(h);
    s.edited({ ...persona, name: 'Cy' }, 'name');
    await s.halt();
    h.advance(10_000);
    expect(writes).toHaveLength(0);
    expect(s.hasUnsaved).toBe(true);
    s.discard();
    expect(s.hasUnsaved).toBe(false);
  });
});

describe('summarize', () => {
  it('lists distinct edits and stays short', () => {
    expect(summarize([])).toBe('Saved');
    expect(summarize(['a', 'b', 'a'])).toBe('a; b');
    expect(summarize(['1', '2', '3', '4', '5', '6', '7'])).toBe('3; 4; 5; 6; 7 and 2 more');
    expect(summarize(['x'.repeat(900)])).toHaveLength(500);
  });
});

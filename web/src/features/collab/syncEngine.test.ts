import { describe, expect, it, vi } from 'vitest';
import type { JourneyMap } from '../../api/model';
import { applyEdit, type Edit } from '../map/state/edits';
import { sampleMap } from '../map/state/testMaps';
import type { AppliedOp, Operation, SendResult } from './protocol';
import { SyncEngine, gapWaitMs, maxOpsPerSend } from './syncEngine';

/** An engine wired to a fake server call that the test answers by hand. */
function harness(restored: Operation[] = []) {
  const calls: { ops: Operation[]; resolve: (r: SendResult[]) => void; reject: (e: Error) => void }[] = [];
  const notices: string[] = [];
  const persisted: Operation[][] = [];
  let n = 0;
  const engine = new SyncEngine(sampleMap(), 10, {
    send: (ops) => new Promise((resolve, reject) => calls.push({ ops, resolve, reject })),
    persist: (ops) => persisted.push(ops),
    notify: (m) => notices.push(m),
    newId: () => `op${++n}`,
  }, restored);
  engine.userId = 'usr_me';
  return { engine, calls, notices, persisted };
}

const tick = () => new Promise((r) => setTimeout(r, 0));
const cell = (map: JourneyMap, lane: string, step: string) => map.lanes?.find((l) => l.id === lane)?.cells?.[step]?.text;
const setText = (lane: string, step: string, text: string): Edit => ({ type: 'setCell', laneId: lane, stepId: step, cell: { text } });
const record = (seq: number, id: string, edit: Edit, author = 'usr_sam', extra: Partial<AppliedOp> = {}): AppliedOp =>
  ({ seq, id, authorId: author, authorName: author === 'usr_me' ? 'Me' : 'Sam', at: '2026-12-06T08:00:00Z', edit, ...extra });
const online = (engine: SyncEngine) => engine.joined({ seq: engine.seq, presence: [], role: 'editor' });

describe('SyncEngine', () => {
  it('shows an edit at once, sends it with the seq it was made on, and drops it when its own record comes back', async () => {
    const { engine, calls } = harness();
    online(engine);
    engine.edit(setText('lan_t', 'stp_1', 'mine'));
    expect(cell(engine.view, 'lan_t', 'stp_1')).toBe('mine');
    expect(engine.status).toMatchObject({ state: 'saving', waiting: 1 });
    await tick();
    expect(calls[0]!.ops).toEqual([{ id: 'op1', baseSeq: 10, edit: setText('lan_t', 'stp_1', 'mine') }]);
    calls[0]!.resolve([{ id: 'op1', status: 'applied', seq: 11 }]);
    await tick();
    expect(engine.status.waiting).toBe(1); // acknowledged, but not yet in the confirmed map
    engine.applied([record(11, 'op1', setText('lan_t', 'stp_1', 'mine'), 'usr_me')]);
    expect(engine.status).toMatchObject({ state: 'saved', waiting: 0 });
    expect(cell(engine.confirmed, 'lan_t', 'stp_1')).toBe('mine');
  });

  it("re-bases pending ops on a colleague's applied op: both edits show", () => {
    const { engine } = harness();
    engine.edit(setText('lan_t', 'stp_1', 'mine'));
    engine.applied([record(11, 'x1', setText('lan_t', 'stp_3', 'theirs'))]);
    expect(cell(engine.view, 'lan_t', 'stp_1')).toBe('mine');
    expect(cell(engine.view, 'lan_t', 'stp_3')).toBe('theirs');
    expect(cell(engine.confirmed, 'lan_t', 'stp_1')).toBe('hm');
    expect(engine.seq).toBe(11);
  });

  it('ignores applied records it already has (a broadcast that raced the join)', () => {
    const { engine } = harness();
    engine.applied([record(9, 'old', setText('lan_t', 'stp_1', 'stale'))]);
    engine.applied([record(11, 'x1', setText('lan_t', 'stp_3', 'a')), record(11, 'x1', setText('lan_t', 'stp_3', 'a'))]);
    expect(cell(engine.view, 'lan_t', 'stp_1')).toBe('hm');
    expect(engine.seq).toBe(11);
  });

  it('holds a record that arrives before the one in front of it (two servers) and applies both in seq order', () => {
    const { engine } = harness();
    engine.applied([record(12, 'x2', setText('lan_t', 'stp_3', 'second'))]);
    expect(engine.seq).toBe(10);
    expect(cell(engine.view, 'lan_t', 'stp_3')).not.toBe('second');
    engine.applied([record(11, 'x1', setText('lan_t', 'stp_3', 'first'))]);
    expect(engine.seq).toBe(12);
    expect(cell(engine.confirmed, 'lan_t', 'stp_3')).toBe('second');
  });

  it('asks the hub for the missing records when a gap does not fill', () => {
    vi.useFakeTimers();
    try {
      let resyncs = 0;
      const engine = new SyncEngine(sampleMap(), 10, {
        send: () => Promise.resolve([]), persist: () => undefined, notify: () => undefined, resync: () => { resyncs++; },
      });
      engine.applied([record(13, 'x3', setText('lan_t', 'stp_3', 'third'))]);
      vi.advanceTimersByTime(gapWaitMs - 1);
      expect(resyncs).toBe(0);
      vi.advanceTimersByTime(1);
      expect(resyncs).toBe(1);
      engine.joined({ seq: 10, presence: [], role: 'editor', ops: [
        record(11, 'x1', setText('lan_t', 'stp_1', 'one')), record(12, 'x2', setText('lan_t', 'stp_3', 'two'))] });
      expect(engine.seq).toBe(13);
      expect(cell(engine.confirmed, 'lan_t', 'stp_3')).toBe('third');
      vi.advanceTimersByTime(gapWaitMs * 2);
      expect(resyncs).toBe(1);
    } finally {
      vi.useRealTimers();
    }
  });

  it('drops a rejected op, shows why in words, and forgets its undo step', async () => {
    const { engine, calls, notices } = harness();
    online(engine);
    engine.edit({ type: 'updateStep', stepId: 'stp_3', patch: { name: 'Checks out' } });
    await tick();
    calls[0]!.resolve([{ id: 'op1', status: 'rejected', reason: 'deleted', message: 'Sam deleted this step' }]);
    await tick();
    expect(engine.view).toEqual(sampleMap());
    expect(engine.canUndo).toBe(false);
    expect(notices).toEqual(['Your change to step “Checks out” was not saved: Sam deleted this step.']);
  });

  it('names who deleted the thing a rejected op named', async () => {
    const { engine, calls, notices } = harness();
    online(engine);
    engine.edit(setText('lan_t', 'stp_3', 'late'));
    await tick();
    calls[0]!.resolve([{ id: 'op1', status: 'rejected', reason: 'deleted', by: 'Sam', message: 'step stp_3 was deleted' }]);
    await tick();
    expect(notices).toEqual(['Your change to lane “Thinks” at step “Pays” was not saved: Sam deleted it.']);
  });

  it('says who replaced my text when a colleague overwrote it', () => {
    const { engine, notices } = harness();
    engine.applied([record(11, 'x1', setText('lan_t', 'stp_1', 'theirs'), 'usr_sam', { replaced: { authorId: 'usr_me', authorName: 'Me', seq: 10 } })]);
    engine.applied([record(12, 'x2', setText('lan_t', 'stp_3', 'x'), 'usr_sam', { replaced: { authorId: 'usr_kim', authorName: 'Kim', seq: 10 } })]);
    expect(notices).toEqual(['Sam replaced your text in lane “Thinks” at step “Searches”']);
  });

  it('queues while offline, persists the queue, and resends it on join; duplicates count as done', async () => {
    const { engine, calls, persisted } = harness();
    engine.edit(setText('lan_t', 'stp_1', 'a'));
    engine.edit(setText('lan_t', 'stp_3', 'b'));
    await tick();
    expect(calls).toHaveLength(0);
    expect(engine.status).toMatchObject({ state: 'offline', waiting: 2 });
    expect(persisted.at(-1)!.map((o) => o.id)).toEqual(['op1', 'op2']);
    // Back: the join brings a colleague's op; ours are sent again (the server may have applied op1 before we fell off).
    engine.joined({ seq: 11, ops: [record(11, 'x1', setText('lan_p', 'stp_1', 'c'))], presence: [], role: 'editor' });
    await tick();
    expect(calls[0]!.ops.map((o) => [o.id, o.baseSeq])).toEqual([['op1', 10], ['op2', 10]]);
    calls[0]!.resolve([{ id: 'op1', status: 'duplicate', seq: 11 }, { id: 'op2', status: 'applied', seq: 12 }]);
    await tick();
    expect(engine.pendingOps.map((o) => o.id)).toEqual(['op2']);
    expect(cell(engine.view, 'lan_p', 'stp_1')).toBe('c');
  });

  it('restores pending ops from a previous session and sends them when joined', async () => {
    const restored = [{ id: 'old1', baseSeq: 7, edit: setText('lan_t', 'stp_2', 'typed offline') }];
    const { engine, calls } = harness(restored);
    expect(cell(engine.view, 'lan_t', 'stp_2')).toBe('typed offline');
    online(engine);
    await tick();
    expect(calls[0]!.ops).toEqual(restored);
  });

  it('a whole map from the join replaces confirmed; acknowledged ops at or below its seq are dropped', async () => {
    const { engine, calls } = harness();
    online(engine);
    engine.edit(setText('lan_t', 'stp_1', 'a'));
    await tick();
    calls[0]!.resolve([{ id: 'op1', status: 'applied', seq: 11 }]);
    await tick();
    engine.disconnected();
    const map = applyEdit(sampleMap(), setText('lan_t', 'stp_1', 'a'));
    engine.joined({ seq: 15, map, presence: [], role: 'editor' });
    expect(engine.pendingOps).toEqual([]);
    expect(engine.seq).toBe(15);
  });

  it('a refused call is shown with Retry; a dropped connection is just offline', async () => {
    const { engine, calls } = harness();
    online(engine);
    engine.edit(setText('lan_t', 'stp_1', 'a'));
    await tick();
    calls[0]!.reject(new Error('forbidden'));
    await tick();
    expect(engine.status).toMatchObject({ state: 'failed', error: 'forbidden', waiting: 1 });
    engine.retry();
    await tick();
    expect(calls).toHaveLength(2);
    engine.disconnected();
    calls[1]!.reject(new Error('connection closed'));
    await tick();
    expect(engine.status).toMatchObject({ state: 'offline', waiting: 1 });
  });

  it(`sends at most ${maxOpsPerSend} ops per call and the rest after`, async () => {
    const { engine, calls } = harness();
    online(engine);
    for (let i = 0; i < maxOpsPerSend + 5; i++) engine.edit(setText('lan_t', 'stp_1', `v${i}`));
    await tick();
    expect(calls).toHaveLength(1);
    expect(calls[0]!.ops).toHaveLength(maxOpsPerSend);
    calls[0]!.resolve(calls[0]!.ops.map((o, i) => ({ id: o.id, status: 'applied', seq: 11 + i })));
    await tick();
    expect(calls[1]!.ops).toHaveLength(5);
  });
});

describe('SyncEngine undo', () => {
  it("undoes only my edit, as a new op, leaving a colleague's edit", async () => {
    const { engine, calls } = harness();
    online(engine);
    engine.edit(setText('lan_t', 'stp_1', 'mine'));
    engine.applied([record(11, 'x1', setText('lan_t', 'stp_3', 'theirs'))]);
    engine.undo();
    expect(cell(engine.view, 'lan_t', 'stp_1')).toBe('hm');
    expect(cell(engine.view, 'lan_t', 'stp_3')).toBe('theirs');
    await tick();
    calls[0]!.resolve([{ id: 'op1', status: 'applied', seq: 12 }]);
    await tick();
    expect(calls[1]!.ops).toEqual([{ id: 'op2', baseSeq: 11, edit: { type: 'setCell', laneId: 'lan_t', stepId: 'stp_1', cell: { text: 'hm' } } }]);
    expect(engine.canRedo).toBe(true);
  });

  it('one gesture (same coalesce key) is one undo step back to before it', () => {
    const { engine } = harness();
    for (const t of ['a', 'ab', 'abc']) engine.edit(setText('lan_t', 'stp_2', t), 'type:lan_t:stp_2');
    engine.seal();
    engine.edit(setText('lan_t', 'stp_2', 'abcd'), 'type:lan_t:stp_2');
    engine.undo();
    expect(cell(engine.view, 'lan_t', 'stp_2')).toBe('abc');
    engine.undo();
    expect(cell(engine.view, 'lan_t', 'stp_2')).toBeUndefined();
    expect(engine.canUndo).toBe(false);
  });

  it('redo puts my edit back; a new edit clears redo', () => {
    const { engine } = harness();
    engine.edit({ type: 'deleteStep', stepId: 'stp_1' });
    engine.undo();
    expect(engine.view).toEqual(sampleMap());
    engine.redo();
    expect(engine.view.stages![0]!.steps!.map((s) => s.id)).toEqual(['stp_2']);
    engine.undo();
    engine.edit(setText('lan_t', 'stp_3', 'new'));
    expect(engine.canRedo).toBe(false);
  });

  it("does not undo my added stage once a colleague has put a step in it, and says why", () => {
    const { engine, notices } = harness();
    const addStage: Edit = { type: 'addStage', stage: { id: 'stg_new', name: 'Renew', steps: [] }, index: 2 };
    engine.edit(addStage);
    engine.applied([record(11, 'op1', addStage, 'usr_me'),
      record(12, 'x1', { type: 'addStep', stageId: 'stg_new', step: { id: 'stp_sam', name: 'Call us' }, index: 0 })]);
    engine.undo();
    expect(engine.view.stages!.find((s) => s.id === 'stg_new')!.steps!.map((s) => s.id)).toEqual(['stp_sam']);
    expect(engine.pendingOps).toEqual([]);
    expect(notices).toEqual(['Not undone: someone else has changed the stage “Renew” since, and it would remove their work too.']);
    expect(engine.canUndo).toBe(false);
  });

  it('undoes my added step after my own text in it (my later edits undo first)', () => {
    const { engine, notices } = harness();
    engine.edit({ type: 'addStep', stageId: 'stg_a', step: { id: 'stp_new', name: 'Compare' }, index: 0 });
    engine.edit(setText('lan_t', 'stp_new', 'mine'));
    engine.undo();
    engine.undo();
    expect(engine.view).toEqual(sampleMap());
    expect(notices).toEqual([]);
  });

  it("does not undo my added step once a colleague has typed in its cells", () => {
    const { engine, notices } = harness();
    const addStep: Edit = { type: 'addStep', stageId: 'stg_a', step: { id: 'stp_new', name: 'Compare' }, index: 0 };
    engine.edit(addStep);
    engine.applied([record(11, 'op1', addStep, 'usr_me'), record(12, 'x1', setText('lan_t', 'stp_new', 'theirs'))]);
    engine.undo();
    expect(cell(engine.view, 'lan_t', 'stp_new')).toBe('theirs');
    expect(notices).toEqual(['Not undone: someone else has changed the step “Compare” since, and it would remove their work too.']);
  });

  it('undoes removing a persona with an addPersona restore', () => {
    const { engine } = harness();
    engine.edit({ type: 'removePersona', personaId: 'per_bo' });
    engine.undo();
    const sent = engine.pendingOps.slice(1).map((o) => o.edit);
    expect(sent[0]).toMatchObject({ type: 'addPersona', restore: true, persona: { id: 'per_bo' } });
    expect(engine.view).toEqual(sampleMap());
  });

  it('a restore carries restoredFrom on its envelope, and undoing it is a plain replaceDocument of the map before', async () => {
    const { engine, calls } = harness();
    online(engine);
    const older = applyEdit(sampleMap(), setText('lan_t', 'stp_1', 'as it was'));
    engine.edit({ type: 'replaceDocument', map: older }, undefined, 4);
    expect(cell(engine.view, 'lan_t', 'stp_1')).toBe('as it was');
    await tick();
    expect(calls[0]!.ops).toEqual([{ id: 'op1', baseSeq: 10, edit: { type: 'replaceDocument', map: older }, restoredFrom: 4 }]);
    expect(engine.pendingOps[0]!.restoredFrom).toBe(4);
    engine.undo();
    expect(engine.view).toEqual(sampleMap());
    expect(engine.pendingOps[1]).toEqual({ id: 'op2', baseSeq: 10, edit: { type: 'replaceDocument', map: sampleMap() } });
  });
});

// The co-editing client's state: the map as the server confirmed it (at seq) plus this tab's pending operations;
// what the editor shows is the confirmed map with the pending ops applied again. It knows nothing of SignalR or
// React: the transport feeds it join results, applied records and send results, and the tests do the same.
import type { JourneyMap } from '../../api/model';
import { applyEdit, type Edit } from '../map/state/edits';
import { foldInverse, inverseOf } from './inverse';
import { placeOf, rejectionWords } from './words';
import { brokenGuard, guardsFor, skippedWords, type UndoGuard } from './undoGuard';
import type { AppliedOp, JoinResult, Operation, SendResult } from './protocol';
import { newOpId, toWire } from './protocol';

export type SyncState = 'saved' | 'saving' | 'offline' | 'failed';

export interface SyncStatus {
  state: SyncState;
  /** Operations not yet confirmed by the server. */
  waiting: number;
  error?: string;
}

/** What the editor renders from the engine; a new object whenever any of it changed. */
export interface SyncSnapshot {
  view: JourneyMap;
  /** The last seq the server confirmed. */
  seq: number;
  status: SyncStatus;
  canUndo: boolean;
  canRedo: boolean;
}

export interface SyncDeps {
  /** Sends operations; rejects when the connection is down or the server refused the call. */
  send: (ops: Operation[]) => Promise<SendResult[]>;
  /** Keeps the pending operations where a reload finds them (IndexedDB). */
  persist: (ops: Operation[]) => void;
  notify: (message: string) => void;
  newId?: () => string;
  /** Asks the hub for what this tab has missed (Join from its seq): a gap in the records did not fill by itself. */
  resync?: () => void;
}

/** How long a record ahead of a gap waits for the records before it (two servers publish in their own time). */
export const gapWaitMs = 2000;

interface UndoStep {
  inverse: Edit[];
  /** The ops this step stands for: one rejected, the step is dropped. */
  opIds: string[];
  key?: string;
  /** What its deletes would remove, as this person left it: changed by someone else since, the step is skipped. */
  guards: UndoGuard[];
}

interface Pending extends Operation {
  /** The server's seq once it answered applied/duplicate; dropped when confirmed reaches it. */
  ackSeq?: number;
}

export const maxOpsPerSend = 200;

/** What goes over the wire of a pending op: the envelope without this tab's bookkeeping. */
function wireOf({ id, baseSeq, edit, restoredFrom }: Pending): Operation {
  return restoredFrom === undefined ? { id, baseSeq, edit } : { id, baseSeq, edit, restoredFrom };
}
const undoLimit = 200;

export class SyncEngine {
  private confirmedMap: JourneyMap;
  private seqValue: number;
  private pending: Pending[] = [];
  private currentView: JourneyMap;
  private undoStack: UndoStep[] = [];
  private redoStack: UndoStep[] = [];
  private openKey: string | undefined;
  private online = false;
  private sending = false;
  private error: string | undefined;
  private statusValue: SyncStatus = { state: 'offline', waiting: 0 };
  private snapshotValue: SyncSnapshot;
  private userIdValue: string | undefined;
  private readonly listeners = new Set<() => void>();
  /** Records that arrived before the ones in front of them (seq order across two servers is not arrival order). */
  private readonly ahead = new Map<number, AppliedOp>();
  private gapTimer: ReturnType<typeof setTimeout> | undefined;

  constructor(map: JourneyMap, seq: number, private readonly deps: SyncDeps, restored: Operation[] = []) {
    this.confirmedMap = map;
    this.seqValue = seq;
    this.pending = restored.map((op) => ({ ...op }));
    this.currentView = this.replay();
    this.statusValue = this.computeStatus();
    this.snapshotValue = this.computeSnapshot();
  }

  get view(): JourneyMap { return this.currentView; }
  get confirmed(): JourneyMap { return this.confirmedMap; }
  get seq(): number { return this.seqValue; }
  get status(): SyncStatus { return this.statusValue; }
  get snapshot(): SyncSnapshot { return this.snapshotValue; }
  get pendingOps(): Operation[] { return this.pending.map(wireOf); }
  get canUndo(): boolean { return this.undoStack.length > 0; }
  get canRedo(): boolean { return this.redoStack.length > 0; }

  /** Who this tab edits as (from its own presence entry): "replaced your text" notices compare with it. */
  set userId(id: string | undefined) { this.userIdValue = id; }

  subscribe(listener: () => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  /**
   * An edit made here: shown at once, queued, sent; its inverse goes on this person's undo stack. A restore from the
   * map's history names the seq it puts back (`restoredFrom`, on the operation's envelope).
   */
  edit(edit: Edit, coalesceKey?: string, restoredFrom?: number): void {
    const inverse = inverseOf(this.currentView, edit);
    if (inverse.length === 0) return;
    const id = this.submit(edit, restoredFrom);
    const top = this.undoStack[this.undoStack.length - 1];
    const folded = coalesceKey !== undefined && coalesceKey === this.openKey && top ? foldInverse(top.inverse, inverse) : undefined;
    if (folded && top) {
      top.inverse = folded;
      top.opIds.push(id);
      top.guards = guardsFor(this.currentView, folded);
    } else {
      this.undoStack.push({ inverse, opIds: [id], key: coalesceKey, guards: guardsFor(this.currentView, inverse) });
      if (this.undoStack.length > undoLimit) this.undoStack.shift();
    }
    this.openKey = coalesceKey;
    this.redoStack = [];
    this.changed();
  }

  /** Ends the open gesture: the next edit starts a new undo step. */
  seal(): void { this.openKey = undefined; }

  /** Sends the inverse of this person's newest step as new operations; a colleague's edits are left alone. */
  undo(): void { this.replayStep(this.undoStack, this.redoStack, false); }
  redo(): void { this.replayStep(this.redoStack, this.undoStack, true); }

  private replayStep(from: UndoStep[], to: UndoStep[], redo: boolean): void {
    this.openKey = undefined;
    const step = from.pop();
    if (!step) return;
    // A colleague's work in what this step would delete stays: the step is skipped, and the person is told why.
    const broken = brokenGuard(this.currentView, step.guards);
    if (broken) {
      this.deps.notify(skippedWords(this.currentView, broken, redo));
      this.changed();
      return;
    }
    const back: Edit[][] = [];
    const ids: string[] = [];
    for (const edit of step.inverse) {
      back.unshift(inverseOf(this.currentView, edit));
      ids.push(this.submit(edit));
    }
    const inverse = back.flat();
    if (inverse.length > 0) to.push({ inverse, opIds: ids, guards: guardsFor(this.currentView, inverse) });
    this.changed();
  }

  private submit(edit: Edit, restoredFrom?: number): string {
    const id = (this.deps.newId ?? newOpId)();
    this.pending.push({ id, baseSeq: this.seqValue, edit: toWire(edit), ...(restoredFrom === undefined ? {} : { restoredFrom }) });
    this.currentView = applyEdit(this.currentView, edit);
    this.deps.persist(this.pendingOps);
    queueMicrotask(() => this.flush());
    return id;
  }

  /** The hub answered Join (first or after a reconnect): a whole map, or the ops missed since our seq. */
  joined(result: JoinResult): void {
    if (result.map) {
      this.confirmedMap = result.map;
      this.seqValue = result.seq;
      this.dropConfirmed();
    }
    this.applyRecords(result.ops ?? []);
    this.online = true;
    this.error = undefined;
    this.pending.forEach((p) => { p.ackSeq = undefined; }); // resent: the server dedupes by id
    this.rebase();
    this.flush();
  }

  /** Applied records from the hub (everyone's, ours included), in seq order. */
  applied(records: AppliedOp[]): void {
    this.applyRecords(records);
    this.rebase();
  }

  /** The connection went down (or the browser went offline): edits queue until joined() again. */
  disconnected(): void {
    this.online = false;
    this.sending = false;
    this.changed();
  }

  private applyRecords(records: AppliedOp[]): void {
    // Records at or below our seq are had already (the group's broadcast raced the join); the rest apply in seq
    // order, each only once the one before it is in.
    for (const record of records) if (record.seq > this.seqValue) this.ahead.set(record.seq, record);
    for (const seq of [...this.ahead.keys()]) if (seq <= this.seqValue) this.ahead.delete(seq);
    for (let record = this.ahead.get(this.seqValue + 1); record; record = this.ahead.get(this.seqValue + 1)) {
      this.ahead.delete(record.seq);
      this.confirmedMap = applyEdit(this.confirmedMap, record.edit);
      this.seqValue = record.seq;
      const mine = this.pending.findIndex((p) => p.id === record.id);
      if (mine >= 0) this.pending.splice(mine, 1);
      else if (record.replaced && this.userIdValue && record.replaced.authorId === this.userIdValue) {
        this.deps.notify(`${record.authorName} replaced your text in ${placeOf(this.confirmedMap, record.edit)}`);
      }
    }
    this.watchGap();
    this.dropConfirmed();
  }

  /** A gap that does not fill within gapWaitMs (a record lost with a connection) is fetched by a Join from our seq. */
  private watchGap(): void {
    if (this.ahead.size === 0) {
      clearTimeout(this.gapTimer);
      this.gapTimer = undefined;
      return;
    }
    this.gapTimer ??= setTimeout(() => {
      this.gapTimer = undefined;
      if (this.ahead.size > 0) this.deps.resync?.();
    }, gapWaitMs);
  }

  /** Pending ops the server acknowledged at or below our seq are in the confirmed map already. */
  private dropConfirmed(): void {
    this.pending = this.pending.filter((p) => p.ackSeq === undefined || p.ackSeq > this.seqValue);
  }

  private rebase(): void {
    this.currentView = this.replay();
    this.deps.persist(this.pendingOps);
    this.changed();
  }

  private replay(): JourneyMap {
    return this.pending.reduce((map, op) => applyEdit(map, op.edit), this.confirmedMap);
  }

  /** Sends what is pending and not yet answered, one call at a time, at most 200 ops a call. */
  flush(): void {
    if (!this.online || this.sending) return;
    const batch = this.pending.filter((p) => p.ackSeq === undefined).slice(0, maxOpsPerSend);
    if (batch.length === 0) { this.changed(); return; }
    this.sending = true;
    this.changed();
    this.deps.send(batch.map(wireOf)).then(
      (results) => { this.sending = false; this.error = undefined; this.answered(results); this.flush(); },
      (error: unknown) => {
        this.sending = false;
        // A dropped connection is not a failure: the ops wait for the reconnect. A refusal is shown with Retry.
        if (this.online) this.error = error instanceof Error ? error.message : String(error);
        this.changed();
      },
    );
  }

  /** Tries the refused call again (the status's Retry). */
  retry(): void {
    this.error = undefined;
    this.flush();
  }

  private answered(results: SendResult[]): void {
    let rejected = false;
    for (const result of results) {
      const op = this.pending.find((p) => p.id === result.id);
      if (!op) continue;
      if (result.status === 'rejected') {
        rejected = true;
        this.pending = this.pending.filter((p) => p !== op);
        this.undoStack = this.undoStack.filter((s) => !s.opIds.includes(op.id));
        this.redoStack = this.redoStack.filter((s) => !s.opIds.includes(op.id));
        this.deps.notify(rejectionWords(this.currentView, op.edit, result));
      } else {
        op.ackSeq = result.seq ?? this.seqValue;
      }
    }
    this.dropConfirmed();
    if (rejected) this.rebase();
    else { this.deps.persist(this.pendingOps); this.changed(); }
  }

  private computeStatus(): SyncStatus {
    const waiting = this.pending.length;
    if (!this.online) return { state: 'offline', waiting };
    if (this.error) return { state: 'failed', waiting, error: this.error };
    return { state: waiting > 0 ? 'saving' : 'saved', waiting };
  }

  private computeSnapshot(): SyncSnapshot {
    return { view: this.currentView, seq: this.seqValue, status: this.statusValue, canUndo: this.canUndo, canRedo: this.canRedo };
  }

  private changed(): void {
    const next = this.computeStatus();
    const s = this.statusValue;
    if (s.state !== next.state || s.waiting !== next.waiting || s.error !== next.error) this.statusValue = next;
    const snap = this.snapshotValue;
    if (snap.view !== this.currentView || snap.seq !== this.seqValue || snap.status !== this.statusValue || snap.canUndo !== this.canUndo || snap.canRedo !== this.canRedo) {
      this.snapshotValue = this.computeSnapshot();
    }
    for (const listener of this.listeners) listener();
  }
}

// The one autosave of the app (the map editor and the persona sheet): a small state machine that writes a document
// shortly after the last edit, one write at a time, guarded by its ETag; the newest document always wins and nothing
// is dropped. Edits made while a write runs go in the next one; a failed write is tried again with backoff (at once
// when the browser is back online); a stale write (412) or a refused document (400) waits for the person. It knows
// nothing about React or fetch: the page gives it a `write` and a clock, and the tests give it fakes.
import { ApiError, type Problem } from '../../api/http';

/** dirty: an edit waits for the debounce; offline: the server cannot be reached and edits wait in this tab. */
export type SaveState = 'saved' | 'dirty' | 'saving' | 'offline' | 'failed' | 'invalid' | 'conflict';

export interface SaveStatus {
  state: SaveState;
  /** How many changes are not on the server yet (distinct edits, as their summaries name them). */
  waiting: number;
  /** When a failed write is tried again (ms since epoch). */
  retryAt?: number;
  /** Why the document was refused, keyed by JSON path (the page's own checks first, else the server's 400). */
  problems?: Record<string, string[]>;
  /** The same reasons as sentences, for a short list. */
  messages?: string[];
  /** Why the last write failed, in words. */
  error?: string;
  /** Who saved in between (412), for the conflict dialog or banner. */
  conflict?: Problem;
  /** Co-editing (features/collab): the last operation seq the server confirmed; absent for whole-document saves. */
  seq?: number;
}

export interface AutosaveDeps<T> {
  /** Writes the document with If-Match: etag; resolves to the new ETag. `keepalive`: the page is being left. */
  write: (doc: T, etag: string, summary: string, keepalive: boolean) => Promise<{ etag: string }>;
  /** The page's own checks before a write; problems keyed by JSON path (none: write). */
  check?: (doc: T) => Record<string, string[]>;
  setTimer: (fn: () => void, ms: number) => unknown;
  clearTimer: (handle: unknown) => void;
  now: () => number;
  /** Debounce after the last edit (ms). */
  delayMs?: number;
}

export const autosaveDelayMs = 800;
const firstRetryMs = 1000;
const maxRetryMs = 60_000;
const summaryLimit = 500;

export class Autosaver<T> {
  private tag: string;
  private saved: T;
  private latest: T;
  private summaries: string[] = [];
  private running: Promise<void> | null = null;
  private debounce: unknown = null;
  private retry: unknown = null;
  private attempts = 0;
  private halted = false;
  private current: SaveStatus = { state: 'saved', waiting: 0 };
  private readonly listeners = new Set<(status: SaveStatus) => void>();

  constructor(doc: T, etag: string, private readonly deps: AutosaveDeps<T>) {
    this.tag = etag;
    this.saved = doc;
    this.latest = doc;
  }

  get status(): SaveStatus { return this.current; }
  get etag(): string { return this.tag; }
  /** The newest document (what the person sees). */
  get document(): T { return this.latest; }
  /** The document as this tab last knew it on the server (what a conflicting save is compared with). */
  get savedDocument(): T { return this.saved; }
  /** True while something the person did is not yet on the server. */
  get hasUnsaved(): boolean { return this.latest !== this.saved; }

  subscribe(listener: (status: SaveStatus) => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  /** The document changed (an edit, undo or redo); written shortly after the last change. */
  edited(doc: T, summary?: string): void {
    if (doc === this.latest) return;
    this.latest = doc;
    if (summary && this.summaries[this.summaries.length - 1] !== summary) this.summaries.push(summary);
    this.clearDebounce();
    if (this.halted || this.current.state === 'conflict') return; // waits for the person to choose
    if (!this.hasUnsaved && !this.running) {
      this.clearRetry();
      this.summaries = [];
      this.set({ state: 'saved' });
      return;
    }
    if (this.retry !== null && (this.current.state === 'failed' || this.current.state === 'offline')) {
      this.set({ ...this.current }); // the scheduled retry sends the newest; the count of waiting changes grows
      return;
    }
    this.debounce = this.deps.setTimer(() => {
      this.debounce = null;
      void this.start(false);
    }, this.deps.delayMs ?? autosaveDelayMs);
    if (!this.running) this.set({ state: 'dirty' });
  }

  /** Writes now (a shortcut, the page lost focus or is being left); resolves when that write has ended. */
  flush(keepalive = false): Promise<void> {
    if (this.current.state === 'conflict') return Promise.resolve();
    this.clearDebounce();
    return this.start(keepalive);
  }

  /** "Retry" (or back online): try again now, the backoff starts over. */
  retryNow(): Promise<void> {
    this.clearRetry();
    this.attempts = 0;
    return this.flush();
  }

  /** "Keep mine" after a conflict: overwrite the server's version with ours. */
  keepMine(currentVersion: number): Promise<void> {
    this.tag = `"${currentVersion}"`;
    this.attempts = 0;
    this.halted = false;
    this.set({ state: 'dirty' });
    return this.start(false);
  }

  /** "Reload theirs" (or any reload): the server's document and ETag become the starting point again. */
  reset(doc: T, etag: string): void {
    this.clearDebounce();
    this.clearRetry();
    this.tag = etag;
    this.saved = doc;
    this.latest = doc;
    this.summaries = [];
    this.attempts = 0;
    this.halted = false;
    this.set({ state: 'saved' });
  }

  /** Stops writing (before a delete) and waits for a running write to end. */
  async halt(): Promise<void> {
    this.clearDebounce();
    this.clearRetry();
    this.halted = true;
    await this.running;
  }

  resume(): void { this.halted = false; }

  /** The document was deleted: nothing is left to write. */
  discard(): void { this.saved = this.latest; }

  dispose(): void {
    this.clearDebounce();
    this.clearRetry();
    this.listeners.clear();
  }

  private start(keepalive: boolean): Promise<void> {
    if (this.running) return this.running; // the running write sends the newest document when it ends
    if (this.halted || !this.hasUnsaved) return Promise.resolve();
    this.clearRetry();
    const doc = this.latest;
    const local = this.deps.check?.(doc) ?? {};
    if (Object.keys(local).length > 0) {
      this.set({ state: 'invalid', problems: local, messages: Object.values(local).flat(), error: undefined });
      return Promise.resolve();
    }
    const sent = this.summaries.length;
    this.set({ state: 'saving' });
    const running = this.deps.write(doc, this.tag, summarize(this.summaries), keepalive).then(
      (answer) => this.succeeded(doc, answer.etag, sent),
      (error: unknown) => this.failed(error),
    );
    this.running = running;
    return running;
  }

  private succeeded(doc: T, etag: string, sent: number): void {
    this.running = null;
    this.tag = etag;
    this.saved = doc;
    this.attempts = 0;
    this.summaries = this.summaries.slice(sent);
    if (!this.hasUnsaved) this.set({ state: 'saved' });
    else if (this.debounce === null) void this.start(false); // edits made while saving go out next
    else this.set({ state: 'dirty' });
  }

  private failed(error: unknown): void {
    this.running = null;
    const message = error instanceof Error ? error.message : String(error);
    if (error instanceof ApiError && error.isStale) {
      this.clearDebounce();
      this.set({ state: 'conflict', conflict: error.problem, error: message });
      return;
    }
    if (error instanceof ApiError && (error.status === 400 || error.status === 413 || error.status === 422)) {
      // The same document would fail the same way: wait for the next edit or "Retry".
      this.set({ state: 'invalid', problems: error.problem.errors ?? { '': error.messages }, messages: error.messages, error: message });
      return;
    }
    this.clearDebounce();
    const delay = Math.min(maxRetryMs, firstRetryMs * 2 ** this.attempts);
    this.attempts += 1;
    this.retry = this.deps.setTimer(() => {
      this.retry = null;
      void this.start(false);
    }, delay);
    const offline = error instanceof ApiError && error.status === 0;
    this.set({ state: offline ? 'offline' : 'failed', retryAt: this.deps.now() + delay, error: message });
  }

  private clearDebounce(): void {
    if (this.debounce !== null) this.deps.clearTimer(this.debounce);
    this.debounce = null;
  }

  private clearRetry(): void {
    if (this.retry !== null) this.deps.clearTimer(this.retry);
    this.retry = null;
  }

  private set(status: Omit<SaveStatus, 'waiting'>): void {
    const waiting = this.hasUnsaved ? Math.max(1, new Set(this.summaries).size) : 0;
    // Problems and the conflict stay with their states; a new state starts without the old reasons.
    this.current = { ...status, waiting };
    this.listeners.forEach((l) => l(this.current));
  }
}

/** The revision summary: the distinct edits since the last save, newest last, within the server's limit. */
export function summarize(summaries: readonly string[]): string {
  const distinct = [...new Set(summaries)];
  if (distinct.length === 0) return 'Saved';
  const text = distinct.length > 6
    ? `${distinct.slice(-5).join('; ')} and ${distinct.length - 5} more`
    : distinct.join('; ');
  return text.length > summaryLimit ? `${text.slice(0, summaryLimit - 1)}…` : text;
}

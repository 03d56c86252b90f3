// Autosave as a small state machine: one PUT at a time, the newest document always wins, nothing is dropped.
// It knows nothing about React or fetch; the page gives it a `put` and a clock, and the tests give it fakes.
import { ApiError, type Problem } from '../../../api/http';
import type { JourneyMap } from '../../../api/model';

export type SaveState = 'saved' | 'dirty' | 'saving' | 'failed' | 'conflict';

export interface SaveStatus {
  state: SaveState;
  /** The words to show instead of the state's own (co-editing's status, features/collab). */
  label?: string;
  /** Co-editing: the last operation seq the server confirmed (tests wait for it to pass the seq before an edit). */
  seq?: number;
  /** When a failed save is tried again (ms since epoch), for the "retrying in Ns" countdown. */
  retryAt?: number;
  /** The server's messages for a document it refused (400); no automatic retry, the next edit tries again. */
  messages?: string[];
  /** Why the last save failed, in words. */
  error?: string;
  /** Who saved in between, for the conflict dialog (412). */
  conflict?: Problem;
}

export interface SaveDeps {
  put: (doc: JourneyMap, etag: string, summary: string, keepalive: boolean) => Promise<{ etag: string }>;
  setTimer: (fn: () => void, ms: number) => unknown;
  clearTimer: (handle: unknown) => void;
  now: () => number;
}

export const autosaveDelayMs = 800;
const firstRetryMs = 1000;
const maxRetryMs = 60_000;
const summaryLimit = 500;

export class SaveMachine {
  private etag: string;
  private saved: JourneyMap;
  private latest: JourneyMap;
  private summaries: string[] = [];
  private inFlight = false;
  private debounce: unknown = null;
  private retry: unknown = null;
  private attempts = 0;
  private current: SaveStatus = { state: 'saved' };
  private readonly listeners = new Set<(status: SaveStatus) => void>();

  constructor(doc: JourneyMap, etag: string, private readonly deps: SaveDeps) {
    this.etag = etag;
    this.saved = doc;
    this.latest = doc;
  }

  get status(): SaveStatus {
    return this.current;
  }

  /** The document as this tab last knew it on the server (what a conflicting save is compared with). */
  get savedDocument(): JourneyMap {
    return this.saved;
  }

  /** True while something the user did is not yet on the server. */
  get hasUnsaved(): boolean {
    return this.latest !== this.saved;
  }

  subscribe(listener: (status: SaveStatus) => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  /** The editor's document changed (an edit, undo or redo); saves it shortly after the last change. */
  edited(doc: JourneyMap, summary?: string): void {
    if (doc === this.latest) return;
    this.latest = doc;
    if (summary && this.summaries[this.summaries.length - 1] !== summary) this.summaries.push(summary);
    this.clearDebounce();
    if (this.current.state === 'conflict') return; // waits for the person to choose
    if (!this.hasUnsaved && !this.inFlight) {
      this.clearRetry();
      this.summaries = [];
      this.set({ state: 'saved' });
      return;
    }
    if (this.current.state === 'failed' && this.retry !== null) return; // the scheduled retry sends the newest
    this.debounce = this.deps.setTimer(() => {
      this.debounce = null;
      this.start(false);
    }, autosaveDelayMs);
    if (!this.inFlight) this.set({ state: 'dirty' });
  }

  /** Saves now (the page lost focus or is being left); `keepalive` lets the request outlive the page. */
  flush(keepalive = false): void {
    if (this.current.state === 'conflict') return;
    this.clearDebounce();
    if (!this.hasUnsaved) return;
    this.start(keepalive);
  }

  retryNow(): void {
    this.clearRetry();
    this.attempts = 0;
    this.flush();
  }

  /** "Keep mine" after a conflict: overwrite the server's version with ours. */
  keepMine(currentVersion: number): void {
    this.etag = `"${currentVersion}"`;
    this.attempts = 0;
    this.set({ state: 'dirty' });
    this.start(false);
  }

  /** "Reload theirs" (or any reload): the server's document and ETag become the starting point again. */
  reset(doc: JourneyMap, etag: string): void {
    this.clearDebounce();
    this.clearRetry();
    this.etag = etag;
    this.saved = doc;
    this.latest = doc;
    this.summaries = [];
    this.attempts = 0;
    this.set({ state: 'saved' });
  }

  dispose(): void {
    this.clearDebounce();
    this.clearRetry();
    this.listeners.clear();
  }

  private start(keepalive: boolean): void {
    if (this.inFlight || !this.hasUnsaved) return; // a save in flight sends the newest document when it ends
    this.clearRetry();
    const doc = this.latest;
    const sentSummaries = this.summaries.length;
    const summary = summarize(this.summaries);
    this.inFlight = true;
    this.set({ state: 'saving' });
    this.deps.put(doc, this.etag, summary, keepalive).then(
      (answer) => this.succeeded(doc, answer.etag, sentSummaries),
      (error: unknown) => this.failed(error),
    );
  }

  private succeeded(doc: JourneyMap, etag: string, sentSummaries: number): void {
    this.inFlight = false;
    this.etag = etag;
    this.saved = doc;
    this.attempts = 0;
    this.summaries = this.summaries.slice(sentSummaries);
    if (!this.hasUnsaved) {
      this.set({ state: 'saved' });
    } else if (this.debounce === null) {
      this.start(false); // edits made while saving go out next
    } else {
      this.set({ state: 'dirty' });
    }
  }

  private failed(error: unknown): void {
    this.inFlight = false;
    if (error instanceof ApiError && error.isStale) {
      this.clearDebounce();
      this.set({ state: 'conflict', conflict: error.problem, error: error.message });
      return;
    }
    if (error instanceof ApiError && (error.status === 400 || error.status === 413)) {
      // Sending the same document again would fail the same way: wait for the next edit or "Retry now".
      this.set({ state: 'failed', messages: error.messages, error: error.message });
      return;
    }
    this.clearDebounce();
    const delay = Math.min(maxRetryMs, firstRetryMs * 2 ** this.attempts);
    this.attempts += 1;
    this.retry = this.deps.setTimer(() => {
      this.retry = null;
      this.start(false);
    }, delay);
    const message = error instanceof Error ? error.message : String(error);
    this.set({ state: 'failed', retryAt: this.deps.now() + delay, error: message });
  }

  private clearDebounce(): void {
    if (this.debounce !== null) this.deps.clearTimer(this.debounce);
    this.debounce = null;
  }

  private clearRetry(): void {
    if (this.retry !== null) this.deps.clearTimer(this.retry);
    this.retry = null;
  }

  private set(status: SaveStatus): void {
    this.current = status;
    this.listeners.forEach((l) => l(status));
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

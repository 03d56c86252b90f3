// Saves a document shortly after each edit, one write at a time, guarded by its ETag. Edits made while a write
// runs go in the next one; a failed write retries with backoff; a stale write (412) or a rejected document (400)
// waits for the user. No React here, so the rules are tested on their own.
import { ApiError, type Problem } from '../../api/http';

export type SaveStatus = 'saved' | 'pending' | 'saving' | 'failed' | 'invalid' | 'conflict';

export interface AutosaveSnapshot {
  status: SaveStatus;
  /** Validation problems keyed by JSON path (local checks first, else the server's). */
  problems: Record<string, string[]>;
  failure: string | null;
  conflict: Problem | null;
}

export interface AutosaverOptions<T> {
  delay: number;
  retryDelays: number[];
  /** Writes the document with If-Match: etag; resolves to the new ETag. */
  write: (doc: T, etag: string) => Promise<string>;
  check: (doc: T) => Record<string, string[]>;
  onChange: (snapshot: AutosaveSnapshot) => void;
}

export class Autosaver<T> {
  private doc: T;
  private tag: string;
  private edits = 0;
  private saved = 0;
  private running: Promise<void> | null = null;
  private timer: ReturnType<typeof setTimeout> | undefined;
  private failures = 0;
  private blocked = false;
  private snapshot: AutosaveSnapshot = { status: 'saved', problems: {}, failure: null, conflict: null };

  constructor(doc: T, etag: string, private readonly options: AutosaverOptions<T>) {
    this.doc = doc;
    this.tag = etag;
  }

  get etag(): string { return this.tag; }
  get dirty(): boolean { return this.edits !== this.saved; }
  get current(): T { return this.doc; }

  edit(doc: T): void {
    this.doc = doc;
    this.edits += 1;
    if (this.blocked) return;
    this.failures = 0;
    this.set({ status: 'pending' });
    this.schedule(this.options.delay);
  }

  /** Saves now (a "Retry now" button, or leaving the page). */
  flush(): Promise<void> {
    this.failures = 0;
    return this.save();
  }

  /** After a reload: the server's document becomes the draft and nothing is left to save. */
  reset(doc: T, etag: string): void {
    this.clear();
    this.doc = doc;
    this.tag = etag;
    this.saved = this.edits;
    this.blocked = false;
    this.set({ status: 'saved', problems: {}, failure: null, conflict: null });
  }

  /** "Keep mine" after a 412: write over the version the server reported. */
  keepMine(currentVersion: number): Promise<void> {
    this.tag = `"${currentVersion}"`;
    this.blocked = false;
    this.set({ conflict: null });
    return this.save();
  }

  /** Stops saving (before a delete) and waits for a running write to end. */
  async halt(): Promise<void> {
    this.clear();
    this.blocked = true;
    await this.running;
  }

  resume(): void { this.blocked = false; }

  /** The document was deleted: nothing is left to save. */
  discard(): void { this.saved = this.edits; }

  dispose(): void { this.clear(); }

  private async save(): Promise<void> {
    this.clear();
    if (this.running || this.blocked || !this.dirty) return; // a running write looks again when it ends
    const local = this.options.check(this.doc);
    if (Object.keys(local).length > 0) {
      this.set({ status: 'invalid', problems: local });
      return;
    }
    const sending = this.edits;
    this.set({ status: 'saving' });
    let succeeded = false;
    this.running = this.options.write(this.doc, this.tag).then(
      (etag) => {
        this.tag = etag;
        this.saved = sending;
        this.failures = 0;
        succeeded = true;
        this.set({ status: this.dirty ? 'pending' : 'saved', problems: {}, failure: null });
      },
      (err: unknown) => this.fail(err),
    );
    await this.running;
    this.running = null;
    if (succeeded && this.dirty && !this.blocked) this.schedule(this.options.delay);
  }

  private fail(err: unknown): void {
    if (err instanceof ApiError && err.isStale) {
      this.blocked = true;
      this.set({ status: 'conflict', conflict: err.problem });
    } else if (err instanceof ApiError && (err.status === 400 || err.status === 422)) {
      this.set({ status: 'invalid', problems: err.problem.errors ?? { '': err.messages } });
    } else {
      const delays = this.options.retryDelays;
      const delay = delays[Math.min(this.failures, delays.length - 1)] ?? 5000;
      this.failures += 1;
      const why = err instanceof Error ? err.message : String(err);
      this.set({ status: 'failed', failure: `${why} Retrying in ${Math.round(delay / 1000)} s.` });
      this.schedule(delay);
    }
  }

  private schedule(ms: number): void {
    this.clear();
    this.timer = setTimeout(() => void this.save(), ms);
  }

  private clear(): void {
    if (this.timer !== undefined) clearTimeout(this.timer);
    this.timer = undefined;
  }

  private set(change: Partial<AutosaveSnapshot>): void {
    this.snapshot = { ...this.snapshot, ...change };
    this.options.onChange(this.snapshot);
  }
}

// Who is on the map, as the hub last said (the whole list on every change), with this tab told apart from the
// others. Presence is never stored: it lives while the connections do.
import type { Presence } from './protocol';

export class PresenceList {
  private list: Presence[] = [];
  private readonly listeners = new Set<() => void>();

  constructor(private readonly myConnection: () => string | null) {}

  /** Everyone else, one entry per connection (a person with two tabs shows twice, each with its selection). */
  get others(): Presence[] { return this.list; }

  /** This tab's own entry, when the hub listed it: where this tab learns its user id. */
  me: Presence | undefined;

  set(list: Presence[]): void {
    const mine = this.myConnection();
    this.me = list.find((p) => p.connectionId === mine);
    this.list = list.filter((p) => p.connectionId !== mine);
    for (const listener of this.listeners) listener();
  }

  subscribe(listener: () => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }
}

// The SignalR connection to /hubs/maps for one open map: joins (again after every reconnect, from the seq it has),
// feeds the sync engine and the presence list, and goes quiet while the browser says it is offline.
import { HubConnectionBuilder, HubConnectionState, LogLevel, type HubConnection } from '@microsoft/signalr';
import { changeHeaders, currentUser, headerSafe } from '../../api/http';
import type { AppliedOp, JoinResult, Operation, Presence, Selection, SendResult } from './protocol';
import { hubPath } from './protocol';

/** The SignalR client keeps a failed negotiate's status only in its message ("… Status code '404' …"). */
export function hubMissing(error: unknown): boolean {
  const message = error instanceof Error ? error.message : String(error);
  return /Status code '404'|not a SignalR endpoint|negotiate '404'/.test(message);
}

export interface HubEvents {
  applied: (ops: AppliedOp[]) => void;
  presence: (list: Presence[]) => void;
  /** Joined (first time or again): the engine takes the map or the missed ops. */
  joined: (result: JoinResult) => void;
  disconnected: () => void;
}

/** Waits a little longer after each failed try, up to 10 s, and never gives up: a workshop's Wi-Fi comes back. */
const retryForever = { nextRetryDelayInMilliseconds: (c: { previousRetryCount: number }) => Math.min(10_000, 500 * 2 ** c.previousRetryCount) };

export class HubTransport {
  private readonly connection: HubConnection;
  private events: HubEvents | undefined;
  private seq: () => number | undefined = () => undefined;
  private closed = false;
  private offline = false;
  private restartTimer: number | undefined;

  constructor(private readonly workspaceId: string, private readonly mapId: string, baseUrl = '') {
    this.connection = new HubConnectionBuilder()
      // With accounts off the server takes the author's name as the API does (X-Waymark-User); a browser's
      // WebSocket cannot send headers, so it also goes in the query.
      // The negotiate POST is a change to the server's eyes: it carries the client and antiforgery headers.
      .withUrl(`${baseUrl}${hubPath}?user=${encodeURIComponent(currentUser())}`, {
        withCredentials: true,
        headers: { ...changeHeaders(), 'X-Waymark-User': headerSafe(currentUser()) },
      })
      .withAutomaticReconnect(retryForever)
      .configureLogging(LogLevel.None)
      .build();
    this.connection.on('Applied', (mapId: string, ops: AppliedOp[]) => { if (mapId === this.mapId) this.events?.applied(ops); });
    this.connection.on('Presence', (mapId: string, list: Presence[]) => { if (mapId === this.mapId) this.events?.presence(list); });
    this.connection.on('Reset', (mapId: string) => { if (mapId === this.mapId) void this.join(); });
    this.connection.onreconnecting(() => this.events?.disconnected());
    this.connection.onreconnected(() => { void this.join(); });
    this.connection.onclose(() => { this.events?.disconnected(); this.scheduleRestart(); });
  }

  get connectionId(): string | null { return this.connection.connectionId; }

  /** Connects and joins without a seq: the whole map. Rejects when the hub cannot be reached (see hubMissing). */
  async start(): Promise<JoinResult> {
    await this.connection.start();
    return this.invokeJoin(undefined);
  }

  /** From now on events go to these handlers; `seq` says where a rejoin starts. */
  attach(events: HubEvents, seq: () => number): void {
    this.events = events;
    this.seq = seq;
    window.addEventListener('offline', this.goOffline);
    window.addEventListener('online', this.goOnline);
  }

  send(ops: Operation[]): Promise<SendResult[]> {
    if (this.connection.state !== HubConnectionState.Connected || this.offline) return Promise.reject(new Error('offline'));
    return this.connection.invoke<{ results: SendResult[] }>('Send', this.workspaceId, this.mapId, ops).then((r) => r.results);
  }

  setPresence(selection: Selection | null, following: string | null): void {
    if (this.connection.state !== HubConnectionState.Connected || this.offline) return;
    this.connection.invoke('SetPresence', this.workspaceId, this.mapId, selection, following).catch(() => undefined);
  }

  async stop(): Promise<void> {
    this.closed = true;
    window.removeEventListener('offline', this.goOffline);
    window.removeEventListener('online', this.goOnline);
    window.clearTimeout(this.restartTimer);
    if (this.connection.state === HubConnectionState.Connected) {
      await this.connection.invoke('Leave', this.workspaceId, this.mapId).catch(() => undefined);
    }
    await this.connection.stop();
  }

  /** Joins again from the engine's seq: the records it holds have a gap that did not fill. */
  resync(): void {
    void this.join();
  }

  private async invokeJoin(sinceSeq: number | undefined): Promise<JoinResult> {
    return this.connection.invoke<JoinResult>('Join', this.workspaceId, this.mapId, sinceSeq ?? null);
  }

  private async join(): Promise<void> {
    if (this.offline || this.connection.state !== HubConnectionState.Connected) return;
    try {
      const result = await this.invokeJoin(this.seq());
      this.events?.joined(result);
      this.events?.presence(result.presence);
    } catch {
      this.events?.disconnected();
      this.scheduleRestart();
    }
  }

  /** The browser lost its network: WebSockets may linger, so the connection is closed and edits queue. */
  private readonly goOffline = () => {
    this.offline = true;
    this.events?.disconnected();
    void this.connection.stop();
  };

  private readonly goOnline = () => {
    this.offline = false;
    void this.restart();
  };

  private scheduleRestart(): void {
    if (this.closed || this.offline) return;
    window.clearTimeout(this.restartTimer);
    this.restartTimer = window.setTimeout(() => void this.restart(), 2000);
  }

  private async restart(): Promise<void> {
    if (this.closed || this.offline) return;
    if (this.connection.state === HubConnectionState.Disconnected) {
      try { await this.connection.start(); } catch { this.scheduleRestart(); return; }
    }
    await this.join();
  }
}

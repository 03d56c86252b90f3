// The one vocabulary for anything the app asks the server for (ADR 015): every view reads its data as a Load, and
// the shared States components draw it. Produced by useServerData (app/server) from TanStack Query's answer.
export type Load<T> =
  /** Not asked for: the view is off or has nothing to ask yet. */
  | { state: 'idle' }
  /** Asked, and nothing to show yet (a retry after an error shows as loading too). */
  | { state: 'loading' }
  /** `refreshing`: the value on screen is being asked for again (a reload, a live refresh, or the last answer kept
   * while another request is on its way). */
  | { state: 'ready'; value: T; refreshing: boolean }
  | { state: 'error'; error: unknown }
  /** The request itself cannot be made as it stands (an impossible date range): why, in words. */
  | { state: 'invalid'; message: string };

/** The value on screen, if any. */
export function valueOf<T>(load: Load<T>): T | undefined {
  return load.state === 'ready' ? load.value : undefined;
}

/** A request is on its way, with or without a value on screen. */
export function isBusy(load: Load<unknown>): boolean {
  return load.state === 'loading' || (load.state === 'ready' && load.refreshing);
}

// The step a "What if…" was asked from (a step's menu), handed to the panel that opens for it. One editing session is
// open at a time, so one value serves; the panel reads it when it opens and whenever another step asks.
import { useSyncExternalStore } from 'react';

let requested: { stepId: string; at: number } | null = null;
const listeners = new Set<() => void>();

export function requestWhatIf(stepId: string): void {
  requested = { stepId, at: Date.now() };
  listeners.forEach((l) => l());
}

export function useWhatIfRequest(): { stepId: string; at: number } | null {
  return useSyncExternalStore(
    (listener) => { listeners.add(listener); return () => listeners.delete(listener); },
    () => requested,
  );
}

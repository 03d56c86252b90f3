// Wires the save machine to the page: real timers and PUTs, a save as soon as the page loses focus or is
// hidden, a keepalive save when it is left, and the status as React state.
import { useEffect, useState, useSyncExternalStore } from 'react';
import type { JourneyMap } from '../../../api/model';
import { putMap } from './putMap';
import { SaveMachine } from './saveMachine';

export function useAutosave(workspaceId: string, doc: JourneyMap, etag: string) {
  const [machine] = useState(() => new SaveMachine(doc, etag, {
    put: (d, e, summary, keepalive) => putMap(workspaceId, d, e, summary, keepalive),
    setTimer: (fn, ms) => window.setTimeout(fn, ms),
    clearTimer: (handle) => window.clearTimeout(handle as number),
    now: () => Date.now(),
  }));
  const status = useSyncExternalStore((listener) => machine.subscribe(listener), () => machine.status);

  useEffect(() => {
    const onBlur = () => machine.flush();
    const onVisibility = () => { if (document.visibilityState === 'hidden') machine.flush(true); };
    const onLeave = (e: BeforeUnloadEvent) => {
      if (!machine.hasUnsaved) return;
      machine.flush(true);
      // Only ask when the save cannot be expected to get through.
      if (machine.status.state === 'failed' || machine.status.state === 'conflict') e.preventDefault();
    };
    window.addEventListener('blur', onBlur);
    document.addEventListener('visibilitychange', onVisibility);
    window.addEventListener('beforeunload', onLeave);
    return () => {
      window.removeEventListener('blur', onBlur);
      document.removeEventListener('visibilitychange', onVisibility);
      window.removeEventListener('beforeunload', onLeave);
      machine.flush(); // leaving the editor inside the app: save what is pending now
    };
  }, [machine]);

  return { status, machine };
}

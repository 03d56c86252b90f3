// The page's short notices: each fades after a few seconds and at most three show at once (Toasts draws them).
import { useCallback, useRef, useState } from 'react';
import type { Notice } from '../grid/useStructure';

export interface Toast extends Notice {
  id: number;
}

const lifetimeMs = 6000;

export function useToasts() {
  const [toasts, setToasts] = useState<Toast[]>([]);
  const next = useRef(1);
  const dismiss = useCallback((id: number) => setToasts((list) => list.filter((t) => t.id !== id)), []);
  const notify = useCallback((notice: Notice) => {
    const id = next.current++;
    setToasts((list) => [...list.slice(-2), { ...notice, id }]);
    window.setTimeout(() => dismiss(id), lifetimeMs);
  }, [dismiss]);
  return { toasts, notify, dismiss };
}

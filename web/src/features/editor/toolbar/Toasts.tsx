// Short notices at the bottom of the page ("Deleted step “Pays” · Undo"); each fades after a few seconds.
import { useCallback, useEffect, useRef, useState } from 'react';
import type { Notice } from '../grid/useStructure';
import styles from './toolbar.module.css';

interface Toast extends Notice {
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

export function Toasts({ toasts, onUndo, onDismiss }: { toasts: Toast[]; onUndo: () => void; onDismiss: (id: number) => void }) {
  return (
    <div className={styles.toasts} role="status" aria-live="polite">
      {toasts.map((t) => <ToastView key={t.id} toast={t} onUndo={onUndo} onDismiss={onDismiss} />)}
    </div>
  );
}

function ToastView({ toast, onUndo, onDismiss }: { toast: Toast; onUndo: () => void; onDismiss: (id: number) => void }) {
  const [shown, setShown] = useState(false);
  useEffect(() => { const f = requestAnimationFrame(() => setShown(true)); return () => cancelAnimationFrame(f); }, []);
  return (
    <div className={`${styles.toast} ${shown ? styles.toastShown : ''}`} data-testid="toast">
      <span>{toast.message}</span>
      {toast.undoable && (
        <button type="button" className={styles.toastUndo} onClick={() => { onUndo(); onDismiss(toast.id); }}>Undo</button>
      )}
      <button type="button" className={styles.toastClose} aria-label="Dismiss" onClick={() => onDismiss(toast.id)}>✕</button>
    </div>
  );
}

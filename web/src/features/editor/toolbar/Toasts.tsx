// Short notices at the bottom of the page ("Deleted step “Pays” · Undo"); each fades after a few seconds.
import { useEffect, useState } from 'react';
import type { Toast } from './useToasts';
import styles from './toolbar.module.css';

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

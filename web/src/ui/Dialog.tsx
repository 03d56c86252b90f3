// A modal dialog on the native <dialog> element: focus is trapped by the browser, Esc closes it.
import { useEffect, useLayoutEffect, useRef, type ReactNode, type RefObject } from 'react';
import styles from './Dialog.module.css';

interface DialogProps {
  title: string;
  open: boolean;
  onClose: () => void;
  children: ReactNode;
  footer?: ReactNode;
  wide?: boolean;
}

export function Dialog({ title, open, onClose, children, footer, wide }: DialogProps) {
  const ref = useRef<HTMLDialogElement>(null);
  useEffect(() => {
    const el = ref.current;
    if (!el) return;
    if (open && !el.open) el.showModal();
    if (!open && el.open) el.close();
  }, [open]);
  const body = useRef<HTMLDivElement>(null);
  useTabStopWhileScrolling(body, open);
  return (
    <dialog
      ref={ref}
      className={`${styles.dialog} ${wide ? styles.wide : ''}`}
      aria-label={title}
      onCancel={(e) => { e.preventDefault(); onClose(); }}
    >
      {open && (
        <>
          <header className={styles.header}>
            <h2>{title}</h2>
            <button type="button" className="icon-btn" aria-label="Close" onClick={onClose}>✕</button>
          </header>
          {/* A body that scrolls takes focus when nothing in it can, so the keyboard can scroll it too. */}
          <div ref={body} className={styles.body}>{children}</div>
          {footer && <footer className={styles.footer}>{footer}</footer>}
        </>
      )}
    </dialog>
  );
}

/**
 * Makes the element a tab stop while its content is taller than it, measured after every render (any render can
 * change the content) and whenever the body or its content changes size. The tabindex is written to the element
 * directly: it follows the layout, which only the browser knows, and React leaves the attribute alone.
 */
function useTabStopWhileScrolling(ref: RefObject<HTMLElement | null>, open: boolean): void {
  useLayoutEffect(() => markScrolling(ref.current));
  useEffect(() => {
    const el = ref.current;
    if (!open || !el || typeof ResizeObserver === 'undefined') return;
    // Content also grows without a render (images and fonts arriving), and the window resizes: watch both sizes.
    const observer = new ResizeObserver(() => markScrolling(el));
    observer.observe(el);
    for (const child of Array.from(el.children)) observer.observe(child);
    return () => observer.disconnect();
  }, [open, ref]);
}

function markScrolling(el: HTMLElement | null): void {
  if (!el) return;
  if (el.scrollHeight > el.clientHeight + 1) el.tabIndex = 0;
  else el.removeAttribute('tabindex');
}

/** "Are you sure?" with the consequence spelled out and a danger button. */
export function ConfirmDialog({ open, title, message, confirmLabel, onConfirm, onCancel }: {
  open: boolean; title: string; message: ReactNode; confirmLabel: string; onConfirm: () => void; onCancel: () => void;
}) {
  return (
    <Dialog
      open={open}
      title={title}
      onClose={onCancel}
      footer={(
        <>
          <button type="button" className="btn" onClick={onCancel}>Cancel</button>
          <button type="button" className="btn btn-danger" onClick={onConfirm}>{confirmLabel}</button>
        </>
      )}
    >
      <p>{message}</p>
    </Dialog>
  );
}

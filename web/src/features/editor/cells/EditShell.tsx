// The frame around every cell editor: focuses the first field, keeps the grid's keys and clicks out (arrows type
// in the editor, they do not move between cells), cancels on Esc and commits when focus leaves the editor.
import { useEffect, useRef, type FocusEvent, type KeyboardEvent, type MouseEvent, type ReactNode } from 'react';
import styles from './Cell.module.css';

interface EditShellProps {
  label: string;
  onCommit: () => void;
  onCancel: () => void;
  children: ReactNode;
  /** Shows a "Done" button (editors with several fields, where Enter alone is not obvious). */
  doneButton?: boolean;
}

const interactive = 'input, textarea, select, button, a, label, [tabindex]';

export function EditShell({ label, onCommit, onCancel, children, doneButton }: EditShellProps) {
  const ref = useRef<HTMLDivElement>(null);

  useEffect(() => {
    // A part that took focus itself (the channel picker opening) keeps it.
    if (ref.current?.contains(document.activeElement)) return;
    const first = ref.current?.querySelector<HTMLElement>('[data-autofocus]')
      ?? ref.current?.querySelector<HTMLElement>('textarea, input, select, button');
    first?.focus();
    if (first instanceof HTMLTextAreaElement || first instanceof HTMLInputElement) {
      const end = first.value.length;
      first.setSelectionRange(end, end);
    }
  }, []);

  const onKeyDown = (e: KeyboardEvent) => {
    e.stopPropagation();
    if (e.key === 'Escape') {
      e.preventDefault();
      onCancel();
    }
  };

  const onBlur = (e: FocusEvent) => {
    const next = e.relatedTarget as Node | null;
    if (next && ref.current?.contains(next)) return;
    onCommit();
  };

  // A press on the editor's background must not take focus away from its fields (that would commit).
  const onMouseDown = (e: MouseEvent) => {
    e.stopPropagation();
    if (!(e.target as HTMLElement).closest(interactive)) e.preventDefault();
  };
  const stop = (e: MouseEvent) => e.stopPropagation();

  return (
    <div
      ref={ref}
      className={styles.editor}
      role="group"
      aria-label={label}
      onKeyDown={onKeyDown}
      onBlur={onBlur}
      onMouseDown={onMouseDown}
      onClick={stop}
      onDoubleClick={stop}
      onPointerDown={stop}
    >
      {children}
      {doneButton && (
        <div className={styles.editorFooter}>
          <span className={styles.hint}>Esc to cancel</span>
          <button type="button" className="btn btn-primary btn-sm" onClick={onCommit}>Done</button>
        </div>
      )}
    </div>
  );
}

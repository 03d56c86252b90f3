// The frame of an evidence panel: a titled, labelled region beside the grid with a close button (Esc closes too).
import { useEffect, useRef, type KeyboardEvent, type ReactNode } from 'react';
import { PathsIcon } from './EvidenceMenu';
import styles from './Evidence.module.css';

interface ShellProps {
  title: string;
  testId: string;
  busy?: boolean;
  /** Move focus to the title when the panel opens (unless a field inside takes it first). */
  focusTitle?: boolean;
  onClose: () => void;
  /** The heading's icon (the paths icon when left out). */
  icon?: ReactNode;
  /** Another width for a panel that needs it (attribution's table of models). */
  className?: string;
  children: ReactNode;
}

export function EvidencePanelShell({ title, testId, busy, focusTitle, onClose, icon, className, children }: ShellProps) {
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => { if (focusTitle) heading.current?.focus(); }, [focusTitle]);
  const onKey = (e: KeyboardEvent) => {
    if (e.key === 'Escape' && !e.defaultPrevented) { e.preventDefault(); onClose(); }
  };
  return (
    <aside className={className ? `${styles.panel} ${className}` : styles.panel} aria-label={title} data-testid={testId} aria-busy={busy || undefined} onKeyDown={onKey}>
      <div className={styles.head}>
        <h2 ref={heading} tabIndex={-1}><span className={styles.headIcon} aria-hidden="true">{icon ?? <PathsIcon />}</span>{title}</h2>
        <button type="button" className="icon-btn" aria-label={`Close ${title.toLowerCase()}`} onClick={onClose}>✕</button>
      </div>
      <div className={styles.body}>{children}</div>
    </aside>
  );
}

// A button that opens a small menu: arrow keys move, Enter picks, Esc closes and returns focus to the button.
import { useEffect, useId, useRef, useState, type KeyboardEvent, type ReactNode } from 'react';
import styles from './MenuButton.module.css';

export type MenuItem =
  | { label: string; onSelect: () => void; danger?: boolean; separatorBefore?: boolean }
  | { label: string; href: string; download?: boolean; separatorBefore?: boolean };

interface MenuButtonProps {
  label: string;
  items: MenuItem[];
  children: ReactNode;
  buttonClassName?: string;
  /**
   * The button's text already says `label` (some of it visually hidden): no aria-label then, so the name a screen
   * reader speaks and the words a voice-control user sees are the same (WCAG 2.5.3).
   */
  namedByContent?: boolean;
}

export function MenuButton({ label, items, children, buttonClassName = 'icon-btn', namedByContent }: MenuButtonProps) {
  const [open, setOpen] = useState(false);
  const wrapRef = useRef<HTMLDivElement>(null);
  const buttonRef = useRef<HTMLButtonElement>(null);
  const menuRef = useRef<HTMLUListElement>(null);
  const menuId = useId();

  const itemEls = () => Array.from(menuRef.current?.querySelectorAll<HTMLElement>('[role="menuitem"]') ?? []);
  const close = (refocus: boolean) => {
    setOpen(false);
    if (refocus) buttonRef.current?.focus();
  };

  useEffect(() => {
    if (!open) return;
    itemEls()[0]?.focus();
    const onDown = (e: PointerEvent) => {
      if (!wrapRef.current?.contains(e.target as Node)) setOpen(false);
    };
    document.addEventListener('pointerdown', onDown);
    return () => document.removeEventListener('pointerdown', onDown);
  }, [open]);

  const onMenuKey = (e: KeyboardEvent) => {
    const els = itemEls();
    const at = els.indexOf(document.activeElement as HTMLElement);
    const focusAt = (i: number) => els[(i + els.length) % els.length]?.focus();
    switch (e.key) {
      case 'ArrowDown': e.preventDefault(); focusAt(at + 1); break;
      case 'ArrowUp': e.preventDefault(); focusAt(at - 1); break;
      case 'Home': e.preventDefault(); focusAt(0); break;
      case 'End': e.preventDefault(); focusAt(els.length - 1); break;
      case 'Escape': e.preventDefault(); e.stopPropagation(); close(true); break;
      case 'Tab': close(false); break;
    }
  };

  const onButtonKey = (e: KeyboardEvent) => {
    if (e.key === 'ArrowDown' && !open) { e.preventDefault(); setOpen(true); }
  };

  return (
    // Clicks inside the menu must not reach a clickable parent (such as a card that opens on click).
    <div className={styles.wrap} ref={wrapRef} onClick={(e) => e.stopPropagation()} onKeyDown={(e) => e.stopPropagation()}>
      <button
        ref={buttonRef}
        type="button"
        className={buttonClassName}
        aria-label={namedByContent ? undefined : label}
        title={label}
        aria-haspopup="menu"
        aria-expanded={open}
        aria-controls={open ? menuId : undefined}
        onClick={() => setOpen((o) => !o)}
        onKeyDown={onButtonKey}
      >
        {children}
      </button>
      {open && (
        <ul id={menuId} ref={menuRef} role="menu" aria-label={label} className={styles.menu} onKeyDown={onMenuKey}>
          {items.map((item) => (
            <li key={item.label} role="none">
              {item.separatorBefore && <div className={styles.separator} role="separator" />}
              {'href' in item ? (
                <a role="menuitem" tabIndex={-1} className={styles.item} href={item.href} download={item.download || undefined} onClick={() => close(false)}>
                  {item.label}
                </a>
              ) : (
                <button
                  role="menuitem"
                  tabIndex={-1}
                  type="button"
                  className={`${styles.item} ${item.danger ? styles.danger : ''}`}
                  onClick={() => { close(false); item.onSelect(); }}
                >
                  {item.label}
                </button>
              )}
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}

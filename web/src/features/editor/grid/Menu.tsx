// A "⋯" button that opens a menu of actions. Keyboard: Enter/Space/ArrowDown open it, arrows move, Esc closes
// and gives focus back to the button. The menu is drawn in a portal so the grid's scroll box never clips it.
import { useCallback, useEffect, useId, useLayoutEffect, useRef, useState, type ReactNode } from 'react';
import { createPortal } from 'react-dom';
import styles from './Menu.module.css';

export interface MenuItem {
  label: string;
  onSelect: () => void;
  disabled?: boolean;
  danger?: boolean;
  /** Shown as a radio item (aria-checked) when set. */
  checked?: boolean;
  /** Starts a new group with a separator above it. */
  separated?: boolean;
}

interface MenuProps {
  label: string;
  items: MenuItem[];
  /** The button's content; "⋯" when not given. */
  trigger?: ReactNode;
  className?: string;
  testId?: string;
}

export function Menu({ label, items, trigger, className, testId }: MenuProps) {
  const [open, setOpen] = useState(false);
  const [pos, setPos] = useState<{ top: number; left: number } | null>(null);
  const button = useRef<HTMLButtonElement>(null);
  const menu = useRef<HTMLDivElement>(null);
  const id = useId();

  // Places the menu under its button (above it when there is no room below). False when the button is out of view.
  const place = useCallback((): boolean => {
    if (!button.current) return false;
    const r = button.current.getBoundingClientRect();
    if (r.bottom < 0 || r.top > window.innerHeight || r.right < 0 || r.left > window.innerWidth) return false;
    const width = 224;
    const height = menu.current?.offsetHeight ?? 0;
    const left = Math.max(8, Math.min(window.innerWidth - width - 8, r.left));
    const below = r.bottom + 4;
    const top = below + height > window.innerHeight - 8 ? Math.max(8, r.top - height - 4) : below;
    setPos((p) => (p?.top === top && p.left === left ? p : { top, left }));
    return true;
  }, []);

  useLayoutEffect(() => {
    if (open) place();
  }, [open, place]);

  const placed = pos !== null;
  useEffect(() => {
    if (open && placed) menu.current?.querySelector<HTMLButtonElement>('button:not(:disabled)')?.focus();
  }, [open, placed]);

  // A closed menu forgets where it was, so the next opening is measured hidden before it shows.
  if (!open && pos !== null) setPos(null);

  useEffect(() => {
    if (!open) return;
    const close = (e: Event) => {
      if (menu.current?.contains(e.target as Node) || button.current?.contains(e.target as Node)) return;
      setOpen(false);
    };
    // A scroll around the menu (the grid scrolling a focused header into view, a wheel) moves it with its button;
    // it closes only when the button has left the view. Closing on any scroll lost menus opened in a scrolled grid.
    const follow = (e: Event) => {
      if (menu.current?.contains(e.target as Node)) return;
      if (!place()) setOpen(false);
    };
    const closeOnResize = () => setOpen(false);
    document.addEventListener('pointerdown', close, true);
    window.addEventListener('scroll', follow, true);
    window.addEventListener('resize', closeOnResize);
    return () => {
      document.removeEventListener('pointerdown', close, true);
      window.removeEventListener('scroll', follow, true);
      window.removeEventListener('resize', closeOnResize);
    };
  }, [open, place]);

  const closeAndFocus = () => {
    setOpen(false);
    button.current?.focus();
  };

  const onMenuKey = (e: React.KeyboardEvent) => {
    e.stopPropagation();
    const buttons = [...(menu.current?.querySelectorAll<HTMLButtonElement>('button:not(:disabled)') ?? [])];
    const at = buttons.indexOf(document.activeElement as HTMLButtonElement);
    const go = (i: number) => buttons[(i + buttons.length) % buttons.length]?.focus();
    if (e.key === 'Escape') { e.preventDefault(); closeAndFocus(); }
    else if (e.key === 'ArrowDown') { e.preventDefault(); go(at + 1); }
    else if (e.key === 'ArrowUp') { e.preventDefault(); go(at - 1); }
    else if (e.key === 'Home') { e.preventDefault(); go(0); }
    else if (e.key === 'End') { e.preventDefault(); go(buttons.length - 1); }
    else if (e.key === 'Tab') { setOpen(false); }
  };

  return (
    <>
      <button
        ref={button}
        type="button"
        className={`${styles.trigger} ${className ?? ''}`}
        aria-label={label}
        aria-haspopup="menu"
        aria-expanded={open}
        aria-controls={open ? id : undefined}
        data-testid={testId}
        draggable={false}
        onClick={(e) => { e.stopPropagation(); setOpen((o) => !o); }}
        onKeyDown={(e) => {
          if (e.key === 'ArrowDown') { e.preventDefault(); e.stopPropagation(); setOpen(true); }
          if (e.key === 'Escape' && open) { e.preventDefault(); e.stopPropagation(); setOpen(false); }
        }}
      >
        {trigger ?? <span aria-hidden="true">⋯</span>}
      </button>
      {open && createPortal(
        <div
          ref={menu}
          id={id}
          role="menu"
          aria-label={label}
          className={styles.menu}
          style={pos ? { top: pos.top, left: pos.left } : { visibility: 'hidden' }}
          onKeyDown={onMenuKey}
        >
          {items.map((item, i) => (
            <div key={i} className={item.separated ? styles.separated : undefined} role="none">
              <button
                type="button"
                role={item.checked === undefined ? 'menuitem' : 'menuitemradio'}
                aria-checked={item.checked}
                className={`${styles.item} ${item.danger ? styles.danger : ''}`}
                disabled={item.disabled}
                onClick={() => { setOpen(false); button.current?.focus(); item.onSelect(); }}
              >
                {item.checked !== undefined && <span className={styles.check} aria-hidden="true">{item.checked ? '●' : ''}</span>}
                {item.label}
              </button>
            </div>
          ))}
        </div>,
        document.body,
      )}
    </>
  );
}

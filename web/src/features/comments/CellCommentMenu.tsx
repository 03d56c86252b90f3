// Right-click (or the context-menu key, Shift+F10) on a cell of the map: a small menu to comment on that cell or see
// its threads. One menu for the whole grid, so cells only hand over where they are (CellMenuContext).
import { useCallback, useEffect, useLayoutEffect, useMemo, useRef, useState, type ReactNode } from 'react';
import { createPortal } from 'react-dom';
import { anchorKey, type Anchor } from './anchors';
import { CellMenuContext, type OpenCellMenu } from './CellMenuContext';
import { useComments } from './CommentsContext';
import styles from './Comments.module.css';

interface Target { x: number; y: number; anchor: Anchor; label: string; from: HTMLElement | null }

export function CellCommentMenu({ children }: { children: ReactNode }) {
  const [target, setTarget] = useState<Target | null>(null);
  const { canComment, openCount } = useComments();
  const open = useCallback<OpenCellMenu>((e, anchor, label) => {
    const el = e.target instanceof HTMLElement ? e.target : null;
    if (el?.closest('input, textarea, [contenteditable="true"]')) return; // the browser's menu (paste) while typing
    if (!canComment && openCount(anchorKey(anchor)) === 0) return; // a reader with nothing to read here: the browser's menu
    e.preventDefault();
    const box = (e.currentTarget as HTMLElement).getBoundingClientRect();
    const keyboard = e.clientX === 0 && e.clientY === 0;
    setTarget({ x: keyboard ? box.left + 8 : e.clientX, y: keyboard ? box.top + 8 : e.clientY, anchor, label, from: e.currentTarget as HTMLElement });
  }, [canComment, openCount]);
  const value = useMemo(() => open, [open]);
  return (
    <CellMenuContext.Provider value={value}>
      {children}
      {target && <MenuAt target={target} onClose={() => { target.from?.focus(); setTarget(null); }} />}
    </CellMenuContext.Provider>
  );
}

function MenuAt({ target, onClose }: { target: Target; onClose: () => void }) {
  const comments = useComments();
  const menu = useRef<HTMLDivElement>(null);
  const [pos, setPos] = useState({ left: target.x, top: target.y });
  const count = comments.openCount(anchorKey(target.anchor));
  useLayoutEffect(() => {
    const el = menu.current;
    if (!el) return;
    setPos({ left: Math.min(target.x, window.innerWidth - el.offsetWidth - 8), top: Math.min(target.y, window.innerHeight - el.offsetHeight - 8) });
    el.querySelector('button')?.focus();
  }, [target]);
  useEffect(() => {
    const away = (e: Event) => { if (!menu.current?.contains(e.target as Node)) onClose(); };
    document.addEventListener('pointerdown', away, true);
    window.addEventListener('scroll', onClose, true);
    return () => { document.removeEventListener('pointerdown', away, true); window.removeEventListener('scroll', onClose, true); };
  }, [onClose]);
  const choose = (act: () => void) => { onClose(); act(); };
  return createPortal(
    <div ref={menu} role="menu" aria-label={`Cell ${target.label}`} className={styles.contextMenu} style={pos}
      onKeyDown={(e) => {
        e.stopPropagation();
        if (e.key === 'Escape' || e.key === 'Tab') { e.preventDefault(); onClose(); }
        if (e.key === 'ArrowDown' || e.key === 'ArrowUp') {
          e.preventDefault();
          const items = [...(menu.current?.querySelectorAll('button') ?? [])];
          const at = items.indexOf(document.activeElement as HTMLButtonElement);
          items[(at + (e.key === 'ArrowDown' ? 1 : items.length - 1)) % items.length]?.focus();
        }
      }}>
      {comments.canComment && (
        <button type="button" role="menuitem" className={styles.menuItem} onClick={() => choose(() => comments.startThread(target.anchor, target.label))}>
          Comment on this cell…
        </button>
      )}
      {count > 0 && (
        <button type="button" role="menuitem" className={styles.menuItem} onClick={() => choose(() => comments.showPlace(target.anchor, target.label))}>
          Show its comments ({count})
        </button>
      )}
    </div>,
    document.body,
  );
}

// Finding the grid's cells and headers in the DOM, for moving focus.

/** The grid's element id: the editor's and the shared view's "Skip to map" link lands on its active cell. */
export const mapGridId = 'map-grid';

export type HeaderKind = 'step' | 'stage' | 'lane';

export function cellElement(root: HTMLElement | null, row: number, col: number): HTMLElement | null {
  if (!root) return null;
  return root.querySelector<HTMLElement>(`[data-row="${row}"][data-col="${col}"]`)
    ?? root.querySelector<HTMLElement>(`[data-row="${row}"][data-col="span"]`);
}

export function headerElement(root: HTMLElement | null, kind: HeaderKind, id: string): HTMLElement | null {
  return root?.querySelector<HTMLElement>(`[data-nav-header="${kind}"][data-${kind}-id="${CSS.escape(id)}"]`) ?? null;
}

/** True when focus is in a field where keys type text (and the browser's own undo applies). */
export function isTyping(el: EventTarget | null): boolean {
  if (!(el instanceof HTMLElement)) return false;
  return el.tagName === 'INPUT' || el.tagName === 'TEXTAREA' || el.tagName === 'SELECT' || el.isContentEditable;
}

/** Focus went nowhere (its element was removed or re-inserted). */
export function focusIsLost(): boolean {
  const active = document.activeElement;
  return !active || active === document.body;
}

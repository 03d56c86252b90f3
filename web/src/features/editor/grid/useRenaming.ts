// Which title is renamed in place; when the field closes, focus goes back to its header if it went nowhere.
import { useCallback, useLayoutEffect, useRef, useState, type RefObject } from 'react';
import { focusIsLost, headerElement } from './gridDom';
import type { RenameTarget } from './rename';

export function useRenaming(root: RefObject<HTMLElement | null>) {
  const [renaming, setRenamingState] = useState<RenameTarget | null>(null);
  const current = useRef<RenameTarget | null>(null);
  useLayoutEffect(() => { current.current = renaming; }, [renaming]);

  const setRenaming = useCallback((target: RenameTarget | null) => {
    const closing = current.current;
    setRenamingState(target);
    if (target !== null || !closing) return;
    const kind = closing.kind === 'goal' ? 'stage' : closing.kind;
    requestAnimationFrame(() => { if (focusIsLost()) headerElement(root.current, kind, closing.id)?.focus(); });
  }, [root]);

  return { renaming, setRenaming };
}

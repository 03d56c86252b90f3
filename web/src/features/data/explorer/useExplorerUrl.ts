// The explorer's state kept in the page's address: reading it when the page opens or the reader goes back, writing it
// (replacing, not pushing, so typing does not fill the history) whenever a condition changes.
import { useCallback, useEffect, useState } from 'react';
import { stateFromSearch, stateSearch, type ExplorerState } from './explorerState';

export function useExplorerUrl(): [ExplorerState, (next: ExplorerState) => void] {
  const [state, setState] = useState(() => stateFromSearch(location.search));
  useEffect(() => {
    const back = () => setState(stateFromSearch(location.search));
    window.addEventListener('popstate', back);
    return () => window.removeEventListener('popstate', back);
  }, []);
  const set = useCallback((next: ExplorerState) => {
    setState(next);
    const search = stateSearch(next);
    history.replaceState(history.state, '', `${location.pathname}${search ? `?${search}` : ''}`);
  }, []);
  return [state, set];
}

// Ctrl+P on an open map prints the server's paged PDF: it opens in a new tab, where the browser's PDF viewer prints
// exactly the pages the export draws. Returns the same action for the Export menu's Print button.
import { useCallback, useEffect } from 'react';
import { api } from '../../../api/client';
import { useOverlay } from '../../mapData';
import { isPrintKey, printOptions } from './printing';

export function usePrintMap(workspaceId: string, mapId: string, personaFilter: string | null): () => void {
  const overlay = useOverlay();
  const { on, settings } = overlay;
  const print = useCallback(() => {
    const options = printOptions({ personaFilter, dataOn: on, range: settings.range, segment: settings.segment }, navigator.language);
    window.open(api.maps.exportUrl(workspaceId, mapId, 'pdf', options), '_blank', 'noopener');
  }, [workspaceId, mapId, personaFilter, on, settings.range, settings.segment]);

  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (!isPrintKey(e)) return;
      e.preventDefault();
      print();
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [print]);
  return print;
}

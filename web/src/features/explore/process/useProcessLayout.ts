// The process map's layout, computed in a web worker (dagre on ~50 activities can take longer than a frame); the
// last layout stays on screen until the next one arrives. Without workers, it is laid out here.
import { useEffect, useState } from 'react';
import { layoutProcess, type ProcessLayout, type ProcessMapData } from './processLayout';

export interface LaidOut {
  map: ProcessMapData;
  layout: ProcessLayout;
  /** How long the layout took, in ms (shown to tests as a data attribute). */
  ms: number;
}

let worker: Worker | null = null;
let next = 0;

function layoutWorker(): Worker | null {
  if (typeof Worker === 'undefined') return null;
  worker ??= new Worker(new URL('./processLayout.worker.ts', import.meta.url), { type: 'module' });
  return worker;
}

function layoutHere(map: ProcessMapData): LaidOut {
  const started = performance.now();
  const layout = layoutProcess(map);
  return { map, layout, ms: performance.now() - started };
}

export function useProcessLayout(map: ProcessMapData | undefined): LaidOut | null {
  const [laid, setLaid] = useState<LaidOut | null>(null);
  useEffect(() => {
    if (!map) return;
    const id = ++next;
    const w = layoutWorker();
    const fallback = () => setLaid(layoutHere(map));
    if (!w) {
      const timer = setTimeout(fallback, 0);
      return () => clearTimeout(timer);
    }
    const onMessage = (e: MessageEvent<{ id: number; layout: ProcessLayout; ms: number }>) => {
      if (e.data.id === id) setLaid({ map, layout: e.data.layout, ms: e.data.ms });
    };
    w.addEventListener('message', onMessage);
    w.addEventListener('error', fallback);
    w.postMessage({ id, map });
    return () => {
      w.removeEventListener('message', onMessage);
      w.removeEventListener('error', fallback);
    };
  }, [map]);
  return laid;
}

// Lays the process map out off the main thread, so dragging a coverage slider never stalls the page.
import { layoutProcess, type ProcessMapData } from './processLayout';

const scope = globalThis as unknown as { onmessage: ((e: MessageEvent<{ id: number; map: ProcessMapData }>) => void) | null; postMessage: (m: unknown) => void };

scope.onmessage = (e) => {
  const started = performance.now();
  const layout = layoutProcess(e.data.map);
  scope.postMessage({ id: e.data.id, layout, ms: performance.now() - started });
};

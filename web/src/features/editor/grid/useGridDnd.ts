// Drag and drop of step, stage and lane headers with the browser's own drag events. What is dragged lives in
// a ref (drag events cannot read the payload until the drop); the drop hint is state so the indicator shows.
import { useCallback, useMemo, useRef, useState, type DragEvent } from 'react';
import type { JourneyMap } from '../../../api/model';
import { isNoOpDrop, isStepAt, sideOf, stepDropTarget, stepIntoStage, type Side } from '../../map/state/dropPosition';
import type { Structure } from './useStructure';

export type DragType = 'step' | 'stage' | 'lane';

export type DropHint =
  | { type: 'step'; overId: string; side: Side }
  | { type: 'stepIntoStage'; stageId: string }
  | { type: 'stage'; overId: string; side: Side }
  | { type: 'lane'; overId: string; side: Side };

/** The drag-and-drop attributes of one step, stage or lane header. */
export function dragHandlers(dnd: GridDnd, type: DragType, id: string, label: string, enabled: boolean) {
  return {
    draggable: enabled,
    onDragStart: (e: DragEvent) => dnd.start(type, id, label, e),
    onDragOver: (e: DragEvent) => dnd.over(type, id, e),
    onDrop: dnd.drop,
    onDragEnd: dnd.end,
  };
}

export interface GridDnd {
  start: (type: DragType, id: string, label: string, e: DragEvent) => void;
  /** The pointer is over a header of `targetType`; allows the drop and shows where it would land. */
  over: (targetType: DragType, targetId: string, e: DragEvent) => void;
  drop: (e: DragEvent) => void;
  end: () => void;
}

const same = (a: DropHint | null, b: DropHint | null) => JSON.stringify(a) === JSON.stringify(b);

export function useGridDnd(mapRef: { current: JourneyMap }, structure: Structure) {
  const drag = useRef<{ type: DragType; id: string } | null>(null);
  const hintRef = useRef<DropHint | null>(null);
  const [hint, setHintState] = useState<DropHint | null>(null);
  const [dragging, setDragging] = useState<{ type: DragType; id: string } | null>(null);

  const setHint = useCallback((next: DropHint | null) => {
    if (same(hintRef.current, next)) return;
    hintRef.current = next;
    setHintState(next);
  }, []);

  const hintFor = useCallback((targetType: DragType, targetId: string, e: DragEvent): DropHint | null | 'refuse' => {
    const d = drag.current;
    if (!d) return 'refuse';
    const rect = (e.currentTarget as HTMLElement).getBoundingClientRect();
    const map = mapRef.current;
    if (d.type === 'step' && targetType === 'step') {
      const side = sideOf(e.clientX, rect.left, rect.width);
      const target = stepDropTarget(map, d.id, targetId, side);
      return target && !isStepAt(map, d.id, target) ? { type: 'step', overId: targetId, side } : null;
    }
    if (d.type === 'step' && targetType === 'stage') {
      const target = stepIntoStage(map, d.id, targetId);
      return target && !isStepAt(map, d.id, target) ? { type: 'stepIntoStage', stageId: targetId } : null;
    }
    if (d.type === targetType && (d.type === 'stage' || d.type === 'lane')) {
      const list: { id: string }[] = (d.type === 'stage' ? map.stages : map.lanes) ?? [];
      const side = d.type === 'stage' ? sideOf(e.clientX, rect.left, rect.width) : sideOf(e.clientY, rect.top, rect.height);
      const from = list.findIndex((x) => x.id === d.id);
      const over = list.findIndex((x) => x.id === targetId);
      return from >= 0 && over >= 0 && !isNoOpDrop(from, over, side) ? { type: d.type, overId: targetId, side } : null;
    }
    return 'refuse';
  }, [mapRef]);

  const dnd = useMemo<GridDnd>(() => ({
    start: (type, id, label, e) => {
      drag.current = { type, id };
      setDragging({ type, id });
      e.dataTransfer.effectAllowed = 'move';
      e.dataTransfer.setData('text/plain', label);
    },
    over: (targetType, targetId, e) => {
      const next = hintFor(targetType, targetId, e);
      if (next === 'refuse') return;
      e.preventDefault();
      e.stopPropagation();
      e.dataTransfer.dropEffect = 'move';
      setHint(next);
    },
    drop: (e) => {
      const d = drag.current;
      const h = hintRef.current;
      if (!d) return;
      e.preventDefault();
      e.stopPropagation();
      if (h?.type === 'step') {
        const target = stepDropTarget(mapRef.current, d.id, h.overId, h.side);
        if (target) structure.dropStep(d.id, target);
      } else if (h?.type === 'stepIntoStage') {
        const target = stepIntoStage(mapRef.current, d.id, h.stageId);
        if (target) structure.dropStep(d.id, target);
      } else if (h?.type === 'stage') {
        structure.dropStage(d.id, h.overId, h.side);
      } else if (h?.type === 'lane') {
        structure.dropLane(d.id, h.overId, h.side);
      }
      drag.current = null;
      setDragging(null);
      setHint(null);
    },
    end: () => {
      drag.current = null;
      setDragging(null);
      setHint(null);
    },
  }), [hintFor, mapRef, setHint, structure]);

  return { dnd, hint, dragging };
}

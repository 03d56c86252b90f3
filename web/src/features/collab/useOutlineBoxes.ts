// Where each person's selected cell is on screen: boxes in viewport coordinates, clipped to the grid, measured
// again when the grid scrolls, the window resizes or the map redraws.
import { useEffect, useState, type CSSProperties } from 'react';
import { mapGridId } from '../editor/grid/gridDom';
import type { Presence } from './protocol';

export interface OutlineBoxes {
  clip?: CSSProperties;
  items: { person: Presence; box: CSSProperties }[];
}

function cellOf(grid: HTMLElement, p: Presence): HTMLElement | null {
  const laneId = p.selection?.laneId;
  const stepId = p.selection?.stepId;
  if (!stepId) return null;
  if (!laneId) return grid.querySelector<HTMLElement>(`[data-nav-header="step"][data-step-id="${CSS.escape(stepId)}"]`);
  return grid.querySelector<HTMLElement>(`[data-cell-lane="${CSS.escape(laneId)}"][data-cell-step="${CSS.escape(stepId)}"]`);
}

function measure(others: Presence[]): OutlineBoxes {
  const grid = document.getElementById(mapGridId);
  if (!grid) return { items: [] };
  const g = grid.getBoundingClientRect();
  const items: OutlineBoxes['items'] = [];
  for (const person of others) {
    const cell = cellOf(grid, person);
    if (!cell) continue;
    const r = cell.getBoundingClientRect();
    items.push({ person, box: { left: r.left - g.left, top: r.top - g.top, width: r.width, height: r.height } });
  }
  return { clip: { left: g.left, top: g.top, width: grid.clientWidth, height: grid.clientHeight }, items };
}

const sameBoxes = (a: OutlineBoxes, b: OutlineBoxes) => JSON.stringify(a) === JSON.stringify(b);

export function useOutlineBoxes(others: Presence[]): OutlineBoxes {
  const [boxes, setBoxes] = useState<OutlineBoxes>({ items: [] });
  useEffect(() => {
    let frame = 0;
    const update = () => {
      cancelAnimationFrame(frame);
      frame = requestAnimationFrame(() => {
        const next = measure(others);
        setBoxes((prev) => (sameBoxes(prev, next) ? prev : next));
      });
    };
    update();
    // The grid redraws cells as the map changes (others' edits, zoom): watch it rather than guess.
    const grid = document.getElementById(mapGridId);
    const observer = new MutationObserver(update);
    if (grid) observer.observe(grid, { childList: true, subtree: true, attributes: true, attributeFilter: ['style', 'class'] });
    grid?.addEventListener('scroll', update, { passive: true });
    window.addEventListener('resize', update);
    return () => {
      cancelAnimationFrame(frame);
      observer.disconnect();
      grid?.removeEventListener('scroll', update);
      window.removeEventListener('resize', update);
    };
  }, [others]);
  return boxes;
}

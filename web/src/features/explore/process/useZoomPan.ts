// Zoom and pan of the process map: the wheel zooms around the pointer, dragging pans, the buttons and keys (+, −,
// 0 to fit, arrows to pan) do the same from the keyboard. The view is a transform of the drawn graph.
import { useEffect, useRef, useState, type KeyboardEvent, type PointerEvent, type RefObject } from 'react';

export interface View { x: number; y: number; k: number }

const minK = 0.2;
const readableK = 0.7;
const maxK = 3;
const clampK = (k: number) => Math.min(maxK, Math.max(minK, k));

/** The view that fits a width x height drawing into the box, never enlarged past 1:1. */
export function fitView(width: number, height: number, boxWidth: number, boxHeight: number): View {
  const k = clampK(Math.min(1, (boxWidth - 32) / width, (boxHeight - 32) / height));
  return { k, x: (boxWidth - width * k) / 2, y: (boxHeight - height * k) / 2 };
}

/** The first view of a graph: fitted, unless that makes its words too small to read; then at the smallest readable
 * size, starting at its left (where journeys start), centred vertically. */
export function firstView(width: number, height: number, boxWidth: number, boxHeight: number): View {
  const fitted = fitView(width, height, boxWidth, boxHeight);
  if (fitted.k >= readableK) return fitted;
  return { k: readableK, x: 16, y: (boxHeight - height * readableK) / 2 };
}

/** The view zoomed by `factor` around the point (px, py) of the box, which stays where it is. */
export function zoomView(v: View, factor: number, px: number, py: number): View {
  const k = clampK(v.k * factor);
  return { k, x: px - ((px - v.x) * k) / v.k, y: py - ((py - v.y) * k) / v.k };
}

export function useZoomPan(box: RefObject<HTMLDivElement | null>, size: { width: number; height: number }) {
  const [view, setView] = useState<View>({ x: 0, y: 0, k: 1 });
  const drag = useRef<{ x: number; y: number; view: View } | null>(null);
  const fit = () => {
    const el = box.current;
    if (el) setView(fitView(size.width, size.height, el.clientWidth, el.clientHeight));
  };
  const zoomCentre = (factor: number) => {
    const el = box.current;
    setView((v) => zoomView(v, factor, (el?.clientWidth ?? 0) / 2, (el?.clientHeight ?? 0) / 2));
  };

  // A new graph is shown once the box has its size: whole, or from its start at a readable size (Fit shows it whole).
  useEffect(() => {
    const frame = requestAnimationFrame(() => {
      const el = box.current;
      if (el) setView(firstView(size.width, size.height, el.clientWidth, el.clientHeight));
    });
    return () => cancelAnimationFrame(frame);
  }, [box, size]);
  useEffect(() => {
    const el = box.current;
    if (!el) return;
    const onWheel = (e: WheelEvent) => {
      e.preventDefault();
      const rect = el.getBoundingClientRect();
      setView((v) => zoomView(v, Math.exp(-e.deltaY * 0.0015), e.clientX - rect.left, e.clientY - rect.top));
    };
    el.addEventListener('wheel', onWheel, { passive: false });
    return () => el.removeEventListener('wheel', onWheel);
  }, [box]);

  const handlers = {
    onPointerDown: (e: PointerEvent<HTMLDivElement>) => {
      if (e.button !== 0) return;
      drag.current = { x: e.clientX, y: e.clientY, view };
      e.currentTarget.setPointerCapture(e.pointerId);
    },
    onPointerMove: (e: PointerEvent<HTMLDivElement>) => {
      const d = drag.current;
      if (d) setView({ ...d.view, x: d.view.x + e.clientX - d.x, y: d.view.y + e.clientY - d.y });
    },
    onPointerUp: () => { drag.current = null; },
    onKeyDown: (e: KeyboardEvent<HTMLDivElement>) => {
      const pan = ({ ArrowLeft: [48, 0], ArrowRight: [-48, 0], ArrowUp: [0, 48], ArrowDown: [0, -48] } as Record<string, number[]>)[e.key];
      if (pan) setView((v) => ({ ...v, x: v.x + pan[0]!, y: v.y + pan[1]! }));
      else if (e.key === '+' || e.key === '=') zoomCentre(1.25);
      else if (e.key === '-' || e.key === '_') zoomCentre(0.8);
      else if (e.key === '0') fit();
      else return;
      e.preventDefault();
    },
  };
  return { view, handlers, zoomIn: () => zoomCentre(1.25), zoomOut: () => zoomCentre(0.8), fit };
}

// Keeps a floating cell editor on screen: an editor wider than its cell (the last column's, or any at a small zoom)
// is shifted left until its right edge, and so its Done button, is inside the grid's scroll box and the window,
// and the box scrolls just enough to show it whole. It is measured again whenever the editor changes size.
import { useLayoutEffect, type RefObject } from 'react';

/** Room kept between the editor and the edge it was pushed away from (px on screen). */
const margin = 8;

/** The part of the window the element can be seen in: its closest scroll box's rectangle, clipped to the window. */
function visibleBounds(el: HTMLElement): { left: number; right: number } {
  let left = 0;
  let right = document.documentElement.clientWidth;
  for (let box = el.parentElement; box; box = box.parentElement) {
    const overflow = getComputedStyle(box).overflowX;
    if (overflow === 'auto' || overflow === 'scroll' || overflow === 'hidden') {
      const rect = box.getBoundingClientRect();
      left = Math.max(left, rect.left);
      right = Math.min(right, rect.left + box.clientLeft + box.clientWidth);
      break;
    }
  }
  return { left, right };
}

/** The shift (in the element's own CSS px) that brings its right edge inside the bounds, never past their left. */
export function shiftToFit(rect: { left: number; right: number; width: number }, bounds: { left: number; right: number },
  cssWidth: number): number {
  const overflow = rect.right + margin - bounds.right;
  if (overflow <= 0) return 0;
  const room = Math.max(0, rect.left - bounds.left);
  const onScreen = Math.min(overflow, room);
  // CSS zoom on an ancestor scales the element: a screen pixel is less (or more) than one of its own.
  const scale = cssWidth > 0 ? rect.width / cssWidth : 1;
  return -onScreen / (scale || 1);
}

export function useStayOnScreen(ref: RefObject<HTMLElement | null>) {
  useLayoutEffect(() => {
    const el = ref.current;
    if (!el) return;
    let shift = 0;
    const place = () => {
      const rect = el.getBoundingClientRect();
      // Measure where it would sit unshifted, so a grown or shrunk editor is placed afresh.
      const scale = el.offsetWidth > 0 ? rect.width / el.offsetWidth : 1;
      const natural = { left: rect.left - shift * scale, right: rect.right - shift * scale, width: rect.width };
      const next = shiftToFit(natural, visibleBounds(el), el.offsetWidth);
      if (Math.abs(next - shift) > 0.5) {
        shift = next;
        el.style.transform = shift ? `translateX(${shift}px)` : '';
      }
      el.scrollIntoView?.({ block: 'nearest', inline: 'nearest' });
    };
    place();
    const observer = typeof ResizeObserver === 'undefined' ? null : new ResizeObserver(place);
    observer?.observe(el);
    return () => observer?.disconnect();
  }, [ref]);
}

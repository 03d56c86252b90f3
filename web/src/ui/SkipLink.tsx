// The first tab stop of a page: a link, hidden until focused, that jumps past the bars to the page's content. On
// the editor it lands on the grid's active cell, so a keyboard user starts editing after one Tab and Enter.
import type { MouseEvent, ReactNode } from 'react';
import styles from './SkipLink.module.css';

interface SkipLinkProps {
  /** The id of the element to land on: its roving tab stop (tabindex="0") when it has one, else the element. */
  target: string;
  children: ReactNode;
}

export function SkipLink({ target, children }: SkipLinkProps) {
  const skip = (e: MouseEvent<HTMLAnchorElement>) => {
    // Focus is moved by hand: a #hash would go through the app's router and scroll without moving focus in Chromium.
    e.preventDefault();
    focusTarget(document.getElementById(target));
  };
  return <a href={`#${target}`} className={styles.skip} onClick={skip}>{children}</a>;
}

/** Focuses the target's own tab stop (the grid's active cell), or the target itself, made focusable for this. */
function focusTarget(el: HTMLElement | null): void {
  if (!el) return;
  const stop = el.querySelector<HTMLElement>('[role="gridcell"][tabindex="0"], [data-skip-stop]');
  if (stop) { stop.focus(); return; }
  if (!el.hasAttribute('tabindex')) el.setAttribute('tabindex', '-1');
  el.focus();
}

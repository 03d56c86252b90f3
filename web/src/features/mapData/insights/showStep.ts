// Brings a step of the grid into view and gives it focus, as a finding's "Show step" does; the panel lights it up.

/** The step's column header in the map grid, or null when the map has no such step (any more). */
export function stepHeader(stepId: string): HTMLElement | null {
  return document.querySelector<HTMLElement>(`[data-testid="map-grid"] [data-testid="step-header"][data-step-id="${CSS.escape(stepId)}"]`);
}

/** Scrolls the grid so the step's column is in the middle, and focuses its header; false when it is not there. */
export function showStep(stepId: string): boolean {
  const header = stepHeader(stepId);
  if (!header) return false;
  const still = window.matchMedia?.('(prefers-reduced-motion: reduce)').matches ?? false;
  header.scrollIntoView({ behavior: still ? 'auto' : 'smooth', block: 'nearest', inline: 'center' });
  header.focus({ preventScroll: true });
  return true;
}

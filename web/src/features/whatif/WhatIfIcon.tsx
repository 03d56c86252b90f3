// What-if's mark: a measured line and, from a point on it, a dashed projection rising.
export function WhatIfIcon() {
  return (
    <svg width="14" height="14" viewBox="0 0 16 16" aria-hidden="true" fill="none" stroke="currentColor" strokeWidth="1.6" strokeLinecap="round">
      <path d="M2 12.5l4-3 2.5 1.5" />
      <path d="M8.5 11L14 4" strokeDasharray="2 2" />
      <circle cx="8.5" cy="11" r="1.6" fill="currentColor" stroke="none" />
    </svg>
  );
}

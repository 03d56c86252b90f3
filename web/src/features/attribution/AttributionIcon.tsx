// Attribution's mark: a conversion (the dot) fed by three touches of different weight.
export function AttributionIcon() {
  return (
    <svg width="14" height="14" viewBox="0 0 16 16" aria-hidden="true" fill="none" stroke="currentColor" strokeWidth="1.6" strokeLinecap="round">
      <path d="M2 3.5h5.5L12 8M2 8h10M2 12.5h3.5L12 8" />
      <circle cx="13" cy="8" r="1.8" fill="currentColor" stroke="none" />
    </svg>
  );
}

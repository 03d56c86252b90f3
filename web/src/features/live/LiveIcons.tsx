// The live view's figure shapes: a moving arrow for in flight, a pause for stalled, a flag for the rules marker.
export function FlightIcon() {
  return (
    <svg width="12" height="12" viewBox="0 0 16 16" aria-hidden="true" fill="none" stroke="currentColor" strokeWidth="1.8" strokeLinecap="round" strokeLinejoin="round">
      <path d="M2 8h10M8.5 4.5 12 8l-3.5 3.5" />
    </svg>
  );
}

export function StalledIcon() {
  return (
    <svg width="12" height="12" viewBox="0 0 16 16" aria-hidden="true" fill="currentColor">
      <rect x="3.5" y="3" width="3" height="10" rx="1" /><rect x="9.5" y="3" width="3" height="10" rx="1" />
    </svg>
  );
}

export function RuleFlagIcon() {
  return (
    <svg width="11" height="11" viewBox="0 0 16 16" aria-hidden="true" fill="none" stroke="currentColor" strokeWidth="1.8" strokeLinecap="round" strokeLinejoin="round">
      <path d="M3.5 14V2.5M3.5 3h8l-1.8 3 1.8 3h-8" />
    </svg>
  );
}

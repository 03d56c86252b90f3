// Waymark's mark (a path across a circle), drawn beside the name in the app's header, sign-in, invitation and
// shared-map pages.
export function BrandMark() {
  return (
    <svg width="24" height="24" viewBox="0 0 32 32" aria-hidden="true">
      <circle cx="16" cy="16" r="14" fill="var(--accent)" />
      <path d="M7 20 Q12 8 16 16 T25 12" stroke="#fff" strokeWidth="3" fill="none" strokeLinecap="round" />
    </svg>
  );
}

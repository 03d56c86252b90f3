// Placeholder until this page is built.
export function HomePage() {
  return <p>HomePage is being built.</p>;
}

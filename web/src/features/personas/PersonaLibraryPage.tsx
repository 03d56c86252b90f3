// Placeholder until this page is built.
export function PersonaLibraryPage() {
  return <p>PersonaLibraryPage is being built.</p>;
}

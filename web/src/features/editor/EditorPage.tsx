// Placeholder until this page is built.
export function EditorPage({ mapId }: { mapId: string }) {
  return <p>Map {mapId} is being built.</p>;
}

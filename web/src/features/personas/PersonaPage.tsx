// Placeholder until this page is built.
export function PersonaPage({ personaId }: { personaId: string }) {
  return <p>Persona {personaId} is being built.</p>;
}

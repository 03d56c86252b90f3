// Pure helpers for the personas on a map: what removing one touches, copying one in from the library, and a
// colour for a new one.
import type { JourneyMap, Persona } from '../../../api/model';
import { nextPersonaColor as nextPaletteColor, personaPalette } from '../../../ui/personaColor';

export interface PersonaUsage {
  /** Lanes that speak for the persona (they stay, unlinked). */
  lanes: number;
  /** The persona's points on the emotion curve (they go with the persona). */
  points: number;
}

export function personaUsage(map: JourneyMap, personaId: string): PersonaUsage {
  let lanes = 0;
  let points = 0;
  for (const lane of map.lanes ?? []) {
    if (lane.personaId === personaId) lanes += 1;
    for (const cell of Object.values(lane.cells ?? {})) points += cell.emotions?.filter((e) => e.personaId === personaId).length ?? 0;
  }
  return { lanes, points };
}

/** The persona fields a map holds, from a library document (which also carries schemaVersion and may carry more). */
export function personaFromLibrary(doc: Persona & Record<string, unknown>): Persona {
  const p: Persona = {
    id: doc.id, name: doc.name, photoUrl: doc.photoUrl, age: doc.age, jobRole: doc.jobRole, familyStatus: doc.familyStatus,
    color: doc.color, goals: doc.goals, needs: doc.needs, painPoints: doc.painPoints, motivations: doc.motivations,
    behaviours: doc.behaviours, channels: doc.channels, quote: doc.quote, backstory: doc.backstory,
  };
  for (const key of Object.keys(p) as (keyof Persona)[]) if (p[key] === undefined) delete p[key];
  return p;
}

/** The swatches offered for a persona: the one persona palette (ui/personaColor). */
export const personaColors: readonly string[] = personaPalette;

/** The colour a persona added to this map starts with: one no persona of the map has yet. */
export function nextPersonaColor(map: JourneyMap): string {
  return nextPaletteColor((map.personas ?? []).map((p) => p.color));
}

export function isHexColor(text: string): boolean {
  return /^#[0-9a-fA-F]{6}$/.test(text);
}

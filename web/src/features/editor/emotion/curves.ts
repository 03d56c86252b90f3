// Which curves the emotion row draws and in which colours: the main curve (points without a persona) in the
// accent colour and one per persona in the persona's colour; a persona filter leaves only that persona's curve.
import type { JourneyMap, Lane } from '../../../api/model';
import type { StepRef } from '../state/queries';
import { curveKeys, type CurvePoint } from './series';

export const mainCurveColor = '#2f5bd3';
const fallbackPersonaColor = '#5f6778';

export interface CurveInfo {
  /** undefined for the main curve. */
  personaId: string | undefined;
  name: string;
  color: string;
}

export function curvesToDraw(map: JourneyMap, lane: Lane, personaFilter: string | null): CurveInfo[] {
  const personas = map.personas ?? [];
  const keys = new Set(curveKeys(lane));
  const out: CurveInfo[] = [];
  if (personaFilter) {
    const p = personas.find((x) => x.id === personaFilter);
    if (p) out.push({ personaId: p.id, name: p.name, color: p.color ?? fallbackPersonaColor });
    return out;
  }
  // The main curve is always offered (it is where new points go on a single-persona map).
  out.push({ personaId: undefined, name: personas.length ? 'Everyone' : 'Emotion', color: mainCurveColor });
  for (const p of personas) {
    if (keys.has(p.id) || personas.length > 1) out.push({ personaId: p.id, name: p.name, color: p.color ?? fallbackPersonaColor });
  }
  return out;
}

/**
 * The based-on (current-state) map's curve lined up with this map's steps: by step id, or by step name when the
 * future state was drawn with new ids. Its first emotion lane is used.
 */
export function basedOnCurve(basedOn: JourneyMap | undefined, steps: readonly StepRef[], personaId: string | undefined): CurvePoint[] {
  const lane = basedOn?.lanes?.find((l) => l.kind === 'emotionCurve');
  if (!basedOn || !lane?.cells) return [];
  const byName = new Map<string, string>();
  for (const stage of basedOn.stages ?? []) for (const s of stage.steps ?? []) byName.set(s.name.trim().toLowerCase(), s.id);
  const out: CurvePoint[] = [];
  for (const ref of steps) {
    const id = lane.cells[ref.step.id] ? ref.step.id : byName.get(ref.step.name.trim().toLowerCase());
    const point = id ? lane.cells[id]?.emotions?.find((e) => e.personaId === personaId) : undefined;
    if (point) out.push({ stepId: ref.step.id, stepName: ref.step.name, column: ref.column, score: point.score, label: point.label });
  }
  return out;
}

/** "+2" on scales around zero, so a reader sees which side is good. */
export function formatScore(score: number, min: number): string {
  return min < 0 && score > 0 ? `+${score}` : String(score);
}

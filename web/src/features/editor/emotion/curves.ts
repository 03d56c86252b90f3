// Which curves the emotion row draws and in which colours: the main curve (points without a persona) in the
// accent colour and one per persona in the persona's colour; a persona filter leaves only that persona's curve.
import type { JourneyMap, Lane } from '../../../api/model';
import { parseHex, standingOut } from '../../../ui/contrast';
import type { ScaleRange, StepRef } from '../../map/state/queries';
import { scoreToY, type Band } from './geometry';
import { curveKeys, type CurvePoint } from './series';

export const mainCurveColor = '#2f5bd3';
const fallbackPersonaColor = '#5f6778';
/** The emotion lane's tint (tokens.css --tint-emotion), which every curve is drawn on. */
const curvePaper = parseHex('#fbfbf5')!;

/** A persona's colour for its curve and faces, deepened when it is too pale to see on the lane (3:1, WCAG 1.4.11). */
function curveColor(color: string | undefined): string {
  return standingOut(parseHex(color ?? fallbackPersonaColor) ?? parseHex(fallbackPersonaColor)!, curvePaper, 3);
}

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
    if (p) out.push({ personaId: p.id, name: p.name, color: curveColor(p.color) });
    return out;
  }
  // The main curve is always offered (it is where new points go on a single-persona map).
  out.push({ personaId: undefined, name: personas.length ? 'Everyone' : 'Emotion', color: mainCurveColor });
  for (const p of personas) {
    if (keys.has(p.id) || personas.length > 1) out.push({ personaId: p.id, name: p.name, color: curveColor(p.color) });
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

export interface CurveLayout {
  /** Horizontal nudge per curve (px), so faces of curves with points at one step sit side by side. */
  offsets: Map<string | undefined, number>;
  /** Per curve, the steps whose label is left to the hover title because another curve's face or label is close. */
  quiet: Map<string | undefined, Set<string>>;
}

const faceGap = 12;
const labelClearance = 30;

export function curveLayout(
  series: readonly { curve: CurveInfo; points: readonly CurvePoint[] }[],
  active: string | undefined,
  range: ScaleRange,
  band: Band,
): CurveLayout {
  const drawn = series.filter((s) => s.points.length > 0);
  const offsets = new Map<string | undefined, number>();
  drawn.forEach((s, i) => offsets.set(s.curve.personaId, (i - (drawn.length - 1) / 2) * faceGap));
  const quiet = new Map<string | undefined, Set<string>>();
  // The active curve keeps its labels; another curve's label yields when a point of a curve drawn before it sits
  // at the same step within a label's height.
  const order = [...drawn].sort((a, b) => Number(b.curve.personaId === active) - Number(a.curve.personaId === active));
  const placed = new Map<string, number[]>();
  for (const s of order) {
    const hidden = new Set<string>();
    for (const p of s.points) {
      const y = scoreToY(p.score, range, band);
      const others = placed.get(p.stepId) ?? [];
      if (p.label && others.some((oy) => Math.abs(oy - y) < labelClearance)) hidden.add(p.stepId);
      others.push(y);
      placed.set(p.stepId, others);
    }
    quiet.set(s.curve.personaId, hidden);
  }
  return { offsets, quiet };
}

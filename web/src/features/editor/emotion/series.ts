// The curves an emotion lane holds: one per persona plus the main curve (points without a persona), and the pure
// cell edits a drag, a key press or a click makes.
import type { Cell, EmotionPoint, Lane } from '../../../api/model';
import type { StepRef } from '../../map/state/queries';

export interface CurvePoint {
  stepId: string;
  stepName: string;
  column: number;
  score: number;
  label?: string;
}

/** Points of one curve (personaId undefined = the main curve), in column order; steps without one are skipped. */
export function curveOf(lane: Lane | undefined, steps: readonly StepRef[], personaId: string | undefined): CurvePoint[] {
  const out: CurvePoint[] = [];
  if (!lane?.cells) return out;
  for (const ref of steps) {
    const point = lane.cells[ref.step.id]?.emotions?.find((e) => e.personaId === personaId);
    if (point) out.push({ stepId: ref.step.id, stepName: ref.step.name, column: ref.column, score: point.score, label: point.label });
  }
  return out;
}

/** Which curves the lane has: undefined for the main curve, then persona ids, in order of first appearance. */
export function curveKeys(lane: Lane | undefined): (string | undefined)[] {
  const keys: (string | undefined)[] = [];
  for (const cell of Object.values(lane?.cells ?? {})) {
    for (const e of cell.emotions ?? []) if (!keys.includes(e.personaId)) keys.push(e.personaId);
  }
  return keys;
}

function withEmotions(cell: Cell | undefined, emotions: EmotionPoint[]): Cell | undefined {
  const next: Cell = { ...(cell ?? {}), emotions: emotions.length > 0 ? emotions : undefined };
  return Object.values(next).some((v) => v !== undefined) ? next : undefined;
}

/** Sets one curve's point in a cell (at most one per persona), keeping the other curves' points. */
export function setPoint(cell: Cell | undefined, personaId: string | undefined, patch: Partial<EmotionPoint> & { score: number }): Cell {
  const emotions = cell?.emotions ?? [];
  const index = emotions.findIndex((e) => e.personaId === personaId);
  const base: EmotionPoint = index >= 0 ? emotions[index]! : { score: patch.score };
  const point: EmotionPoint = { ...base, ...patch };
  if (personaId) point.personaId = personaId;
  else delete point.personaId;
  if (!point.label) delete point.label;
  const next = index >= 0 ? emotions.map((e, i) => (i === index ? point : e)) : [...emotions, point];
  return { ...(cell ?? {}), emotions: next };
}

export function removePoint(cell: Cell | undefined, personaId: string | undefined): Cell | undefined {
  return withEmotions(cell, (cell?.emotions ?? []).filter((e) => e.personaId !== personaId));
}

export function pointAt(cell: Cell | undefined, personaId: string | undefined): EmotionPoint | undefined {
  return cell?.emotions?.find((e) => e.personaId === personaId);
}

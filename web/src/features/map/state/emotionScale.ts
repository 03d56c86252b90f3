// Changing a map's emotion scale must not strand points outside it: every point is carried over to the same
// relative height on the new scale and snapped to a whole score, all in one undo step.
import type { Cell, EmotionScale, JourneyMap } from '../../../api/model';
import type { Edit } from './edits';
import { scaleRange, snapScore, type ScaleRange } from './queries';

export function rescaleScore(score: number, from: ScaleRange, to: ScaleRange): number {
  const span = from.max - from.min;
  const t = span > 0 ? (score - from.min) / span : 0.5;
  return snapScore(to.min + t * (to.max - to.min), to);
}

/** The edits that switch the scale and move every point onto it (dispatch them under one coalesce key). */
export function emotionScaleEdits(map: JourneyMap, scale: EmotionScale): Edit[] {
  const from = scaleRange(map.emotionScale);
  const to = scaleRange(scale);
  const edits: Edit[] = [{ type: 'updateMap', patch: { emotionScale: scale } }];
  if (from.min === to.min && from.max === to.max) return edits;
  for (const lane of map.lanes ?? []) {
    for (const [stepId, cell] of Object.entries(lane.cells ?? {})) {
      if (!cell.emotions?.length) continue;
      const next: Cell = { ...cell, emotions: cell.emotions.map((e) => ({ ...e, score: rescaleScore(e.score, from, to) })) };
      edits.push({ type: 'setCell', laneId: lane.id, stepId, cell: next });
    }
  }
  return edits;
}

/** How many points a scale change moves (to tell people before they switch). */
export function countEmotionPoints(map: JourneyMap): number {
  let n = 0;
  for (const lane of map.lanes ?? []) for (const cell of Object.values(lane.cells ?? {})) n += cell.emotions?.length ?? 0;
  return n;
}

// Pinning a feedback topic to a pain point: the pain point's existing link (linkedTopic) set to the topic's phrase,
// on a card the step already has or on a new one. A map without a pain points lane gets one, as the editor's
// "add lane" would make it. Pure: the caller loads and saves the map.
import type { JourneyMap, Lane, PainPoint } from '../../../api/model';
import { newId } from '../../map/state/ids';
import { stepsOf } from '../../map/state/queries';
import { withPainLink } from '../../editor/cells/painLinks';

/** A pain point of a step, as the picker lists it. */
export interface StepPainPoint {
  laneId: string;
  point: PainPoint;
}

/** The pain point cards at a step, over every pain points lane of the map. */
export function painPointsAt(map: JourneyMap, stepId: string): StepPainPoint[] {
  return (map.lanes ?? []).filter((l) => l.kind === 'painPoints')
    .flatMap((lane) => (lane.cells?.[stepId]?.painPoints ?? []).map((point) => ({ laneId: lane.id, point })));
}

/** Where the topic goes: an existing card (by id) or a new card with this text. */
export type PinTarget = { kind: 'existing'; pointId: string } | { kind: 'new'; text: string };

/** The map with the topic linked at the step; throws when the step or the card is not on the map. */
export function pinTopic(map: JourneyMap, stepId: string, phrase: string, target: PinTarget): { map: JourneyMap; pointId: string } {
  if (!stepsOf(map).some((r) => r.step.id === stepId)) throw new Error('The step is no longer on the map.');
  if (target.kind === 'existing') {
    let found = false;
    const lanes = (map.lanes ?? []).map((lane) => {
      const cell = lane.kind === 'painPoints' ? lane.cells?.[stepId] : undefined;
      if (!cell?.painPoints?.some((p) => p.id === target.pointId)) return lane;
      found = true;
      const painPoints = cell.painPoints.map((p) => (p.id === target.pointId ? withPainLink(p, 'topic', phrase) : p));
      return { ...lane, cells: { ...lane.cells, [stepId]: { ...cell, painPoints } } };
    });
    if (!found) throw new Error('The pain point is no longer on the map.');
    return { map: { ...map, lanes }, pointId: target.pointId };
  }
  const point = withPainLink({ id: newId('pp'), text: target.text.trim() || phrase }, 'topic', phrase);
  const lanes = [...(map.lanes ?? [])];
  let at = lanes.findIndex((l) => l.kind === 'painPoints');
  if (at < 0) {
    lanes.push({ id: newId('lan'), kind: 'painPoints', title: 'Pain points', cells: {} } satisfies Lane);
    at = lanes.length - 1;
  }
  const lane = lanes[at]!;
  const cell = lane.cells?.[stepId] ?? {};
  lanes[at] = { ...lane, cells: { ...lane.cells, [stepId]: { ...cell, painPoints: [...(cell.painPoints ?? []), point] } } };
  return { map: { ...map, lanes }, pointId: point.id };
}

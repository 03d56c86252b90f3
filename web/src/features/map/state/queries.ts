// Read-only views of a map that the grid and the operations share.
import type { Cell, EmotionScale, JourneyMap, Lane, LaneKind, Stage, Step } from '../../../api/model';

export interface StepRef {
  step: Step;
  stage: Stage;
  stageIndex: number;
  /** Position within its stage. */
  indexInStage: number;
  /** Position across the whole map (the grid column). */
  column: number;
}

export function stepsOf(map: JourneyMap): StepRef[] {
  const out: StepRef[] = [];
  (map.stages ?? []).forEach((stage, stageIndex) => {
    (stage.steps ?? []).forEach((step, indexInStage) => {
      out.push({ step, stage, stageIndex, indexInStage, column: out.length });
    });
  });
  return out;
}

export function findStep(map: JourneyMap, stepId: string): StepRef | undefined {
  return stepsOf(map).find((r) => r.step.id === stepId);
}

export function cellOf(lane: Lane, stepId: string): Cell | undefined {
  return lane.cells?.[stepId];
}

export interface ScaleRange {
  min: number;
  max: number;
}

export function scaleRange(scale: EmotionScale | undefined): ScaleRange {
  switch (scale ?? '-2..2') {
    case '1..5': return { min: 1, max: 5 };
    case '1..10': return { min: 1, max: 10 };
    case '-5..5': return { min: -5, max: 5 };
    default: return { min: -2, max: 2 };
  }
}

/** Clamps and rounds a score onto the map's scale (points snap to whole steps). */
export function snapScore(value: number, range: ScaleRange): number {
  if (!Number.isFinite(value)) return range.min;
  return Math.min(range.max, Math.max(range.min, Math.round(value)));
}

/** Lanes below the line of visibility in a service blueprint. */
export function isBelowLineOfVisibility(kind: LaneKind): boolean {
  return kind === 'backstage' || kind === 'supportProcesses';
}

/** What a lane of this kind may hold (mirrors the validator's table in docs/file-format.md). */
export function cellPartsFor(kind: LaneKind): (keyof Cell)[] {
  switch (kind) {
    case 'actions': case 'thoughts': case 'feelings': case 'questions': case 'text':
      return ['text', 'cards'];
    case 'frontstage': case 'backstage': case 'supportProcesses':
      return ['text', 'cards', 'owner'];
    case 'touchpoints': return ['text', 'cards', 'channels', 'owner'];
    case 'channels': return ['channels'];
    case 'emotionCurve': return ['emotions'];
    case 'painPoints': return ['painPoints'];
    case 'ideas': return ['ideas'];
    case 'momentsOfTruth': return ['momentOfTruth'];
    case 'kpis': return ['kpis'];
    case 'images': return ['image'];
    case 'owners': return ['owner', 'text'];
    case 'data': return ['text'];
  }
}

/** True when a cell holds nothing worth writing (the file format leaves such cells out). */
export function isEmptyCell(cell: Cell | undefined): boolean {
  if (!cell) return true;
  return Object.entries(cell).every(([key, v]) => {
    if (v === undefined) return true;
    if (key === 'momentOfTruth') return false;
    if (Array.isArray(v)) return v.length === 0;
    return false;
  });
}

export const laneKindLabels: Record<LaneKind, string> = {
  actions: 'Actions', thoughts: 'Thoughts', feelings: 'Feelings', questions: 'Questions', text: 'Text',
  frontstage: 'Frontstage', backstage: 'Backstage', supportProcesses: 'Support processes',
  touchpoints: 'Touchpoints', channels: 'Channels', emotionCurve: 'Emotion curve', painPoints: 'Pain points',
  ideas: 'Ideas', momentsOfTruth: 'Moments of truth', kpis: 'KPIs', images: 'Images', owners: 'Owners', data: 'Data',
};

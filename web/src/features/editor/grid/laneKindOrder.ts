// The order the Add lane dialog lists the lane kinds in (its arrow keys move through them in this order).
import type { LaneKind } from '../../../api/model';

export const laneKindOrder: LaneKind[] = [
  'actions', 'touchpoints', 'channels', 'thoughts', 'feelings', 'emotionCurve', 'painPoints', 'ideas',
  'momentsOfTruth', 'questions', 'frontstage', 'backstage', 'supportProcesses', 'kpis', 'owners', 'images',
  'text', 'data',
];

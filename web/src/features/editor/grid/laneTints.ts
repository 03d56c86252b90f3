// Each lane kind's soft tint (tokens.css), so a reader tells pain points from ideas at a glance. The grid may use
// this for the whole row; the cell widgets use it for their own background.
import type { LaneKind } from '../../../api/model';

export const laneTints: Record<LaneKind, string> = {
  actions: 'var(--tint-text)', text: 'var(--tint-text)', data: 'var(--tint-text)', owners: 'var(--tint-text)',
  questions: 'var(--tint-text)',
  thoughts: 'var(--tint-thoughts)', feelings: 'var(--tint-feelings)', touchpoints: 'var(--tint-touchpoints)',
  channels: 'var(--tint-channels)', emotionCurve: 'var(--tint-emotion)', painPoints: 'var(--tint-pain)',
  ideas: 'var(--tint-ideas)', momentsOfTruth: 'var(--tint-truth)', kpis: 'var(--tint-kpis)', images: 'var(--tint-images)',
  frontstage: 'var(--tint-front)', backstage: 'var(--tint-back)', supportProcesses: 'var(--tint-support)',
};

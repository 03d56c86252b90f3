// The emotion curve measured from feedback: each step's mean text sentiment carried onto the map's emotion scale,
// at the step's column, for the steps with texts.
import type { MapFeedback } from '../../../api/feedback';
import { sentimentOnScale } from '../../mapData';
import type { ScaleRange } from '../../map/state/queries';

export const measuredCurveColor = '#b4531a';

export interface MeasuredPoint {
  stepId: string;
  stepName: string;
  column: number;
  /** On the map's scale (not snapped). */
  value: number;
  /** Mean sentiment, -1..1. */
  sentiment: number;
  texts: number;
}

/**
 * Points in column order. The value comes from the step's mean sentiment and the map's current scale (so a scale
 * changed since the last save still lines up); a step the server measured without a sentiment block uses its
 * `curve` value.
 */
export function measuredPoints(feedback: MapFeedback | null, steps: readonly { step: { id: string; name: string }; column: number }[],
  range: ScaleRange): MeasuredPoint[] {
  if (!feedback) return [];
  const sentiments = new Map(feedback.steps.map((s) => [s.stepId, s.sentiment]));
  const curve = new Map(feedback.curve.map((c) => [c.stepId, c]));
  const out: MeasuredPoint[] = [];
  for (const ref of steps) {
    const s = sentiments.get(ref.step.id);
    if (s && s.texts > 0 && Number.isFinite(s.mean)) {
      out.push({ stepId: ref.step.id, stepName: ref.step.name, column: ref.column, value: sentimentOnScale(s.mean, range), sentiment: s.mean, texts: s.texts });
      continue;
    }
    const c = curve.get(ref.step.id);
    if (c && c.measured !== null && c.texts > 0 && Number.isFinite(c.measured)) {
      const value = Math.max(range.min, Math.min(range.max, c.measured));
      const half = (range.max - range.min) / 2;
      const sentiment = half > 0 ? (value - (range.min + range.max) / 2) / half : 0;
      out.push({ stepId: ref.step.id, stepName: ref.step.name, column: ref.column, value, sentiment, texts: c.texts });
    }
  }
  return out.sort((a, b) => a.column - b.column);
}

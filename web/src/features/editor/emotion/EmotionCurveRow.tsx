// Placeholder: the emotion curve replaces this.
import type { EmotionRowProps } from './types';

export function EmotionCurveRow({ steps, columnWidth, height }: EmotionRowProps) {
  return <svg width={steps.length * columnWidth} height={height} aria-label="Emotion curve" />;
}

// A small face whose mouth curves with the score: a frown at the bottom of the scale, a smile at the top.
import { memo } from 'react';

export const EmotionFace = memo(function EmotionFace({ cx, cy, mood, color, r = 11 }: {
  cx: number; cy: number; mood: number; color: string; r?: number;
}) {
  const eyeY = cy - r * 0.22;
  const eyeDx = r * 0.36;
  const mouthY = cy + r * 0.34;
  const half = r * 0.46;
  const bend = mood * r * 0.42;
  const mouth = `M${cx - half},${mouthY - bend / 2} Q${cx},${mouthY + bend} ${cx + half},${mouthY - bend / 2}`;
  return (
    <g aria-hidden="true">
      <circle cx={cx} cy={cy} r={r} fill="#ffffff" stroke={color} strokeWidth={2} />
      <circle cx={cx - eyeDx} cy={eyeY} r={1.35} fill="#1d2330" />
      <circle cx={cx + eyeDx} cy={eyeY} r={1.35} fill="#1d2330" />
      <path d={mouth} fill="none" stroke="#1d2330" strokeWidth={1.6} strokeLinecap="round" />
    </g>
  );
});

// Mean sentiment as a small face: it smiles or frowns with the mean, in the tone's colour (the number beside it
// says the same, so colour is never the only cue).
import { toneInk, type Tone } from './feedbackFormat';

export function SentimentDot({ mean, tone, size = 14 }: { mean: number; tone: Tone; size?: number }) {
  const r = size / 2 - 1;
  const c = size / 2;
  const bend = Math.max(-1, Math.min(1, mean)) * r * 0.45;
  const mouthY = c + r * 0.3;
  const half = r * 0.48;
  return (
    <svg width={size} height={size} viewBox={`0 0 ${size} ${size}`} aria-hidden="true" style={{ flex: 'none', display: 'block' }}>
      <circle cx={c} cy={c} r={r} fill={toneInk[tone]} />
      <circle cx={c - r * 0.36} cy={c - r * 0.22} r={r * 0.13} fill="#ffffff" />
      <circle cx={c + r * 0.36} cy={c - r * 0.22} r={r * 0.13} fill="#ffffff" />
      <path d={`M${c - half},${mouthY - bend / 2} Q${c},${mouthY + bend} ${c + half},${mouthY - bend / 2}`}
        fill="none" stroke="#ffffff" strokeWidth={1.3} strokeLinecap="round" />
    </svg>
  );
}

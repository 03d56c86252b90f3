// The server's colour levels (0 none .. 3 worst) for where customers are lost and where they wait. Colour is never
// the only cue: each level also has a word and a mark drawn beside the figure.
import type { Level } from '../../../api/overlay';

export type LevelKind = 'loss' | 'wait';

const words: Record<LevelKind, readonly string[]> = {
  loss: ['', 'some loss', 'high loss', 'severe loss'],
  wait: ['', 'some wait', 'long wait', 'very long wait'],
};

/** The level as words ("high loss"), empty for level 0. */
export function levelWord(kind: LevelKind, level: number | null | undefined): string {
  return words[kind][clampLevel(level)] ?? '';
}

/** The CSS module key for the level's colours: "loss2", "wait0". */
export function levelClassKey(kind: LevelKind, level: number | null | undefined): `${LevelKind}${Level}` {
  return `${kind}${clampLevel(level)}`;
}

/** A mark that grows with the level, so the level reads without colour: "", "!", "!!", "!!!". */
export function levelMark(level: number | null | undefined): string {
  return '!'.repeat(clampLevel(level));
}

export function clampLevel(level: number | null | undefined): Level {
  if (level === null || level === undefined || !Number.isFinite(level)) return 0;
  return Math.max(0, Math.min(3, Math.round(level))) as Level;
}

/** The worse of two levels (a step header is tinted by whichever of loss and wait is worse). */
export function worst(a: number, b: number): Level {
  return Math.max(clampLevel(a), clampLevel(b)) as Level;
}

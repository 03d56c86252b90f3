// WCAG 2 contrast: relative luminance of an sRGB colour, the ratio between two colours, and the ink (white or the
// house dark) that reads best on a colour someone chose, such as a persona's.

export type Rgb = readonly [number, number, number];

export const lightInk = '#ffffff';
export const darkInk = '#1d2330';
/** WCAG AA for normal-size text. */
export const minimumContrast = 4.5;

/** `#rgb` or `#rrggbb` (any case) as 0-255 channels; anything else is null. */
export function parseHex(color: string): Rgb | null {
  const m = /^#([0-9a-f]{3}|[0-9a-f]{6})$/i.exec(color.trim());
  if (!m) return null;
  const hex = m[1]!.length === 3 ? [...m[1]!].map((c) => c + c).join('') : m[1]!;
  const channel = (i: number) => parseInt(hex.slice(i, i + 2), 16);
  return [channel(0), channel(2), channel(4)];
}

export function toHex([r, g, b]: Rgb): string {
  return '#' + [r, g, b].map((c) => Math.round(Math.min(255, Math.max(0, c))).toString(16).padStart(2, '0')).join('');
}

/** WCAG 2 relative luminance, 0 (black) to 1 (white). */
export function luminance([r, g, b]: Rgb): number {
  return 0.2126 * linear(r) + 0.7152 * linear(g) + 0.0722 * linear(b);
}

function linear(channel: number): number {
  const s = channel / 255;
  return s <= 0.04045 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
}

/** The contrast ratio between two colours, 1 to 21, whichever order they come in. */
export function contrastRatio(a: Rgb, b: Rgb): number {
  const la = luminance(a);
  const lb = luminance(b);
  return (Math.max(la, lb) + 0.05) / (Math.min(la, lb) + 0.05);
}

const light = parseHex(lightInk)!;
const dark = parseHex(darkInk)!;

/** White or the dark ink, whichever contrasts more with the background. */
export function inkOn(background: Rgb): string {
  return contrastRatio(light, background) >= contrastRatio(dark, background) ? lightInk : darkInk;
}

/**
 * A background and ink pair for text on a chosen colour. A colour keeps its exact shade with the ink that contrasts
 * more whenever that ink reaches 4.5:1. On a mid-tone where neither ink does, the text stays white (as on most
 * avatars) and the colour is deepened just enough: a slightly darker shade still reads as the persona's colour.
 */
export function readableOn(background: Rgb): { background: string; ink: string } {
  const ink = inkOn(background);
  if (contrastRatio(ink === lightInk ? light : dark, background) >= minimumContrast) return { background: toHex(background), ink };
  // Contrast with white grows as the colour darkens.
  return { background: nearestShade(background, [0, 0, 0], (shade) => contrastRatio(light, shade) >= minimumContrast), ink: lightInk };
}

function mix(a: Rgb, b: Rgb, t: number): Rgb {
  return [a[0] + (b[0] - a[0]) * t, a[1] + (b[1] - a[1]) * t, a[2] + (b[2] - a[2]) * t];
}

/**
 * A colour that stands out from a background by at least `ratio` (3:1 for lines and shapes, WCAG 1.4.11): the colour
 * itself when it already does, else its nearest shade away from the background (darker on light backgrounds).
 */
export function standingOut(color: Rgb, background: Rgb, ratio: number): string {
  if (contrastRatio(color, background) >= ratio) return toHex(color);
  const away: Rgb = luminance(background) > 0.18 ? [0, 0, 0] : [255, 255, 255];
  return nearestShade(color, away, (shade) => contrastRatio(shade, background) >= ratio);
}

/**
 * The least mix of `color` toward `toward` (black or white) that `passes`, as hex. Checked on the rounded colour that
 * will be written, and passing at the far end (pure black or white) is assumed, which holds for the checks above.
 */
function nearestShade(color: Rgb, toward: Rgb, passes: (shade: Rgb) => boolean): string {
  const at = (t: number) => parseHex(toHex(mix(color, toward, t)))!;
  let lo = 0;
  let hi = 1;
  for (let i = 0; i < 16; i++) {
    const mid = (lo + hi) / 2;
    if (passes(at(mid))) hi = mid;
    else lo = mid;
  }
  return toHex(at(hi));
}

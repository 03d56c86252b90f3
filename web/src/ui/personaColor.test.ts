import { describe, expect, it } from 'vitest';
import { mainCurveColor } from '../features/editor/emotion/curves';
import { contrastRatio, parseHex, type Rgb } from './contrast';
import { colorForName, nextPersonaColor, personaPalette } from './personaColor';

/** Distance in OKLab (x100): about 2 is just noticeable; 10 and more reads as another colour at a glance. */
function oklabDistance(a: Rgb, b: Rgb): number {
  const lab = ([r, g, bl]: Rgb) => {
    const lin = (c: number) => { const s = c / 255; return s <= 0.04045 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4; };
    const [R, G, B] = [lin(r), lin(g), lin(bl)];
    const l = Math.cbrt(0.4122214708 * R + 0.5363325363 * G + 0.0514459929 * B);
    const m = Math.cbrt(0.2119034982 * R + 0.6806995451 * G + 0.1073969566 * B);
    const s = Math.cbrt(0.0883024619 * R + 0.2817188376 * G + 0.6299787005 * B);
    return [0.2104542553 * l + 0.793617785 * m - 0.0040720468 * s, 1.9779984951 * l - 2.428592205 * m + 0.4505937099 * s,
      0.0259040371 * l + 0.7827717662 * m - 0.808675766 * s];
  };
  const [x, y] = [lab(a), lab(b)];
  return 100 * Math.hypot(x[0]! - y[0]!, x[1]! - y[1]!, x[2]! - y[2]!);
}

const rgb = (hex: string) => parseHex(hex)!;
const white = rgb('#ffffff');
/** The emotion lane's tint, which the curves are drawn on. */
const curvePaper = rgb('#fbfbf5');

describe('persona palette', () => {
  it('carries white initials at AA and stands out on the emotion lane', () => {
    for (const c of personaPalette) {
      expect(contrastRatio(rgb(c), white), c).toBeGreaterThanOrEqual(4.5); // lowest: #8a6a00 at 5.07
      expect(contrastRatio(rgb(c), curvePaper), c).toBeGreaterThanOrEqual(3); // WCAG 1.4.11; lowest 4.86
    }
  });

  it('keeps every colour apart from the "Everyone" curve and from each other', () => {
    const everyone = rgb(mainCurveColor);
    for (const c of personaPalette) expect(oklabDistance(rgb(c), everyone), c).toBeGreaterThanOrEqual(15); // lowest: violet, 15.3
    for (const [i, a] of personaPalette.entries()) {
      for (const b of personaPalette.slice(i + 1)) expect(oklabDistance(rgb(a), rgb(b)), `${a} ${b}`).toBeGreaterThanOrEqual(10); // lowest 10.7
    }
  });

  it('gives a new persona a colour no other persona has', () => {
    expect(nextPersonaColor([])).toBe(personaPalette[0]);
    expect(nextPersonaColor([personaPalette[0].toUpperCase(), undefined])).toBe(personaPalette[1]);
    expect(personaPalette).toContain(nextPersonaColor([...personaPalette]));
    expect(personaPalette).toContain(colorForName('Ana'));
  });
});

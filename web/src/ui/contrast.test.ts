import { describe, expect, it } from 'vitest';
import { contrastRatio, darkInk, inkOn, lightInk, luminance, minimumContrast, parseHex, readableOn, standingOut, toHex } from './contrast';

const rgb = (hex: string) => parseHex(hex)!;

describe('parseHex', () => {
  it('reads long and short hex in any case', () => {
    expect(parseHex('#27ae60')).toEqual([0x27, 0xae, 0x60]);
    expect(parseHex('#FFF')).toEqual([255, 255, 255]);
    expect(parseHex(' #D08A1E ')).toEqual([0xd0, 0x8a, 0x1e]);
  });

  it('refuses what is not a hex colour', () => {
    expect(parseHex('red')).toBeNull();
    expect(parseHex('#12345')).toBeNull();
    expect(parseHex('27ae60')).toBeNull();
    expect(parseHex('#gggggg')).toBeNull();
  });

  it('writes back what it read', () => {
    expect(toHex(rgb('#2e86c1'))).toBe('#2e86c1');
  });
});

describe('luminance and contrastRatio', () => {
  it('spans black to white', () => {
    expect(luminance(rgb('#000000'))).toBe(0);
    expect(luminance(rgb('#ffffff'))).toBeCloseTo(1, 10);
    expect(contrastRatio(rgb('#000'), rgb('#fff'))).toBeCloseTo(21, 10);
    expect(contrastRatio(rgb('#777'), rgb('#777'))).toBe(1);
  });

  it('matches the figures browsers and axe report', () => {
    expect(contrastRatio(rgb('#ffffff'), rgb('#27ae60'))).toBeCloseTo(2.87, 2);
    expect(contrastRatio(rgb('#d08a1e'), rgb('#ffffff'))).toBeCloseTo(2.86, 2);
    expect(contrastRatio(rgb('#5572c1'), rgb('#e8eefc'))).toBeCloseTo(3.96, 2);
    expect(contrastRatio(rgb('#777d8a'), rgb('#ffffff'))).toBeCloseTo(4.13, 2);
  });
});

describe('inkOn', () => {
  it('puts white on dark colours and the dark ink on light ones', () => {
    expect(inkOn(rgb('#1f7a6d'))).toBe(lightInk);
    expect(inkOn(rgb('#5f6778'))).toBe(lightInk);
    expect(inkOn(rgb('#27ae60'))).toBe(darkInk);
    expect(inkOn(rgb('#d08a1e'))).toBe(darkInk);
    expect(inkOn(rgb('#ffe680'))).toBe(darkInk);
  });
});

describe('readableOn', () => {
  it('keeps the chosen colour when an ink already passes AA', () => {
    expect(readableOn(rgb('#27ae60'))).toEqual({ background: '#27ae60', ink: darkInk });
    expect(readableOn(rgb('#2f5bd3'))).toEqual({ background: '#2f5bd3', ink: lightInk });
  });

  it('deepens a mid-tone just enough for white to pass', () => {
    // Neither white (3.96) nor the dark ink (about 4) reaches 4.5:1 on this blue.
    const { background, ink } = readableOn(rgb('#2e86c1'));
    expect(ink).toBe(lightInk);
    expect(luminance(rgb(background))).toBeLessThan(luminance(rgb('#2e86c1')));
    expect(contrastRatio(rgb(background), rgb(ink))).toBeGreaterThanOrEqual(minimumContrast);
    expect(contrastRatio(rgb(background), rgb(ink))).toBeLessThan(4.6);
  });

  it('passes AA on every colour', () => {
    for (let r = 0; r < 256; r += 17) {
      for (let g = 0; g < 256; g += 17) {
        for (let b = 0; b < 256; b += 17) {
          const { background, ink } = readableOn([r, g, b]);
          expect(contrastRatio(rgb(background), rgb(ink))).toBeGreaterThanOrEqual(minimumContrast);
        }
      }
    }
  });
});

describe('standingOut', () => {
  const paper = rgb('#fbfbf5');

  it('keeps a colour that already stands out', () => {
    expect(standingOut(rgb('#b5477a'), paper, 3)).toBe('#b5477a');
  });

  it('deepens a pale colour on a light background just enough', () => {
    const line = standingOut(rgb('#ffe680'), paper, 3);
    expect(contrastRatio(rgb(line), paper)).toBeGreaterThanOrEqual(3);
    expect(contrastRatio(rgb(line), paper)).toBeLessThan(3.1);
    expect(luminance(rgb(line))).toBeLessThan(luminance(rgb('#ffe680')));
  });

  it('lightens a dark colour on a dark background', () => {
    const line = standingOut(rgb('#222233'), rgb('#101018'), 3);
    expect(contrastRatio(rgb(line), rgb('#101018'))).toBeGreaterThanOrEqual(3);
  });
});

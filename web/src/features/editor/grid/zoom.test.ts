import { describe, expect, it } from 'vitest';
import { clampZoom, columnWidthAt, fitZoom, stepZoom, zoomLabel } from './zoom';

describe('zoom', () => {
  it('steps through the levels and stops at 50 and 150 %', () => {
    expect(stepZoom(1, 1)).toBe(1.1);
    expect(stepZoom(1, -1)).toBe(0.9);
    expect(stepZoom(0.5, -1)).toBe(0.5);
    expect(stepZoom(1.5, 1)).toBe(1.5);
    expect(stepZoom(0.83, 1)).toBe(0.9);
    expect(stepZoom(0.83, -1)).toBe(0.75);
  });

  it('fits every column into the width, within the limits', () => {
    expect(fitZoom(220 * 10 + 200, 10)).toBe(1);
    expect(fitZoom(1200, 10)).toBe(0.5);
    expect(fitZoom(1300, 4)).toBe(1.2);
    expect(fitZoom(5000, 2)).toBe(1.5);
    expect(fitZoom(1000, 0)).toBe(1);
  });

  it('sizes columns and labels', () => {
    expect(columnWidthAt(0.5)).toBe(110);
    expect(zoomLabel(0.67)).toBe('67 %');
    expect(clampZoom(Number.NaN)).toBe(1);
    expect(clampZoom(3)).toBe(1.5);
  });
});

import { describe, expect, it } from 'vitest';
import { comparisonMark, formatP } from './comparison';

const c = (a: number, b: number, p: number, significant: boolean) => ({ stepId: 's', a, b, difference: b - a, z: 0, p, significant });

describe('comparisonMark', () => {
  it('marks a significant rise with ▲ and says so', () => {
    const mark = comparisonMark(c(0.4, 0.52, 0.0004, true))!;
    expect(mark.symbol).toBe('▲');
    expect(mark.points).toBe('+12 pts');
    expect(mark.description).toBe('12 pts higher, significant (p < 0.001)');
  });

  it('marks a significant fall with ▼', () => {
    const mark = comparisonMark(c(0.5, 0.45, 0.03, true))!;
    expect(mark.symbol).toBe('▼');
    expect(mark.direction).toBe('lower');
    expect(mark.description).toBe('5 pts lower, significant (p = 0.03)');
  });

  it('draws no arrow when the test does not call it significant', () => {
    const mark = comparisonMark(c(0.5, 0.55, 0.2, false))!;
    expect(mark.symbol).toBe('');
    expect(mark.significant).toBe(false);
    expect(mark.description).toMatch(/not significant/);
  });

  it('has nothing to say without a comparison', () => {
    expect(comparisonMark(undefined)).toBeNull();
  });

  it('writes p readably', () => {
    expect(formatP(0.0049)).toBe('p = 0.005');
    expect(formatP(0.2)).toBe('p = 0.20');
  });
});

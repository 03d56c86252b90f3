import { describe, expect, it } from 'vitest';
import { formatTarget, parseTarget } from './kpiFormat';

describe('KPI targets', () => {
  it('reads with its unit', () => {
    expect(formatTarget(70, '%')).toBe('70%');
    expect(formatTarget(3, 'days')).toBe('3 days');
    expect(formatTarget(1200.5, undefined)).toBe('1,200.5');
    expect(formatTarget(undefined, 'NPS')).toBe('NPS');
  });

  it('parses typed numbers and refuses the rest', () => {
    expect(parseTarget(' 12.5 ')).toBe(12.5);
    expect(parseTarget('3,5')).toBe(3.5);
    expect(parseTarget('')).toBeUndefined();
    expect(parseTarget('lots')).toBeUndefined();
    expect(parseTarget('Infinity')).toBeUndefined();
  });
});

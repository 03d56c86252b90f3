import { describe, expect, it } from 'vitest';
import { sparkShape } from './sparkline';

const t = (...values: number[]) => values.map((customers, i) => ({ start: `2026-11-0${i + 1}T00:00:00Z`, customers }));

describe('sparkShape', () => {
  it('spreads the points across the width with the highest at the top', () => {
    const shape = sparkShape(t(0, 5, 10), 50, 20, 0);
    expect(shape.line).toBe('0,20 25,10 50,0');
    expect(shape.area).toBe('0,20 0,20 25,10 50,0 50,20');
    expect(shape.last).toEqual({ x: 50, y: 0 });
  });

  it('draws a flat line along the bottom when nothing happened, and centres a single point', () => {
    expect(sparkShape(t(0, 0), 10, 10, 0).line).toBe('0,10 10,10');
    expect(sparkShape(t(4), 10, 10, 0).line).toBe('5,0');
  });

  it('draws nothing without buckets', () => {
    expect(sparkShape([], 10, 10).line).toBe('');
  });
});

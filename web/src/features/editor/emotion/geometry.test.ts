import { describe, expect, it } from 'vitest';
import {
  columnAt, columnCenter, monotoneSlopes, moodOf, scoreToY, smoothPath, yToScore, type Point,
} from './geometry';
import { scaleRange, snapScore } from '../../map/state/queries';

const band = { top: 20, bottom: 120 };

describe('score and height', () => {
  it('puts max at the top and min at the bottom', () => {
    const r = scaleRange('-2..2');
    expect(scoreToY(2, r, band)).toBe(20);
    expect(scoreToY(-2, r, band)).toBe(120);
    expect(scoreToY(0, r, band)).toBe(70);
  });

  it('round-trips on every scale', () => {
    for (const scale of ['-2..2', '1..5', '1..10', '-5..5'] as const) {
      const r = scaleRange(scale);
      for (let s = r.min; s <= r.max; s++) expect(yToScore(scoreToY(s, r, band), r, band)).toBeCloseTo(s, 9);
    }
  });

  it('snaps a pointer height to the nearest whole score, clamped to the scale', () => {
    const r = scaleRange('1..5');
    expect(snapScore(yToScore(44, r, band), r)).toBe(4); // 44 is 1 unit-step (25 px) + a bit below the top
    expect(snapScore(yToScore(-500, r, band), r)).toBe(5);
    expect(snapScore(yToScore(900, r, band), r)).toBe(1);
  });

  it('gives the mood of a score from -1 to 1', () => {
    const r = scaleRange('1..10');
    expect(moodOf(1, r)).toBe(-1);
    expect(moodOf(10, r)).toBe(1);
    expect(moodOf(0, scaleRange('-2..2'))).toBe(0);
  });
});

describe('columns', () => {
  it('centres points in their column and finds the column under x', () => {
    expect(columnCenter(0, 160)).toBe(80);
    expect(columnCenter(3, 160)).toBe(560);
    expect(columnAt(159, 160, 4)).toBe(0);
    expect(columnAt(160, 160, 4)).toBe(1);
    expect(columnAt(700, 160, 4)).toBe(-1);
    expect(columnAt(-1, 160, 4)).toBe(-1);
  });
});

/** The cubic Bézier at t, to check the drawn curve rather than its control points. */
function bezier(p0: Point, c1: Point, c2: Point, p1: Point, t: number): Point {
  const u = 1 - t;
  const y = u * u * u * p0.y + 3 * u * u * t * c1.y + 3 * u * t * t * c2.y + t * t * t * p1.y;
  const x = u * u * u * p0.x + 3 * u * u * t * c1.x + 3 * u * t * t * c2.x + t * t * t * p1.x;
  return { x, y };
}

function segments(d: string): [Point, Point, Point, Point][] {
  const nums = (d.match(/-?\d+(\.\d+)?/g) ?? []).map(Number);
  const pts: Point[] = [];
  for (let i = 0; i < nums.length; i += 2) pts.push({ x: nums[i]!, y: nums[i + 1]! });
  const out: [Point, Point, Point, Point][] = [];
  for (let i = 0; i + 3 < pts.length; i += 3) out.push([pts[i]!, pts[i + 1]!, pts[i + 2]!, pts[i + 3]!]);
  return out;
}

describe('smoothPath', () => {
  it('is empty for no points and a lone move for one', () => {
    expect(smoothPath([])).toBe('');
    expect(smoothPath([{ x: 5, y: 6 }])).toBe('M5,6');
  });

  it('passes through every point with one C segment between neighbours', () => {
    const pts = [{ x: 80, y: 20 }, { x: 240, y: 120 }, { x: 400, y: 70 }];
    const d = smoothPath(pts);
    expect(d.startsWith('M80,20 C')).toBe(true);
    expect(d.match(/C/g)).toHaveLength(2);
    const segs = segments(d);
    expect(segs[0]![3]).toEqual({ x: 240, y: 120 });
    expect(segs[1]![3]).toEqual({ x: 400, y: 70 });
  });

  it('never overshoots between points (monotone)', () => {
    const pts = [{ x: 0, y: 100 }, { x: 100, y: 10 }, { x: 200, y: 12 }, { x: 300, y: 100 }, { x: 400, y: 100 }];
    for (const [p0, c1, c2, p1] of segments(smoothPath(pts))) {
      const lo = Math.min(p0.y, p1.y) - 1e-6;
      const hi = Math.max(p0.y, p1.y) + 1e-6;
      for (let t = 0; t <= 1; t += 0.05) {
        const y = bezier(p0, c1, c2, p1, t).y;
        expect(y).toBeGreaterThanOrEqual(lo - 0.01);
        expect(y).toBeLessThanOrEqual(hi + 0.01);
      }
    }
  });

  it('keeps flat runs flat and peaks level', () => {
    const slopes = monotoneSlopes([{ x: 0, y: 50 }, { x: 100, y: 10 }, { x: 200, y: 50 }, { x: 300, y: 50 }]);
    expect(slopes[1]).toBe(0);
    expect(slopes[2]).toBe(0);
    expect(slopes[3]).toBe(0);
  });
});

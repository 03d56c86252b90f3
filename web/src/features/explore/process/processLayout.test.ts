import { describe, expect, it } from 'vitest';
import { designPoints, ordinal, variantPath } from './processOverlays';
import { edgeKey, endId, layoutProcess, startId, strokeWidth, type ProcessMapData } from './processLayout';

function map(nodes: string[], edges: [string, string, number][], starts: string[], ends: string[]): ProcessMapData {
  return {
    from: null, to: null, segment: 'all', mapId: null, customers: 100, events: 400, activityPercent: 100, pathPercent: 100,
    allActivities: nodes.length, allEdges: edges.length,
    nodes: nodes.map((activity, i) => ({ activity, customers: 100 - i, events: 120 - i, share: (100 - i) / 100 })),
    edges: edges.map(([from, to, count]) => ({ from, to, count, customers: count, medianSeconds: 60, p90Seconds: 600 })),
    starts: starts.map((activity) => ({ activity, customers: 50 })),
    ends: ends.map((activity) => ({ activity, customers: 50 })),
    variants: { customers: 100, count: 2, top: [] },
    designed: null,
  };
}

describe('process layout', () => {
  it('lays activities out left to right between the start and end markers', () => {
    const layout = layoutProcess(map(['A', 'B', 'C'], [['A', 'B', 80], ['B', 'C', 70], ['C', 'C', 5]], ['A'], ['C']));
    const x = (id: string) => layout.nodes.find((n) => n.id === id)!.x;
    expect(x(startId)).toBeLessThan(x('A'));
    expect(x('A')).toBeLessThan(x('B'));
    expect(x('B')).toBeLessThan(x('C'));
    expect(x('C')).toBeLessThan(x(endId));
    expect(layout.edges.map((e) => e.kind).sort()).toEqual(['end', 'loop', 'path', 'path', 'start']);
    expect(layout.edges.find((e) => e.kind === 'loop')!.points).toHaveLength(4);
  });

  it('lays out 50 activities and 150 journey-shaped paths with every node placed', () => {
    const names = Array.from({ length: 50 }, (_, i) => `activity_${i}`);
    const edges: [string, string, number][] = [];
    // A journey's shape: mostly forward one or two activities, some back, a few long jumps.
    for (let i = 0; i < 150; i++) {
      const from = i % 50;
      const jump = [1, 1, 2, -1, 1, 2, 5][i % 7]!;
      edges.push([names[from]!, names[Math.min(49, Math.max(0, from + jump))]!, 1000 - i]);
    }
    const layout = layoutProcess(map(names, edges.filter((e) => e[0] !== e[1]), names.slice(0, 3), names.slice(45)));
    expect(layout.nodes).toHaveLength(52);
    expect(layout.nodes.every((n) => Number.isFinite(n.x) && Number.isFinite(n.y))).toBe(true);
  });

  it('widens edges on a square-root scale', () => {
    expect(strokeWidth(100, 100)).toBe(10);
    expect(strokeWidth(25, 100)).toBeCloseTo(5.75);
    expect(strokeWidth(0, 0)).toBe(1.5);
  });

  it('finds a variant path and counts the moves the graph hides', () => {
    const layout = layoutProcess(map(['A', 'B', 'C'], [['A', 'B', 80], ['B', 'C', 70]], ['A'], ['C']));
    const path = variantPath({ activities: ['A', 'C'], customers: 10, share: 0.1, medianSeconds: 60 }, layout);
    expect([...path.edges]).toEqual([edgeKey(startId, 'A'), edgeKey('C', endId)]);
    expect(path.hidden).toBe(1);
  });

  it('places designed steps on their busiest shown activity, skipping unmeasured ones', () => {
    const layout = layoutProcess(map(['A', 'B', 'C'], [['A', 'B', 80], ['B', 'C', 70]], ['A'], ['C']));
    const step = (stepId: string, activities: string[], position: number | null) =>
      ({ stepId, name: stepId, stage: 's', activities, position, actualPosition: position, medianToFirstSeconds: 0, differs: false });
    const points = designPoints([step('one', ['C', 'A'], 1), step('two', [], null), step('three', ['Z'], 2), step('four', ['B'], 3)], layout);
    expect(points.map((p) => [p.step.stepId, p.node.id, p.order])).toEqual([['one', 'A', 1], ['four', 'B', 2]]);
  });

  it('writes ordinals', () => {
    expect([1, 2, 3, 4, 11, 12, 13, 21, 22].map(ordinal)).toEqual(['1st', '2nd', '3rd', '4th', '11th', '12th', '13th', '21st', '22nd']);
  });
});

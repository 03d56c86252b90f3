import { describe, expect, it } from 'vitest';
import { layoutSankey, linkKey, linksThrough, nodePadding, sharedHeights, type PathSankey } from './pathsLayout';

const node = (id: string, column: number, kind: string, customers: number) =>
  ({ id, column, kind, label: id, customers, shareOfStart: customers / 100, dropOff: 0 });

function series(customers: number): PathSankey {
  const a = Math.round(customers * 0.6);
  return {
    key: 'all', name: 'All customers', customers, pathCount: 2,
    columns: [
      { column: 0, customers, nodes: [node('0:start', 0, 'start', customers)] },
      { column: 1, customers, nodes: [node('1:a:B', 1, 'activity', a), node('1:ended', 1, 'ended', customers - a)] },
    ],
    links: [
      { source: '0:start', target: '1:a:B', customers: a, shareOfStart: a / customers },
      { source: '0:start', target: '1:ended', customers: customers - a, shareOfStart: 1 - a / customers },
    ],
    paths: [
      { nodes: ['0:start', '1:a:B'], customers: a, shareOfStart: a / customers },
      { nodes: ['0:start', '1:ended'], customers: customers - a, shareOfStart: 1 - a / customers },
    ],
  };
}

describe('paths layout', () => {
  it('draws two series with the same pixels per customer', () => {
    const [big, small] = [series(100), series(40)];
    const heights = sharedHeights([big, small], 300);
    const px = (s: PathSankey, h: number) => {
      const start = layoutSankey(s, 800, h, false).nodes.find((n) => n.node.kind === 'start');
      return start ? (start.y1 - start.y0) / s.customers : 0;
    };
    expect(heights[0]).toBeLessThanOrEqual(300);
    expect(px(small, heights[1] ?? 0)).toBeCloseTo(px(big, heights[0] ?? 0), 1);
  });

  it('stacks a column to the start’s height (plus padding), the ended node last', () => {
    const layout = layoutSankey(series(100), 800, 300, false);
    const column1 = layout.nodes.filter((n) => n.node.column === 1).sort((a, b) => a.y0 - b.y0);
    const start = layout.nodes.find((n) => n.node.column === 0);
    const sum = column1.reduce((total, n) => total + (n.y1 - n.y0), 0);
    expect(column1.map((n) => n.node.kind)).toEqual(['activity', 'ended']);
    expect(sum).toBeCloseTo((start?.y1 ?? 0) - (start?.y0 ?? 0), 5);
    expect((column1[1]?.y0 ?? 0) - (column1[0]?.y1 ?? 0)).toBeCloseTo(nodePadding, 5);
  });

  it('puts the start on the right going backward', () => {
    const layout = layoutSankey(series(100), 800, 300, true);
    const start = layout.nodes.find((n) => n.node.column === 0);
    const other = layout.nodes.find((n) => n.node.column === 1);
    expect(start?.x0 ?? 0).toBeGreaterThan(other?.x0 ?? 0);
  });

  it('highlights the links of the listed paths through a node', () => {
    expect([...linksThrough(series(100), '1:a:B')]).toEqual([linkKey('0:start', '1:a:B')]);
  });
});

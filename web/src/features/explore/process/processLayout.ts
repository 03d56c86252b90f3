// Lays the process map out left to right with dagre (layered): a node per activity, sized and tinted by how many
// customers did it, an edge per path, widened by its count, and a start and an end marker. Loops (an activity
// followed by itself) are left out of the layout and drawn as arcs on their node. Pure: the same graph gives the
// same picture, so it is tested without a browser.
import dagre from '@dagrejs/dagre';
import type { Schemas } from '../../../api/contract';

export type ProcessMapData = Schemas['ProcessMap'];
export type ProcessNodeData = Schemas['ProcessNode'];
export type ProcessEdgeData = Schemas['ProcessEdge'];

export const startId = '\u0000start';
export const endId = '\u0000end';

export interface Point { x: number; y: number }

export interface LaidNode {
  id: string;
  kind: 'activity' | 'start' | 'end';
  x: number;
  y: number;
  width: number;
  height: number;
  /** 0..1: the node's customers against the busiest node's. */
  weight: number;
  node?: ProcessNodeData;
}

export interface LaidEdge {
  id: string;
  from: string;
  to: string;
  kind: 'path' | 'start' | 'end' | 'loop';
  points: Point[];
  label: Point;
  /** Stroke width in px. */
  width: number;
  count: number;
  customers: number;
  edge?: ProcessEdgeData;
}

export interface ProcessLayout {
  nodes: LaidNode[];
  edges: LaidEdge[];
  width: number;
  height: number;
}

const charWidth = 6.6;

export const edgeKey = (from: string, to: string) => `${from}\u0001${to}`;

function nodeSize(activity: string, weight: number) {
  return { width: Math.min(200, Math.max(104, activity.length * charWidth + 24)), height: Math.round(40 + weight * 12) };
}

/** Stroke width for a count, from 1.5 px to 10 px on a square-root scale of the largest count. */
export function strokeWidth(count: number, max: number): number {
  return max <= 0 ? 1.5 : 1.5 + 8.5 * Math.sqrt(Math.max(0, count) / max);
}

export function layoutProcess(map: ProcessMapData): ProcessLayout {
  const g = new dagre.graphlib.Graph({ multigraph: false });
  g.setGraph({ rankdir: 'LR', nodesep: 28, ranksep: 64, edgesep: 16, marginx: 24, marginy: 24 });
  g.setDefaultEdgeLabel(() => ({}));
  const maxCustomers = Math.max(1, ...map.nodes.map((n) => n.customers));
  const maxCount = Math.max(1, ...map.edges.map((e) => e.count), ...map.starts.map((s) => s.customers), ...map.ends.map((s) => s.customers));
  const weights = new Map(map.nodes.map((n) => [n.activity, n.customers / maxCustomers]));
  for (const n of map.nodes) g.setNode(n.activity, nodeSize(n.activity, weights.get(n.activity) ?? 0));
  const hasNodes = map.nodes.length > 0;
  if (hasNodes) {
    g.setNode(startId, { width: 28, height: 28 });
    g.setNode(endId, { width: 28, height: 28 });
  }
  const shown = new Set(map.nodes.map((n) => n.activity));
  // Labels take no rank of their own (that would double the graph's width): they sit on the middle of their path.
  const edgeLabel = (count: number) => ({ weight: Math.max(1, Math.round(10 * count / maxCount)) });
  for (const e of map.edges) if (e.from !== e.to) g.setEdge(e.from, e.to, edgeLabel(e.count));
  for (const s of map.starts) if (shown.has(s.activity)) g.setEdge(startId, s.activity, edgeLabel(s.customers));
  for (const s of map.ends) if (shown.has(s.activity)) g.setEdge(s.activity, endId, edgeLabel(s.customers));
  dagre.layout(g);

  const nodes: LaidNode[] = g.nodes().map((id) => {
    const laid = g.node(id) as { x: number; y: number; width: number; height: number };
    const node = map.nodes.find((n) => n.activity === id);
    const kind = id === startId ? 'start' : id === endId ? 'end' : 'activity';
    return { id, kind, x: laid.x, y: laid.y, width: laid.width, height: laid.height, weight: weights.get(id) ?? 0, node };
  });
  const edges: LaidEdge[] = [];
  const laidEdge = (from: string, to: string) => g.edge(from, to) as { points: Point[] } | undefined;
  for (const e of map.edges) {
    if (e.from === e.to) {
      const n = nodes.find((x) => x.id === e.from)!;
      edges.push({ id: edgeKey(e.from, e.to), from: e.from, to: e.to, kind: 'loop', points: loopPoints(n), label: { x: n.x, y: n.y - n.height / 2 - 30 },
        width: strokeWidth(e.count, maxCount), count: e.count, customers: e.customers, edge: e });
      continue;
    }
    const laid = laidEdge(e.from, e.to)!;
    edges.push({ id: edgeKey(e.from, e.to), from: e.from, to: e.to, kind: 'path', points: laid.points, label: middle(laid.points),
      width: strokeWidth(e.count, maxCount), count: e.count, customers: e.customers, edge: e });
  }
  const marker = (from: string, to: string, kind: 'start' | 'end', customers: number) => {
    const laid = laidEdge(from, to);
    if (laid) edges.push({ id: edgeKey(from, to), from, to, kind, points: laid.points, label: middle(laid.points),
      width: strokeWidth(customers, maxCount), count: customers, customers });
  };
  for (const s of map.starts) marker(startId, s.activity, 'start', s.customers);
  for (const s of map.ends) marker(s.activity, endId, 'end', s.customers);
  const graph = g.graph() as { width?: number; height?: number };
  return { nodes, edges, width: Math.max(1, graph.width ?? 1), height: Math.max(1, graph.height ?? 1) };
}

/** The point halfway along a polyline. */
export function middle(points: Point[]): Point {
  const lengths = points.slice(1).map((p, i) => Math.hypot(p.x - points[i]!.x, p.y - points[i]!.y));
  let left = lengths.reduce((a, b) => a + b, 0) / 2;
  for (let i = 0; i < lengths.length; i++) {
    if (left <= lengths[i]! && lengths[i]! > 0) {
      const t = left / lengths[i]!;
      return { x: points[i]!.x + (points[i + 1]!.x - points[i]!.x) * t, y: points[i]!.y + (points[i + 1]!.y - points[i]!.y) * t };
    }
    left -= lengths[i]!;
  }
  return points[0] ?? { x: 0, y: 0 };
}

/** An arc over the top of a node, from its right half back to its left half. */
function loopPoints(n: LaidNode): Point[] {
  const top = n.y - n.height / 2;
  return [{ x: n.x + 16, y: top }, { x: n.x + 24, y: top - 26 }, { x: n.x - 24, y: top - 26 }, { x: n.x - 16, y: top }];
}

/** A smooth SVG path through the points (Catmull-Rom turned into cubic Béziers). */
export function smoothPath(points: Point[]): string {
  if (points.length === 0) return '';
  const p = points;
  let d = `M${p[0]!.x},${p[0]!.y}`;
  for (let i = 0; i < p.length - 1; i++) {
    const p0 = p[Math.max(0, i - 1)]!;
    const p1 = p[i]!;
    const p2 = p[i + 1]!;
    const p3 = p[Math.min(p.length - 1, i + 2)]!;
    const c1 = { x: p1.x + (p2.x - p0.x) / 6, y: p1.y + (p2.y - p0.y) / 6 };
    const c2 = { x: p2.x - (p3.x - p1.x) / 6, y: p2.y - (p3.y - p1.y) / 6 };
    d += ` C${c1.x},${c1.y} ${c2.x},${c2.y} ${p2.x},${p2.y}`;
  }
  return d;
}

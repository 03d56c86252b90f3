// Lays a paths Sankey out with d3-sankey: one column per step (the start on the left going forward, on the right
// going backward, so flows always read left to right), nodes ordered start, activities, "other", "journey ended",
// and every series drawn with the same number of pixels per customer so two segments compare by eye.
import { sankey, type SankeyGraph } from 'd3-sankey';
import type { Schemas } from '../../../api/contract';

export type PathSankey = Schemas['PathSankeyDto'];
export type PathNode = Schemas['SankeyNodeDto'];
export type PathLink = Schemas['SankeyLinkDto'];

export interface LaidNode { node: PathNode; x0: number; x1: number; y0: number; y1: number }
export interface LaidLink { link: PathLink; path: string; width: number }
export interface SankeyLayout { nodes: LaidNode[]; links: LaidLink[]; height: number }

export const nodeWidth = 14;
/** Room right of the last column for its labels, so every label sits right of its node and none overlap. */
export function labelRoom(width: number): number {
  return Math.round(Math.min(210, width * 0.18));
}

/** Pixels from one column to the next. */
export function columnStep(width: number, columns: number): number {
  return (width - labelRoom(width) - nodeWidth) / Math.max(1, columns - 1);
}

export const nodePadding = 14;
const kindRank: Record<string, number> = { start: 0, activity: 1, other: 2, ended: 3 };

type InNode = { id: string; dto: PathNode };
type InLink = { source: string; target: string; value: number; dto: PathLink };

/** Most nodes in one column: what the padding of a series costs in height. */
function crowdedColumn(series: PathSankey): number {
  return Math.max(1, ...series.columns.map((c) => c.nodes.length));
}

/** Heights so that every series has the same pixels per customer and the tallest fits in `maxHeight`. */
export function sharedHeights(series: PathSankey[], maxHeight: number): number[] {
  const perCustomer = Math.min(...series.filter((s) => s.customers > 0)
    .map((s) => (maxHeight - (crowdedColumn(s) - 1) * nodePadding) / s.customers));
  return series.map((s) => (s.customers > 0 && Number.isFinite(perCustomer)
    ? Math.ceil(perCustomer * s.customers + (crowdedColumn(s) - 1) * nodePadding) : 0));
}

function linkPath(x0: number, y0: number, x1: number, y1: number): string {
  const mid = (x0 + x1) / 2;
  return `M${x0},${y0}C${mid},${y0} ${mid},${y1} ${x1},${y1}`;
}

export function layoutSankey(series: PathSankey, width: number, height: number, backward: boolean): SankeyLayout {
  const depth = series.columns.length;
  if (depth === 0 || height <= 0) return { nodes: [], links: [], height: 0 };
  const position = (column: number) => (backward ? depth - 1 - column : column);
  const byId = new Map(series.columns.flatMap((c) => c.nodes).map((n) => [n.id, n]));
  const graph: SankeyGraph<InNode, InLink> = {
    nodes: [...byId.values()].map((dto) => ({ id: dto.id, dto })),
    // Going backward the data's links point from the start to earlier steps; drawn, they flow into the start.
    links: series.links.map((dto) => ({ source: backward ? dto.target : dto.source, target: backward ? dto.source : dto.target, value: dto.customers, dto })),
  };
  const laid = sankey<InNode, InLink>()
    .nodeId((n) => n.id)
    .nodeWidth(nodeWidth)
    .nodePadding(nodePadding)
    .nodeAlign((n) => position(n.dto.column))
    .nodeSort((a, b) => (kindRank[a.dto.kind] ?? 1) - (kindRank[b.dto.kind] ?? 1) || b.dto.customers - a.dto.customers)
    .extent([[1, 1], [width - labelRoom(width), height - 1]])(graph);
  return {
    height,
    nodes: laid.nodes.map((n) => ({ node: n.dto, x0: n.x0 ?? 0, x1: n.x1 ?? 0, y0: n.y0 ?? 0, y1: n.y1 ?? 0 })),
    links: laid.links.map((l) => {
      const source = l.source as InNode & { x1?: number };
      const target = l.target as InNode & { x0?: number };
      return { link: l.dto, width: Math.max(1, l.width ?? 1), path: linkPath(source.x1 ?? 0, l.y0 ?? 0, target.x0 ?? 0, l.y1 ?? 0) };
    }),
  };
}

/** The links on the listed complete paths that pass through `nodeId` (a click on a node highlights these). */
export function linksThrough(series: PathSankey, nodeId: string): Set<string> {
  const keys = new Set<string>();
  for (const path of series.paths) {
    if (!path.nodes.includes(nodeId)) continue;
    path.nodes.forEach((id, i) => {
      const next = path.nodes[i + 1];
      if (next !== undefined) keys.add(linkKey(id, next));
    });
  }
  return keys;
}

export const linkKey = (source: string, target: string) => `${source}\u0001${target}`;

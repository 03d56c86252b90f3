// What the process map draws over its graph: a variant's path, and the map's designed order.
import { edgeKey, endId, startId, type LaidNode, type ProcessLayout, type ProcessMapData } from './processLayout';

export type VariantData = ProcessMapData['variants']['top'][number];
export type DesignStep = NonNullable<ProcessMapData['designed']>['steps'][number];

export interface VariantPath {
  nodes: Set<string>;
  edges: Set<string>;
  /** Moves of the variant the graph does not show at this coverage. */
  hidden: number;
}

/** The nodes and edges a variant walks through, start marker to end marker. */
export function variantPath(variant: VariantData, layout: ProcessLayout): VariantPath {
  const shownEdges = new Set(layout.edges.map((e) => e.id));
  const walk = [startId, ...variant.activities, endId];
  const edges = new Set<string>();
  let hidden = 0;
  for (let i = 0; i < walk.length - 1; i++) {
    const key = edgeKey(walk[i]!, walk[i + 1]!);
    if (shownEdges.has(key)) edges.add(key);
    else hidden++;
  }
  return { nodes: new Set(variant.activities), edges, hidden };
}

export interface DesignPoint {
  step: DesignStep;
  /** 1-based place in the designed order among the steps drawn. */
  order: number;
  node: LaidNode;
}

/**
 * The designed order as points on the graph: each step customers did, in the map's order, at the shown node of its
 * activities that most customers did. Steps none of whose activities is shown are left out (listed by the view).
 */
export function designPoints(steps: DesignStep[], layout: ProcessLayout): DesignPoint[] {
  const byId = new Map(layout.nodes.filter((n) => n.kind === 'activity').map((n) => [n.id, n]));
  const points: DesignPoint[] = [];
  for (const step of steps) {
    if (step.position === null) continue;
    const candidates = step.activities.map((a) => byId.get(a)).filter((n): n is LaidNode => n !== undefined);
    if (candidates.length === 0) continue;
    const node = candidates.reduce((a, b) => ((b.node?.customers ?? 0) > (a.node?.customers ?? 0) ? b : a));
    points.push({ step, order: points.length + 1, node });
  }
  return points;
}

/** "1st", "2nd", "3rd", "11th". */
export function ordinal(n: number): string {
  const tens = n % 100;
  if (tens >= 11 && tens <= 13) return `${n}th`;
  return `${n}${({ 1: 'st', 2: 'nd', 3: 'rd' } as Record<number, string>)[n % 10] ?? 'th'}`;
}

// The process map drawn: activities as boxes tinted by how many customers did them, paths as arrows widened by their
// count and labelled with it or their median time, the start and end markers, and over it the highlighted variant
// and the map's designed order. Every drawn node and edge carries its figures as data attributes.
import { useRef } from 'react';
import { formatCount, formatDuration, formatShare, spellDuration } from '../../mapData';
import type { EdgeLabels } from './processSettings';
import { smoothPath, type LaidEdge, type LaidNode, type ProcessLayout } from './processLayout';
import type { DesignPoint, VariantPath } from './processOverlays';
import { useZoomPan } from './useZoomPan';
import styles from './Process.module.css';

interface Props {
  layout: ProcessLayout;
  labels: EdgeLabels;
  highlight: VariantPath | null;
  design: DesignPoint[] | null;
  layoutMs: number;
  busy: boolean;
}

const light = [232, 238, 252];
const dark = [47, 91, 211];

function tint(weight: number): string {
  const t = 0.1 + 0.9 * weight;
  const c = light.map((l, i) => Math.round(l + (dark[i]! - l) * t));
  return `rgb(${c[0]},${c[1]},${c[2]})`;
}

function clip(text: string, width: number): string {
  const fits = Math.floor((width - 16) / 7);
  return text.length <= fits ? text : `${text.slice(0, Math.max(1, fits - 1))}…`;
}

export function ProcessGraph({ layout, labels, highlight, design, layoutMs, busy }: Props) {
  const box = useRef<HTMLDivElement>(null);
  const { view, handlers, zoomIn, zoomOut, fit } = useZoomPan(box, layout);
  const activities = layout.nodes.filter((n) => n.kind === 'activity');
  const paths = layout.edges.filter((e) => e.kind === 'path' || e.kind === 'loop');
  return (
    <div className={styles.graphWrap}>
      <div className={styles.zoom} role="group" aria-label="Zoom">
        <button type="button" className="icon-btn" onClick={zoomIn} aria-label="Zoom in" title="Zoom in (+)" data-testid="process-zoom-in">+</button>
        <button type="button" className="icon-btn" onClick={zoomOut} aria-label="Zoom out" title="Zoom out (−)" data-testid="process-zoom-out">−</button>
        <button type="button" className="btn btn-sm btn-ghost" onClick={fit} title="Fit the graph (0)" data-testid="process-fit">Fit</button>
      </div>
      <div
        ref={box}
        className={styles.canvas}
        tabIndex={0}
        role="group"
        aria-label={`Process map: ${activities.length} activities and ${paths.length} paths. Arrow keys pan, + and − zoom, 0 fits.`}
        aria-busy={busy}
        data-testid="process-graph"
        data-node-count={activities.length}
        data-edge-count={paths.length}
        data-layout-ms={Math.round(layoutMs)}
        {...handlers}
      >
        <svg className={styles.svg} width="100%" height="100%">
          <defs>
            <marker id="process-arrow" viewBox="0 0 10 10" refX="8" refY="5" markerWidth="9" markerHeight="9" markerUnits="userSpaceOnUse" orient="auto-start-reverse">
              <path d="M0,0 L10,5 L0,10 z" fill="#8a93a3" />
            </marker>
            <marker id="process-arrow-hi" viewBox="0 0 10 10" refX="8" refY="5" markerWidth="9" markerHeight="9" markerUnits="userSpaceOnUse" orient="auto-start-reverse">
              <path d="M0,0 L10,5 L0,10 z" fill="#2f5bd3" />
            </marker>
          </defs>
          <g transform={`translate(${view.x},${view.y}) scale(${view.k})`}>
            {layout.edges.map((e) => <Edge key={e.id} edge={e} labels={labels} highlight={highlight} />)}
            {design && <DesignLine points={design} />}
            {layout.nodes.map((n) => <Node key={n.id} node={n} highlight={highlight} />)}
            {design && <DesignSteps points={design} />}
          </g>
        </svg>
      </div>
    </div>
  );
}

function Edge({ edge, labels, highlight }: { edge: LaidEdge; labels: EdgeLabels; highlight: VariantPath | null }) {
  const on = highlight?.edges.has(edge.id) ?? false;
  const dim = highlight !== null && !on;
  const marker = edge.kind === 'path' || edge.kind === 'start' || edge.kind === 'loop';
  const time = edge.edge ? formatDuration(edge.edge.medianSeconds) : null;
  const text = labels === 'time' && time ? time : formatCount(edge.count);
  const title = edge.edge
    ? `${edge.from} → ${edge.to}: ${formatCount(edge.count)} times by ${formatCount(edge.customers)} customers; median ${spellDuration(edge.edge.medianSeconds)}, p90 ${spellDuration(edge.edge.p90Seconds)}`
    : edge.kind === 'start' ? `${formatCount(edge.count)} customers start with ${edge.to}` : `${formatCount(edge.count)} customers end with ${edge.from}`;
  return (
    <g className={dim ? styles.dim : undefined}
      data-testid={edge.kind === 'start' ? 'process-start-edge' : edge.kind === 'end' ? 'process-end-edge' : 'process-edge'}
      data-from={edge.kind === 'start' ? undefined : edge.from} data-to={edge.kind === 'end' ? undefined : edge.to} data-count={edge.count} data-highlighted={on || undefined}>
      <title>{title}</title>
      <path d={smoothPath(edge.points)} fill="none" stroke={on ? '#2f5bd3' : edge.kind === 'path' || edge.kind === 'loop' ? '#a3abb8' : '#c9ced8'}
        strokeWidth={edge.width} strokeLinecap="round" strokeDasharray={edge.kind === 'path' || edge.kind === 'loop' ? undefined : '2 4'}
        markerEnd={marker ? `url(#${on ? 'process-arrow-hi' : 'process-arrow'})` : undefined} opacity={0.85} />
      <g transform={`translate(${edge.label.x},${edge.label.y})`}>
        <rect x={-text.length * 3.4 - 5} y={-9} width={text.length * 6.8 + 10} height={18} rx={4} className={styles.edgeLabelBox} />
        <text className={styles.edgeLabel} textAnchor="middle" dy="4">{text}</text>
      </g>
    </g>
  );
}

function Node({ node, highlight }: { node: LaidNode; highlight: VariantPath | null }) {
  const { x, y, width: w, height: h } = node;
  if (node.kind !== 'activity') {
    const start = node.kind === 'start';
    return (
      <g data-testid={start ? 'process-start' : 'process-end'} transform={`translate(${x},${y})`}>
        <title>{start ? 'Where customers start' : 'Where customers end'}</title>
        <circle r={14} className={start ? styles.startMarker : styles.endMarker} />
        <text className={styles.markerText} textAnchor="middle" dy="4">{start ? '▶' : '■'}</text>
      </g>
    );
  }
  const n = node.node!;
  const on = highlight?.nodes.has(node.id) ?? false;
  const dim = highlight !== null && !on;
  const strong = node.weight > 0.5;
  return (
    <g className={dim ? styles.dim : undefined} transform={`translate(${x - w / 2},${y - h / 2})`}
      data-testid="process-node" data-activity={node.id} data-customers={n.customers} data-events={n.events} data-highlighted={on || undefined}>
      <title>{`${node.id}: ${formatCount(n.customers)} customers (${formatShare(n.share)}), ${formatCount(n.events)} events`}</title>
      <rect width={w} height={h} rx={8} fill={tint(node.weight)} stroke={on ? '#2448ad' : 'rgba(29,35,48,0.18)'} strokeWidth={on ? 2.5 : 1} />
      <text x={w / 2} y={h / 2 - 3} textAnchor="middle" className={strong ? styles.nodeNameOn : styles.nodeName}>{clip(node.id, w)}</text>
      <text x={w / 2} y={h / 2 + 12} textAnchor="middle" className={strong ? styles.nodeFigureOn : styles.nodeFigure}>
        {formatCount(n.customers)} · {formatShare(n.share)}
      </text>
    </g>
  );
}

const designAt = (p: DesignPoint) => ({ x: p.node.x - p.node.width / 2 + 2, y: p.node.y - p.node.height / 2 - 4 });

/** The designed order's dashed line, under the boxes so it never covers their words. */
function DesignLine({ points }: { points: DesignPoint[] }) {
  const line = points.map((p) => `${designAt(p).x},${designAt(p).y}`).join(' ');
  return <polyline data-testid="process-designed" points={line} fill="none" className={styles.designLine} pointerEvents="none" />;
}

/** The designed order's numbered steps, over the boxes; amber where customers first do the step in another place. */
function DesignSteps({ points }: { points: DesignPoint[] }) {
  return (
    <g pointerEvents="none">
      {points.map((p) => (
        <g key={p.step.stepId} transform={`translate(${designAt(p).x},${designAt(p).y})`}
          data-testid="process-designed-step" data-step={p.step.stepId} data-differs={p.step.differs || undefined}>
          <title>{`${p.order}. ${p.step.name} (${p.step.stage})`}</title>
          <circle r={10} className={p.step.differs ? styles.designDiffers : styles.designDot} />
          <text textAnchor="middle" dy="4" className={styles.designNumber}>{p.order}</text>
        </g>
      ))}
    </g>
  );
}

// One series' paths drawn as a Sankey. Nodes are focusable (Tab), say their figures to a screen reader and in a
// tooltip; a click (or Enter) on a node highlights the listed paths through it. Each node carries its column and
// customers as data-* attributes, so a test reads the totals off the drawing itself.
import { useMemo, useState, type KeyboardEvent } from 'react';
import { formatCount, formatShare } from '../../mapData';
import { describeNode, fitLabel, labelMin } from './pathsText';
import { columnStep, labelRoom, layoutSankey, linkKey, linksThrough, type LaidNode, type PathLink, type PathNode, type PathSankey } from './pathsLayout';
import styles from './Paths.module.css';

interface Props {
  series: PathSankey;
  width: number;
  height: number;
  backward: boolean;
  selected: string | null;
  onSelect: (nodeId: string | null) => void;
}

type Hover = { x: number; y: number; title: string; customers: number; share: number };

function nodeClass(node: PathNode): string {
  return [styles.node, node.kind === 'start' ? styles.nodeStart : node.kind === 'other' ? styles.nodeOther : node.kind === 'ended' ? styles.nodeEnded : ''].join(' ');
}

export function PathSankeyChart({ series, width, height, backward, selected, onSelect }: Props) {
  const layout = useMemo(() => layoutSankey(series, width, height, backward), [series, width, height, backward]);
  const labels = useMemo(() => new Map(layout.nodes.map((n) => [n.node.id, n.node.label])), [layout]);
  const highlighted = useMemo(() => (selected ? linksThrough(series, selected) : null), [series, selected]);
  const [hover, setHover] = useState<Hover | null>(null);
  const lastX = Math.max(...layout.nodes.map((n) => n.x0));
  const gap = columnStep(width, series.columns.length) - 14 - 12;
  const lastGap = labelRoom(width) - 12;
  const showNode = (n: LaidNode) => setHover({ x: n.x1 + 8, y: n.y0, title: n.node.label, customers: n.node.customers, share: n.node.shareOfStart });
  const linkTitle = (l: PathLink) => `${labels.get(l.source) ?? ''} → ${labels.get(l.target) ?? ''}`;
  const keyDown = (e: KeyboardEvent, id: string) => {
    if (e.key === 'Enter' || e.key === ' ') {
      e.preventDefault();
      onSelect(selected === id ? null : id);
    } else if (e.key === 'Escape') onSelect(null);
  };
  return (
    <div className={styles.chart} style={{ height: layout.height }}>
      <svg width={width} height={layout.height} role="group" aria-label={`Paths of ${series.name}`} data-testid="paths-sankey"
        data-series={series.key} data-customers={series.customers} onMouseLeave={() => setHover(null)}>
        <g className={styles.links}>
          {layout.links.map((l) => {
            const key = linkKey(l.link.source, l.link.target);
            const on = highlighted?.has(key);
            return (
              <path key={key} d={l.path} strokeWidth={l.width} tabIndex={0} data-testid="paths-link"
                className={[styles.link, on ? styles.linkOn : '', highlighted && !on ? styles.linkDim : ''].join(' ')}
                aria-label={`${linkTitle(l.link)}: ${formatCount(l.link.customers)} customers, ${formatShare(l.link.shareOfStart)} of the start`}
                onMouseMove={(e) => {
                  const box = (e.currentTarget.ownerSVGElement as SVGSVGElement).getBoundingClientRect();
                  setHover({ x: e.clientX - box.left + 12, y: e.clientY - box.top + 12, title: linkTitle(l.link), customers: l.link.customers, share: l.link.shareOfStart });
                }}
                onFocus={() => {
                  const box = (l.path.match(/M([\d.]+),([\d.]+)/) ?? []).slice(1).map(Number);
                  setHover({ x: (box[0] ?? 0) + 12, y: box[1] ?? 0, title: linkTitle(l.link), customers: l.link.customers, share: l.link.shareOfStart });
                }}
                onBlur={() => setHover(null)} />
            );
          })}
        </g>
        {layout.nodes.map((n) => {
          const h = n.y1 - n.y0;
          const room = n.x0 < lastX ? gap : lastGap;
          return (
            <g key={n.node.id} className={[nodeClass(n.node), selected === n.node.id ? styles.nodeSelected : ''].join(' ')}
              tabIndex={0} role="button" aria-pressed={selected === n.node.id} aria-label={describeNode(n.node, backward)}
              data-testid="paths-node" data-node={n.node.id} data-kind={n.node.kind} data-column={n.node.column} data-customers={n.node.customers}
              onMouseEnter={() => showNode(n)} onFocus={() => showNode(n)} onBlur={() => setHover(null)}
              onClick={() => onSelect(selected === n.node.id ? null : n.node.id)} onKeyDown={(e) => keyDown(e, n.node.id)}>
              <rect x={n.x0} y={n.y0} width={n.x1 - n.x0} height={Math.max(1, h)} rx={2} />
              {h >= labelMin && (
                <text x={n.x1 + 6} y={(n.y0 + n.y1) / 2} dy="0.35em" className={styles.label}>
                  <tspan className={styles.labelName}>{fitLabel(n.node.label, room)}</tspan>
                  <tspan className={styles.labelFigure} dx={6}>{formatCount(n.node.customers)} · {formatShare(n.node.shareOfStart)}</tspan>
                </text>
              )}
            </g>
          );
        })}
      </svg>
      {hover && (
        <div className={styles.tip} role="status" style={{ left: Math.min(hover.x, width - 240), top: hover.y }} data-testid="paths-tip">
          <strong>{hover.title}</strong>
          <span>{formatCount(hover.customers)} customers · {formatShare(hover.share)} of the start</span>
        </div>
      )}
    </div>
  );
}

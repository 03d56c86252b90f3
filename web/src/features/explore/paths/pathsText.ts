// The words of the paths Sankey: a node described for a screen reader, a label fitted to the room it has.
import { formatCount, formatShare } from '../../mapData';
import type { PathNode } from './pathsLayout';

/** The least node height (px) that gets a label; smaller ones are named in their tooltip. */
export const labelMin = 12;
/** Room for "12,345 · 45%" after a name, and a character's width at the label's size, for fitting labels in a gap. */
const figureRoom = 88;
const charWidth = 6.6;

/** The name cut (with …) to what fits between its node and the next column; the full name is in the tooltip. */
export function fitLabel(label: string, room: number): string {
  const chars = Math.floor((room - figureRoom) / charWidth);
  if (chars < 4) return '';
  return label.length <= chars ? label : `${label.slice(0, chars - 1)}…`;
}

export function describeNode(node: PathNode, backward: boolean): string {
  const where = node.column === 0 ? 'Start' : backward ? `${node.column} step${node.column > 1 ? 's' : ''} before` : `Step ${node.column}`;
  return `${where}: ${node.label}, ${formatCount(node.customers)} customers, ${formatShare(node.shareOfStart)} of the start`;
}

// A cell as short lines of plain text for the read-only Compare grid (the editor's widgets need the editor around them).
import type { Cell } from '../../api/model';

const score = (n: number) => (n > 0 ? `+${n}` : String(n));

export function cellLines(cell: Cell | undefined): string[] {
  if (!cell) return [];
  const lines: string[] = [];
  if (cell.text) lines.push(cell.text);
  for (const card of cell.cards ?? []) lines.push(card.text);
  if (cell.channels?.length) lines.push(cell.channels.map((c) => c.replace(/^custom:/, '')).join(', '));
  for (const p of cell.emotions ?? []) lines.push(`Emotion ${score(p.score)}${p.label ? ` ${p.label}` : ''}`);
  for (const p of cell.painPoints ?? []) lines.push(p.text);
  for (const i of cell.ideas ?? []) lines.push(i.text);
  if (cell.momentOfTruth) lines.push(cell.momentOfTruth.note ? `Moment of truth: ${cell.momentOfTruth.note}` : 'Moment of truth');
  for (const k of cell.kpis ?? []) lines.push(`${k.metric}${k.target != null ? ` → ${k.target}${k.unit ? ` ${k.unit}` : ''}` : ''}`);
  if (cell.image) lines.push(cell.image.alt ? `Image: ${cell.image.alt}` : 'Image');
  if (cell.owner) lines.push(`Owner: ${cell.owner}`);
  return lines;
}

// How a stage's figures say where they come from: the stage is its first measured step's count, and what it loses is
// what its steps lose (docs/analytics.md, "Figures").
import { formatCount, formatShare } from './format';

export function stageReachedTitle(firstStep: string | undefined): string {
  return firstStep
    ? `Customers who reached ${firstStep}, this stage's first measured step, in the map's order: the same count as that step`
    : "Customers who reached this stage in the map's order";
}

/** "397 customers (22%) do not reach the next stage: 250 lost at Creates an account, 147 at Verifies email". */
export function stageLostTitle(dropOff: number, rate: number | null, steps: { name: string; figures: { dropOff: number | null } }[]): string {
  const parts = steps
    .filter((s) => (s.figures.dropOff ?? 0) > 0)
    .map((s, i) => `${formatCount(s.figures.dropOff ?? 0)}${i === 0 ? ' lost' : ''} at ${s.name}`);
  const head = `${formatCount(dropOff)} customers (${formatShare(rate)}) do not reach the next stage`;
  return parts.length > 0 ? `${head}: ${parts.join(', ')}` : head;
}

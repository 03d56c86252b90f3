// Two segments side by side: which way a step's share of entrants differs and whether the test says it matters.
import type { StepComparison } from '../../../api/overlay';
import { formatPoints } from './format';

export interface ComparisonMark {
  /** ▲ when the compared segment (b) is higher, ▼ when lower, "" when there is no difference to mark. */
  symbol: '▲' | '▼' | '';
  direction: 'higher' | 'lower' | 'same';
  significant: boolean;
  /** "+11 pts" */
  points: string;
  /** For a tooltip or a screen reader: "12 pts higher, significant (p = 0.003)". */
  description: string;
}

/** p in a readable form: "p < 0.001", "p = 0.03". */
export function formatP(p: number): string {
  if (!Number.isFinite(p)) return 'p unknown';
  if (p < 0.001) return 'p < 0.001';
  return `p = ${p < 0.01 ? p.toFixed(3) : p.toFixed(2)}`;
}

export function comparisonMark(c: StepComparison | undefined | null): ComparisonMark | null {
  if (!c) return null;
  const diff = c.b - c.a;
  const direction = diff > 0 ? 'higher' : diff < 0 ? 'lower' : 'same';
  const points = formatPoints(diff);
  const size = points.replace(/^[+−±]/, '');
  const verdict = c.significant ? `significant (${formatP(c.p)})` : `not significant (${formatP(c.p)})`;
  return {
    symbol: c.significant ? (direction === 'higher' ? '▲' : direction === 'lower' ? '▼' : '') : '',
    direction,
    significant: c.significant,
    points,
    description: direction === 'same' ? `no difference, ${verdict}` : `${size} ${direction}, ${verdict}`,
  };
}

// Which customers and period the actual paths cover: the data view's range and segment when the data view is on
// (so the panel agrees with the figures on the steps), else all time and everyone.
import type { PathsQuery } from '../../../api/evidence';
import type { Segment } from '../../../api/segments';
import { describeRange, resolveRange, type TimeRange } from '../overlay/ranges';

export interface PathsScope {
  query: PathsQuery;
  /** "Last 30 days, segment Pro teams" */
  label: string;
}

export function pathsScope(on: boolean, range: TimeRange, segment: string | null, segments: Segment[], now: Date): PathsScope {
  if (!on) return { query: {}, label: 'All time, all customers' };
  const resolved = resolveRange(range, now);
  const query: PathsQuery = resolved.error ? {} : { from: resolved.from ?? undefined, to: resolved.to ?? undefined };
  const name = segment ? segments.find((s) => s.id === segment)?.name : undefined;
  if (segment && name) query.segment = segment;
  const period = resolved.error ? 'All time' : describeRange(range);
  return { query, label: `${period}, ${name ? `segment “${name}”` : 'all customers'}` };
}

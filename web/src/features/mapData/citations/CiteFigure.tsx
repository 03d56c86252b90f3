// "Cite on card" for a figure of the data view: the figure with the period and segment it was measured for, so
// the card still says what it meant after the data bar moves on.
import { useOverlay } from '../overlay/OverlayContext';
import { resolveRange } from '../overlay/ranges';
import { CiteOnCard } from './CiteOnCard';

interface Props {
  stepId: string;
  metric: string;
  value: number;
  /** The figure in words, e.g. "Checks out: 1,204 customers reached (62% of entrants)". */
  text: string;
}

export function CiteFigure({ stepId, metric, value, text }: Props) {
  const { settings, segments } = useOverlay();
  const { from, to } = periodOf(settings.range);
  const segment = settings.segment && segments.state === 'ready' ? segments.value.find((s) => s.id === settings.segment)?.name : undefined;
  return (
    <CiteOnCard compact stepId={stepId} label={text} draft={{
      kind: 'figure', text, metric, value, stepId, from, to,
      segmentId: settings.segment ?? undefined, segment,
    }} />
  );
}

/** The data view's period as the first and last day it covers; nothing for all time. */
function periodOf(range: Parameters<typeof resolveRange>[0]): { from?: string; to?: string } {
  const r = resolveRange(range, new Date());
  if (r.error) return {};
  const lastDay = r.to ? new Date(Date.parse(r.to) - 1).toISOString().slice(0, 10) : undefined;
  return { from: r.from?.slice(0, 10), to: lastDay };
}

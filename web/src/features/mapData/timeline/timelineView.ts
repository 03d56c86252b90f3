// Pure shaping of a customer timeline for the panel: events grouped by day, each with its time, the wait since the
// previous event and the names of the steps it stands for; plus the per-step counts the grid marks show.
import type { CustomerTimeline, TimelineEvent, TimelineFeedback } from '../../../api/evidence';
import type { JourneyMap } from '../../../api/model';

export interface TimelineRow {
  kind: 'event';
  index: number;
  event: TimelineEvent;
  time: string;
  /** "+2 min" since the customer's previous event; null for the first. */
  since: string | null;
  steps: { id: string; name: string }[];
  placed: boolean;
}

/** Something the customer said, among their events: on the step the map's feedback placement puts it. */
export interface SaidRow {
  kind: 'feedback';
  index: number;
  item: TimelineFeedback;
  time: string;
  since: null;
  steps: { id: string; name: string }[];
  placed: boolean;
}

export interface TimelineDay {
  day: string;
  rows: (TimelineRow | SaidRow)[];
}

export interface TimelineSummary {
  events: number;
  placed: number;
  steps: number;
  first: string | null;
  last: string | null;
}

/** Step id → name for the steps still on the map. */
function stepNames(map: JourneyMap): Map<string, string> {
  const names = new Map<string, string>();
  for (const stage of map.stages ?? []) for (const step of stage.steps ?? []) names.set(step.id, step.name || 'Untitled step');
  return names;
}

/** "45 s", "12 min", "3 h", "2 days". */
export function formatWait(ms: number): string {
  const s = Math.max(0, ms / 1000);
  if (s < 60) return `${Math.round(s)} s`;
  if (s < 3600) return `${Math.round(s / 60)} min`;
  if (s < 86_400) return `${Math.round(s / 3600)} h`;
  const days = Math.round(s / 86_400);
  return `${days} ${days === 1 ? 'day' : 'days'}`;
}

/**
 * The customer's events and feedback by day, in time order; at the same instant the event comes first (what a
 * customer says answers what they did). Events without a time keep their place before any feedback.
 */
export function timelineDays(timeline: CustomerTimeline, map: JourneyMap, timeZone?: string): TimelineDay[] {
  const names = stepNames(map);
  const dayFormat = new Intl.DateTimeFormat('en-GB', { weekday: 'short', day: 'numeric', month: 'short', year: 'numeric', timeZone });
  const timeFormat = new Intl.DateTimeFormat('en-GB', { hour: '2-digit', minute: '2-digit', timeZone });
  const days: TimelineDay[] = [];
  const add = (day: string, row: TimelineRow | SaidRow) => {
    const last = days[days.length - 1];
    if (last && last.day === day) last.rows.push(row);
    else days.push({ day, rows: [row] });
  };
  const said = timeline.feedback;
  let next = 0;
  const saidUntil = (until: number) => {
    for (; next < said.length && new Date(said[next]!.at).getTime() < until; next++) {
      const item = said[next]!;
      const at = new Date(item.at);
      const steps = item.stepId && names.has(item.stepId) ? [{ id: item.stepId, name: names.get(item.stepId)! }] : [];
      add(dayFormat.format(at), { kind: 'feedback', index: next, item, time: timeFormat.format(at), since: null, steps, placed: steps.length > 0 });
    }
  };
  let previous: number | null = null;
  timeline.events.forEach((event, index) => {
    const at = event.at ? new Date(event.at) : null;
    if (at) saidUntil(at.getTime());
    const day = at ? dayFormat.format(at) : 'No time given';
    const steps = event.stepIds.filter((id) => names.has(id)).map((id) => ({ id, name: names.get(id)! }));
    const since = at && previous !== null ? `+${formatWait(at.getTime() - previous)}` : null;
    if (at) previous = at.getTime();
    add(day, { kind: 'event', index, event, time: at ? timeFormat.format(at) : '—', since, steps, placed: steps.length > 0 });
  });
  saidUntil(Number.POSITIVE_INFINITY);
  return days;
}

/** "Negative", "Neutral" or "Positive" by the thresholds of the map's feedback figures (±0.05). */
export function sentimentWord(sentiment: number | null | undefined): 'Negative' | 'Neutral' | 'Positive' | null {
  if (sentiment === null || sentiment === undefined) return null;
  return sentiment <= -0.05 ? 'Negative' : sentiment >= 0.05 ? 'Positive' : 'Neutral';
}

/** "NPS 3", "CSAT 4", "Rating 5"; null without a score. */
export function scoreLabel(item: TimelineFeedback): string | null {
  if (item.score === null || item.score === undefined || !item.scoreType) return null;
  const type = item.scoreType === 'rating' ? 'Rating' : item.scoreType.toUpperCase();
  return `${type} ${item.score}`;
}

/** Step id → the customer's events on it (events standing for several steps count on each). */
export function visitedSteps(timeline: CustomerTimeline, map: JourneyMap): Record<string, number> {
  const names = stepNames(map);
  const counts: Record<string, number> = {};
  for (const event of timeline.events) {
    for (const id of event.stepIds) if (names.has(id)) counts[id] = (counts[id] ?? 0) + 1;
  }
  return counts;
}

export function timelineSummary(timeline: CustomerTimeline, map: JourneyMap): TimelineSummary {
  const visited = visitedSteps(timeline, map);
  const names = stepNames(map);
  const times = timeline.events.map((e) => e.at).filter((t): t is string => t !== null);
  return {
    events: timeline.totalEvents,
    placed: timeline.events.filter((e) => e.stepIds.some((id) => names.has(id))).length,
    steps: Object.keys(visited).length,
    first: times[0] ?? null,
    last: times[times.length - 1] ?? null,
  };
}

/** Splits a customer id around the typed prefix so the match can be shown in bold. */
export function splitMatch(id: string, query: string): [string, string] {
  const q = query.trim();
  return q && id.toLowerCase().startsWith(q.toLowerCase()) ? [id.slice(0, q.length), id.slice(q.length)] : ['', id];
}

// Pure shaping of a customer timeline for the panel: events grouped by day, each with its time, the wait since the
// previous event and the names of the steps it stands for; plus the per-step counts the grid marks show.
import type { CustomerTimeline, TimelineEvent } from '../../../api/evidence';
import type { JourneyMap } from '../../../api/model';

export interface TimelineRow {
  index: number;
  event: TimelineEvent;
  time: string;
  /** "+2 min" since the customer's previous event; null for the first. */
  since: string | null;
  steps: { id: string; name: string }[];
  placed: boolean;
}

export interface TimelineDay {
  day: string;
  rows: TimelineRow[];
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

export function timelineDays(timeline: CustomerTimeline, map: JourneyMap, timeZone?: string): TimelineDay[] {
  const names = stepNames(map);
  const dayFormat = new Intl.DateTimeFormat('en-GB', { weekday: 'short', day: 'numeric', month: 'short', year: 'numeric', timeZone });
  const timeFormat = new Intl.DateTimeFormat('en-GB', { hour: '2-digit', minute: '2-digit', timeZone });
  const days: TimelineDay[] = [];
  let previous: number | null = null;
  timeline.events.forEach((event, index) => {
    const at = event.at ? new Date(event.at) : null;
    const day = at ? dayFormat.format(at) : 'No time given';
    const steps = event.stepIds.filter((id) => names.has(id)).map((id) => ({ id, name: names.get(id)! }));
    const since = at && previous !== null ? `+${formatWait(at.getTime() - previous)}` : null;
    if (at) previous = at.getTime();
    const row: TimelineRow = { index, event, time: at ? timeFormat.format(at) : '—', since, steps, placed: steps.length > 0 };
    const last = days[days.length - 1];
    if (last && last.day === day) last.rows.push(row);
    else days.push({ day, rows: [row] });
  });
  return days;
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

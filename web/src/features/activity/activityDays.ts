// Groups activity lines (newest first) by the local day they happened on, with a heading people read at a glance.
import type { ActivityLine } from './actionWords';

export interface ActivityDay {
  key: string;
  heading: string;
  lines: ActivityLine[];
}

export function byDay(lines: readonly ActivityLine[], now: Date = new Date()): ActivityDay[] {
  const days: ActivityDay[] = [];
  for (const line of lines) {
    const at = new Date(line.at);
    const key = dayKey(at);
    const last = days[days.length - 1];
    if (last?.key === key) last.lines.push(line);
    else days.push({ key, heading: headingOf(at, now), lines: [line] });
  }
  return days;
}

function dayKey(d: Date): string {
  return `${d.getFullYear()}-${d.getMonth() + 1}-${d.getDate()}`;
}

function headingOf(at: Date, now: Date): string {
  const today = new Date(now.getFullYear(), now.getMonth(), now.getDate());
  const day = new Date(at.getFullYear(), at.getMonth(), at.getDate());
  const days = Math.round((today.getTime() - day.getTime()) / 86_400_000);
  if (days === 0) return 'Today';
  if (days === 1) return 'Yesterday';
  return at.toLocaleDateString(undefined, {
    weekday: 'long', day: 'numeric', month: 'long', ...(at.getFullYear() === now.getFullYear() ? {} : { year: 'numeric' }),
  });
}

/** "14:05", local, for a line under its day's heading. */
export function timeOf(iso: string): string {
  return new Date(iso).toLocaleTimeString(undefined, { hour: '2-digit', minute: '2-digit' });
}

// The history panel's list, worked out apart from React so it is tested on its own (timeline.test.ts): sessions and
// named versions in one list, newest first, grouped by day, and each row's words.
import type { HistorySession, MapHistory, MapVersion } from './historyTypes';

export type TimelineRow =
  | { kind: 'session'; key: string; at: string; session: HistorySession }
  | { kind: 'version'; key: string; at: string; version: MapVersion };

export interface TimelineDay {
  key: string;
  label: string;
  rows: TimelineRow[];
}

/** Formats a time of day ("10:42"); a parameter so the words are testable in any locale and time zone. */
export type TimeOfDay = (iso: string) => string;

export const localTime: TimeOfDay = (iso) =>
  new Date(iso).toLocaleTimeString(undefined, { hour: '2-digit', minute: '2-digit' });

const plural = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;
const rowSeq = (row: TimelineRow) => (row.kind === 'session' ? row.session.toSeq : row.version.seq);

/**
 * Sessions and versions newest first by time (a version before the session it names when they tie). While older
 * sessions are still to load, versions older than the oldest session shown wait for them.
 */
export function timelineRows(history: Pick<MapHistory, 'sessions' | 'versions' | 'more'>): TimelineRow[] {
  const oldest = history.sessions.reduce<string | undefined>((min, s) => (min === undefined || s.startedAt < min ? s.startedAt : min), undefined);
  const versions = history.more && oldest !== undefined ? history.versions.filter((v) => v.createdAt >= oldest) : history.versions;
  const rows: TimelineRow[] = [
    ...history.sessions.map((s): TimelineRow => ({ kind: 'session', key: `s-${s.authorId}-${s.fromSeq}`, at: s.endedAt, session: s })),
    ...versions.map((v): TimelineRow => ({ kind: 'version', key: `v-${v.id}`, at: v.createdAt, version: v })),
  ];
  return rows.sort((a, b) => {
    const t = Date.parse(b.at) - Date.parse(a.at);
    if (t !== 0) return t;
    const s = rowSeq(b) - rowSeq(a);
    return s !== 0 ? s : a.kind === 'version' ? -1 : b.kind === 'version' ? 1 : 0;
  });
}

function localDayKey(d: Date): string {
  return `${d.getFullYear()}-${d.getMonth() + 1}-${d.getDate()}`;
}

/** "Today", "Yesterday", or the date ("Thursday 3 December"; the year when it is not this one). */
export function dayLabel(iso: string, now: Date = new Date()): string {
  const d = new Date(iso);
  const yesterday = new Date(now.getFullYear(), now.getMonth(), now.getDate() - 1);
  if (localDayKey(d) === localDayKey(now)) return 'Today';
  if (localDayKey(d) === localDayKey(yesterday)) return 'Yesterday';
  return d.toLocaleDateString(undefined, d.getFullYear() === now.getFullYear()
    ? { weekday: 'long', day: 'numeric', month: 'long' }
    : { day: 'numeric', month: 'long', year: 'numeric' });
}

/** The rows by local day, in the rows' order. */
export function groupByDay(rows: TimelineRow[], now: Date = new Date()): TimelineDay[] {
  const days: TimelineDay[] = [];
  for (const row of rows) {
    const key = localDayKey(new Date(row.at));
    const last = days[days.length - 1];
    if (last?.key === key) last.rows.push(row);
    else days.push({ key, label: dayLabel(row.at, now), rows: [row] });
  }
  return days;
}

const onceKinds = new Set(['scope changed', 'map details changed', 'whole map replaced']);

/** A kind's words for its count: the server names kinds in the plural ("cells changed"), one reads "1 cell changed". */
export function kindWords(kind: { label: string; count: number }): string {
  // Kinds that are no countable thing read as what happened, and how often: "scope changed 2 times".
  if (onceKinds.has(kind.label)) return kind.count === 1 ? kind.label : `${kind.label} ${kind.count} times`;
  if (kind.label === 'other edits') return plural(kind.count, 'other edit', 'other edits');
  const one = kind.count === 1 ? /^(\p{L}+[^s])s (.+)$/u.exec(kind.label) : null;
  return `${kind.count} ${one ? `${one[1]} ${one[2]}` : kind.label}`;
}

/**
 * "14 edits: 7 cells changed, 2 steps added…": the three commonest kinds, and an ellipsis when there are more; a
 * session of one kind is just that kind ("3 cells changed").
 */
export function editsSummary(session: Pick<HistorySession, 'edits' | 'kinds'>): string {
  const count = plural(session.edits, 'edit', 'edits');
  const kinds = [...session.kinds].sort((a, b) => b.count - a.count);
  if (kinds.length === 0) return count;
  if (kinds.length === 1 && kinds[0]!.count === session.edits) return upperFirst(kindWords(kinds[0]!));
  const shown = kinds.slice(0, 3).map(kindWords).join(', ');
  return `${count}: ${shown}${kinds.length > 3 ? '…' : ''}`;
}

/** "10:02–10:41", or one time when the session began and ended in the same minute. */
export function timeSpan(session: Pick<HistorySession, 'startedAt' | 'endedAt'>, time: TimeOfDay = localTime): string {
  const from = time(session.startedAt);
  const to = time(session.endedAt);
  return from === to ? from : `${from}–${to}`;
}

/** The map at a seq in words: a version's name in quotes, else the time of the edit that made it. */
export function pointTitle(seq: number, history: Pick<MapHistory, 'sessions' | 'versions'>, time: TimeOfDay = localTime): string {
  const version = history.versions.find((v) => v.seq === seq);
  if (version) return `“${version.name}”`;
  if (seq === 0) return 'the map before its first edit';
  // The session that ended at this seq knows its time; otherwise the latest session that ended before it.
  const ended = history.sessions.filter((s) => s.toSeq <= seq).sort((a, b) => b.toSeq - a.toSeq)[0];
  return ended ? `the map as of ${time(ended.endedAt)}` : `the map as of edit ${seq}`;
}

/** A restore session's line: "Restored “after the workshop”" or "Restored the map as of 10:42". */
export function restoreLabel(restoredFrom: number, history: Pick<MapHistory, 'sessions' | 'versions'>, time: TimeOfDay = localTime): string {
  return `Restored ${pointTitle(restoredFrom, history, time)}`;
}

function upperFirst(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

/** The server's page size for the timeline, and the most sessions one request may ask for (HistoryEndpoints). */
export const historyPage = 50;
export const historyMaxLimit = 200;

/** How many sessions a refresh asks for so that every session already shown (after "Load older") comes back fresh. */
export function refreshLimit(shown: MapHistory | undefined): number {
  return Math.min(historyMaxLimit, Math.max(historyPage, shown?.sessions.length ?? 0));
}

/**
 * A refreshed first page, with the older sessions "Load older" had added that the refresh could not ask for again
 * (more than the server's cap shown): those that start before the refreshed page's oldest, and `more` as it was.
 */
export function keepOlder(shown: MapHistory | undefined, fresh: MapHistory): MapHistory {
  if (!shown || fresh.sessions.length === 0 || !fresh.more) return fresh;
  const oldestFresh = Math.min(...fresh.sessions.map((s) => s.fromSeq));
  const older = shown.sessions.filter((s) => s.fromSeq < oldestFresh);
  return older.length === 0 ? fresh : { ...fresh, sessions: [...fresh.sessions, ...older], more: shown.more };
}

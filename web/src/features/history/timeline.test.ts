import { describe, expect, it } from 'vitest';
import type { HistorySession, MapVersion } from './historyTypes';
import { dayLabel, editsSummary, groupByDay, keepOlder, pointTitle, refreshLimit, restoreLabel, timeSpan, timelineRows, type TimeOfDay } from './timeline';

const hhmm: TimeOfDay = (iso) => iso.slice(11, 16);
const session = (authorName: string, fromSeq: number, toSeq: number, startedAt: string, endedAt: string, extra: Partial<HistorySession> = {}): HistorySession =>
  ({ authorId: `usr_${authorName}`, authorName, fromSeq, toSeq, startedAt, endedAt, edits: toSeq - fromSeq + 1, kinds: [], ...extra });
const version = (name: string, seq: number, createdAt: string): MapVersion =>
  ({ id: `ver_${seq}`, name, seq, createdById: 'usr_ada', createdByName: 'Ada', createdAt });
// Local times, so day grouping is checked in whatever time zone the tests run.
const local = (day: number, hour: number, minute = 0) => new Date(2026, 11, day, hour, minute).toISOString();
const now = new Date(2026, 11, 6, 12, 0);

describe('timelineRows', () => {
  it('puts sessions of two authors and versions in one list, newest first; a version before the session it names', () => {
    const ada = session('Ada', 1, 9, local(6, 9), local(6, 10));
    const sam = session('Sam', 2, 8, local(6, 9, 5), local(6, 9, 50));
    const v = version('after the workshop', 9, local(6, 10));
    const rows = timelineRows({ sessions: [ada, sam], versions: [v], more: false });
    expect(rows.map((r) => r.key)).toEqual(['v-ver_9', 's-usr_Ada-1', 's-usr_Sam-2']);
  });

  it('holds back versions older than the oldest session shown while older sessions are still to load', () => {
    const rows = timelineRows({
      sessions: [session('Ada', 50, 60, local(6, 9), local(6, 10))],
      versions: [version('kick-off', 3, local(1, 9))],
      more: true,
    });
    expect(rows.map((r) => r.kind)).toEqual(['session']);
    expect(timelineRows({ sessions: [], versions: [version('kick-off', 3, local(1, 9))], more: false })).toHaveLength(1);
  });
});

describe('groupByDay', () => {
  it('groups rows by local day as Today, Yesterday and a date', () => {
    const rows = timelineRows({
      sessions: [session('Ada', 5, 6, local(6, 9), local(6, 10)), session('Ada', 3, 4, local(5, 9), local(5, 18)), session('Sam', 1, 2, local(1, 9), local(1, 9))],
      versions: [],
      more: false,
    });
    const days = groupByDay(rows, now);
    expect(days.map((d) => d.label.startsWith('Today') || d.label.startsWith('Yesterday') ? d.label : 'date')).toEqual(['Today', 'Yesterday', 'date']);
    expect(days.map((d) => d.rows.length)).toEqual([1, 1, 1]);
    expect(dayLabel(local(1, 9), now)).toContain('1');
    expect(dayLabel(new Date(2025, 0, 2).toISOString(), now)).toContain('2025');
  });
});

describe('row words', () => {
  it('counts edits and names the three commonest kinds, with an ellipsis for the rest', () => {
    expect(editsSummary({ edits: 1, kinds: [] })).toBe('1 edit');
    expect(editsSummary({ edits: 14, kinds: [{ label: 'steps added', count: 2 }, { label: 'cells changed', count: 7 }] }))
      .toBe('14 edits: 7 cells changed, 2 steps added');
    expect(editsSummary({ edits: 9, kinds: [{ label: 'a', count: 1 }, { label: 'b', count: 5 }, { label: 'c', count: 2 }, { label: 'd', count: 1 }] }))
      .toBe('9 edits: 5 b, 2 c, 1 a…');
    expect(editsSummary({ edits: 3, kinds: [{ label: 'cells changed', count: 3 }] })).toBe('3 cells changed');
    expect(editsSummary({ edits: 2, kinds: [{ label: 'cells changed', count: 1 }, { label: 'steps added', count: 1 }] }))
      .toBe('2 edits: 1 cell changed, 1 step added');
    expect(editsSummary({ edits: 1, kinds: [{ label: 'whole map replaced', count: 1 }] })).toBe('Whole map replaced');
    expect(editsSummary({ edits: 1, kinds: [{ label: 'scope changed', count: 1 }] })).toBe('Scope changed');
    expect(editsSummary({ edits: 5, kinds: [{ label: 'cells changed', count: 2 }, { label: 'scope changed', count: 2 }, { label: 'other edits', count: 1 }] }))
      .toBe('5 edits: 2 cells changed, scope changed 2 times, 1 other edit');
  });

  it('shows a time span, or one time when a session starts and ends in one minute', () => {
    expect(timeSpan({ startedAt: '2026-12-06T10:02:00Z', endedAt: '2026-12-06T10:41:30Z' }, hhmm)).toBe('10:02–10:41');
    expect(timeSpan({ startedAt: '2026-12-06T10:02:00Z', endedAt: '2026-12-06T10:02:40Z' }, hhmm)).toBe('10:02');
  });

  it('names a restore by the version restored, else by the time of the edit it went back to', () => {
    const history = {
      sessions: [session('Ada', 1, 7, '2026-12-06T10:00:00Z', '2026-12-06T10:42:00Z'), session('Sam', 8, 12, '2026-12-06T11:00:00Z', '2026-12-06T11:10:00Z')],
      versions: [version('after the workshop', 12, '2026-12-06T11:11:00Z')],
    };
    expect(restoreLabel(12, history, hhmm)).toBe('Restored “after the workshop”');
    expect(restoreLabel(7, history, hhmm)).toBe('Restored the map as of 10:42');
    expect(restoreLabel(9, history, hhmm)).toBe('Restored the map as of 10:42');
    expect(restoreLabel(0, history, hhmm)).toBe('Restored the map before its first edit');
    expect(pointTitle(5, { sessions: [], versions: [] }, hhmm)).toBe('the map as of edit 5');
  });

  it('keeps a hostile version name as text (React escapes it; the words carry it unchanged)', () => {
    const history = { sessions: [], versions: [version('<script>alert(1)</script>', 3, '2026-12-06T11:11:00Z')] };
    expect(restoreLabel(3, history, hhmm)).toBe('Restored “<script>alert(1)</script>”');
  });
});

describe('refreshing after "Load older"', () => {
  const page = (from: number, count: number) =>
    Array.from({ length: count }, (_, i) => session('Ada', from - i * 2, from - i * 2 + 1, local(6, 9), local(6, 9, 1)));
  const history = (sessions: HistorySession[], more: boolean) => ({ seq: 1000, sessions, versions: [] as MapVersion[], more });

  it('asks again for as many sessions as are shown, from the page size up to the server\'s cap', () => {
    expect(refreshLimit(undefined)).toBe(50);
    expect(refreshLimit(history(page(500, 10), true))).toBe(50);
    expect(refreshLimit(history(page(500, 120), true))).toBe(120);
    expect(refreshLimit(history(page(900, 260), false))).toBe(200);
  });

  it('keeps the older sessions a capped refresh could not ask for, and whether more remain', () => {
    const shown = history(page(900, 260), true);
    const fresh = history([session('Sam', 901, 905, local(6, 11), local(6, 11, 5)), ...page(900, 199)], true);
    const kept = keepOlder(shown, fresh);
    expect(kept.sessions).toHaveLength(260 + 1);
    expect(kept.sessions[0]?.authorName).toBe('Sam');
    expect(kept.sessions.at(-1)).toEqual(shown.sessions.at(-1));
    expect(new Set(kept.sessions.map((s) => s.fromSeq)).size).toBe(kept.sessions.length);
    expect(kept.more).toBe(true);
  });

  it('takes the refreshed page as it is when it holds everything', () => {
    const shown = history(page(100, 40), true);
    const fresh = history(page(102, 45), false);
    expect(keepOlder(shown, fresh)).toBe(fresh);
    expect(keepOlder(undefined, fresh)).toBe(fresh);
  });
});

// The explorer's view as a value: the search words, every filter and the order. It lives in the page's address
// (/data/feedback?q=refund&source=chat) so a view can be shared, and the same query string goes to the server's
// search and, for "tag every item matching", to the tag route: one filter, read one way everywhere.

export const sources = ['survey', 'review', 'chat', 'call', 'social', 'email', 'other'] as const;
export const bands = ['low', 'middle', 'high', 'none'] as const;
export const sentiments = ['negative', 'neutral', 'positive', 'none'] as const;
export const emotions = ['joy', 'trust', 'anger', 'fear', 'sadness', 'surprise'] as const;
export const intents = ['cancel', 'switch', 'refund', 'complaint', 'praise', 'question'] as const;
export const scoreTypes = ['nps', 'csat', 'ces', 'rating', 'none'] as const;
export const sorts = ['newest', 'oldest', 'score-high', 'score-low'] as const;

/** The conditions chosen from a fixed list: any of the values (OR), all conditions together (AND). */
export const listKeys = ['source', 'scoreType', 'band', 'sentiment', 'emotion', 'intent', 'step', 'tag', 'topic'] as const;
export type ListKey = (typeof listKeys)[number];

export interface ExplorerState {
  q: string;
  lists: Record<ListKey, string[]>;
  solicited: '' | 'true' | 'false';
  /** ISO dates (yyyy-mm-dd), the period's first day and the day after its last (to is exclusive on the server). */
  from: string;
  to: string;
  map: string;
  segment: string;
  sort: (typeof sorts)[number];
}

export const emptyState: ExplorerState = {
  q: '',
  lists: { source: [], scoreType: [], band: [], sentiment: [], emotion: [], intent: [], step: [], tag: [], topic: [] },
  solicited: '',
  from: '',
  to: '',
  map: '',
  segment: '',
  sort: 'newest',
};

/** The state an address's query string holds; unknown parameters are ignored, unknown values kept (the server says what is wrong). */
export function stateFromSearch(search: string): ExplorerState {
  const p = new URLSearchParams(search);
  const lists = Object.fromEntries(listKeys.map((k) => [k, p.getAll(k).filter((v) => v !== '')])) as Record<ListKey, string[]>;
  const solicited = p.get('solicited');
  const sort = p.get('sort');
  return {
    q: p.get('q') ?? '',
    lists,
    solicited: solicited === 'true' || solicited === 'false' ? solicited : '',
    from: p.get('from') ?? '',
    to: p.get('to') ?? '',
    map: p.get('map') ?? '',
    segment: p.get('segment') ?? '',
    sort: (sorts as readonly string[]).includes(sort ?? '') ? (sort as ExplorerState['sort']) : 'newest',
  };
}

/** The filter as a query string without "?" (the order of parameters fixed, so equal views give equal strings). */
export function filterSearch(state: ExplorerState): string {
  const p = new URLSearchParams();
  if (state.q.trim()) p.set('q', state.q.trim());
  for (const k of listKeys) for (const v of state.lists[k]) p.append(k, v);
  if (state.solicited) p.set('solicited', state.solicited);
  if (state.from) p.set('from', state.from);
  if (state.to) p.set('to', state.to);
  if (state.map) p.set('map', state.map);
  if (state.segment) p.set('segment', state.segment);
  return p.toString();
}

/** The address's query string: the filter and the order (newest, the default, left out). */
export function stateSearch(state: ExplorerState): string {
  const filter = filterSearch(state);
  const sort = state.sort === 'newest' ? '' : `sort=${state.sort}`;
  return [filter, sort].filter(Boolean).join('&');
}

/** How many conditions are set (the words count as one); a map alone is a view, not a condition. */
export function conditionCount(state: ExplorerState): number {
  return (state.q.trim() ? 1 : 0) + listKeys.reduce((n, k) => n + state.lists[k].length, 0)
    + (state.solicited ? 1 : 0) + (state.from || state.to ? 1 : 0) + (state.segment ? 1 : 0);
}

/** The state with one value of a list added or taken away. */
export function toggle(state: ExplorerState, key: ListKey, value: string): ExplorerState {
  const list = state.lists[key];
  const next = list.includes(value) ? list.filter((v) => v !== value) : [...list, value];
  return { ...state, lists: { ...state.lists, [key]: next } };
}

/** Every condition cleared; the map (which gives items their steps) and the order stay. */
export function cleared(state: ExplorerState): ExplorerState {
  return { ...emptyState, map: state.map, sort: state.sort };
}

/** "1–50 of 12,345" for a page. */
export function rangeText(offset: number, shown: number, total: number): string {
  const f = (n: number) => n.toLocaleString('en-US');
  if (total === 0) return 'No items';
  return `${f(offset + 1)}–${f(offset + shown)} of ${f(total)}`;
}

/** A run of a text in UTF-16 code units (the server's document marks the struct's fields optional). */
export interface TextRange {
  start?: number;
  length?: number;
}

/** A text cut into plain runs and marked runs by the server's highlight ranges (UTF-16 offsets, as JavaScript counts). */
export function highlightRuns(text: string, given: readonly TextRange[]): { text: string; mark: boolean }[] {
  const runs: { text: string; mark: boolean }[] = [];
  const ranges = given.map((r) => ({ start: r.start ?? 0, length: r.length ?? 0 })).sort((a, b) => a.start - b.start);
  let at = 0;
  for (const r of ranges) {
    const start = Math.max(at, Math.min(r.start, text.length));
    const end = Math.min(text.length, r.start + r.length);
    if (end <= start) continue;
    if (start > at) runs.push({ text: text.slice(at, start), mark: false });
    runs.push({ text: text.slice(start, end), mark: true });
    at = end;
  }
  if (at < text.length) runs.push({ text: text.slice(at), mark: false });
  return runs;
}

/** The ids from the anchor to the clicked one (either way round), for shift-click ranges. */
export function rangeIds(ids: readonly string[], anchor: string | null, clicked: string): string[] {
  const a = anchor === null ? -1 : ids.indexOf(anchor);
  const b = ids.indexOf(clicked);
  if (a < 0 || b < 0) return [clicked];
  return ids.slice(Math.min(a, b), Math.max(a, b) + 1);
}

// Pure edits on the id-keyed lists a cell holds (cards, pain points, ideas): the widgets draft with these and the
// tests pin them down. None of them mutates its input.

export interface WithId {
  id: string;
}

/** Replaces the item with this id by `patch` merged over it; other items are kept as they are. */
export function updateItem<T extends WithId>(list: readonly T[] | undefined, id: string, patch: Partial<Omit<T, 'id'>>): T[] {
  return (list ?? []).map((item) => (item.id === id ? { ...item, ...patch } : item));
}

export function removeItem<T extends WithId>(list: readonly T[] | undefined, id: string): T[] {
  return (list ?? []).filter((item) => item.id !== id);
}

export function appendItem<T>(list: readonly T[] | undefined, item: T): T[] {
  return [...(list ?? []), item];
}

/** Moves the item one place up (-1) or down (+1); unchanged at the ends. */
export function shiftItem<T extends WithId>(list: readonly T[] | undefined, id: string, by: -1 | 1): T[] {
  const out = (list ?? []).slice();
  const from = out.findIndex((item) => item.id === id);
  const to = from + by;
  if (from < 0 || to < 0 || to >= out.length) return out;
  [out[from], out[to]] = [out[to]!, out[from]!];
  return out;
}

/** An empty list becomes undefined, so the canonical file leaves it out. */
export function orUndefined<T>(list: readonly T[] | undefined): T[] | undefined {
  return list && list.length > 0 ? list.slice() : undefined;
}

/** Drops items whose text is blank (an editor's untouched "new" rows) before a draft is committed. */
export function withoutBlank<T extends { text: string }>(list: readonly T[] | undefined): T[] | undefined {
  return orUndefined((list ?? []).filter((item) => item.text.trim() !== ''));
}

/** Splits "a, b ,, c" into trimmed, distinct tags. */
export function parseTags(input: string): string[] {
  const out: string[] = [];
  for (const raw of input.split(',')) {
    const tag = raw.trim();
    if (tag && !out.includes(tag)) out.push(tag);
  }
  return out;
}

/** A card's citations without one; undefined when none is left (empty lists are left out of the file). */
export function withoutCitation<T extends { id: string }>(list: readonly T[] | undefined, id: string): T[] | undefined {
  const next = (list ?? []).filter((c) => c.id !== id);
  return next.length > 0 ? next : undefined;
}

// Editing a list of short texts (goals, needs, pain points ...): each helper returns a new array.

export function updateAt(list: readonly string[], index: number, value: string): string[] {
  if (index < 0 || index >= list.length) return [...list];
  return list.map((v, i) => (i === index ? value : v));
}

/** Inserts `value` at `index` (clamped), so "Enter" in an item can add the next one right below it. */
export function insertAt(list: readonly string[], index: number, value = ''): string[] {
  const at = Math.max(0, Math.min(list.length, index));
  return [...list.slice(0, at), value, ...list.slice(at)];
}

export function removeAt(list: readonly string[], index: number): string[] {
  return list.filter((_, i) => i !== index);
}

/** Moves the item at `from` to `to`; out-of-range moves leave the list as it is. */
export function moveItem(list: readonly string[], from: number, to: number): string[] {
  if (from < 0 || from >= list.length || to < 0 || to >= list.length || from === to) return [...list];
  const copy = [...list];
  const [item] = copy.splice(from, 1);
  copy.splice(to, 0, item!);
  return copy;
}

// A step of an Explore analysis: a map step (read through its binding on the scope's map) or one activity. In an
// address a step is "s:<stepId>" or "a:<activity>", and a list of them is comma-separated with each part encoded,
// so activity names may hold commas or colons.
export type StepRef = { stepId: string; activity?: undefined } | { activity: string; stepId?: undefined };

export function refKey(ref: StepRef): string {
  return ref.stepId !== undefined ? `s:${ref.stepId}` : `a:${ref.activity}`;
}

export function parseRef(text: string): StepRef | null {
  if (text.startsWith('s:') && text.length > 2) return { stepId: text.slice(2) };
  if (text.startsWith('a:') && text.length > 2) return { activity: text.slice(2) };
  return null;
}

export function encodeRefs(refs: StepRef[]): string {
  return refs.map((r) => encodeURIComponent(refKey(r))).join(',');
}

export function decodeRefs(text: string | null): StepRef[] {
  if (!text) return [];
  return text.split(',').map((part) => {
    try { return parseRef(decodeURIComponent(part)); } catch { return null; }
  }).filter((r): r is StepRef => r !== null);
}

/** Moves the item at `from` to `to` (both in range), as the picker's keyboard and drag do. */
export function move<T>(items: T[], from: number, to: number): T[] {
  if (from === to || from < 0 || to < 0 || from >= items.length || to >= items.length) return items;
  const next = [...items];
  const [item] = next.splice(from, 1);
  next.splice(to, 0, item!);
  return next;
}

// Dates in the file format are yyyy-MM-dd; comparing them as text is comparing them as dates.

/** Today in the reader's time zone, as yyyy-MM-dd. */
export function todayIso(now: Date = new Date()): string {
  const m = String(now.getMonth() + 1).padStart(2, '0');
  const d = String(now.getDate()).padStart(2, '0');
  return `${now.getFullYear()}-${m}-${d}`;
}

export function isIsoDate(text: string | undefined): text is string {
  return !!text && /^\d{4}-\d{2}-\d{2}$/.test(text);
}

/** True when the date has passed (today is not past). */
export function isPast(date: string | undefined, today: string = todayIso()): boolean {
  return isIsoDate(date) && date < today;
}

/** "31 May 2027" for reading; the raw text when it is not a date. */
export function formatDate(date: string): string {
  if (!isIsoDate(date)) return date;
  const [y, m, d] = date.split('-').map(Number) as [number, number, number];
  return new Date(y, m - 1, d).toLocaleDateString('en-GB', { day: 'numeric', month: 'short', year: 'numeric' });
}

// Dates in the file format are yyyy-MM-dd; comparing them as text is comparing them as dates.
import { todayIso } from '../../../ui/relativeTime';

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

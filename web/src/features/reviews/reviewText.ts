// The words of a map's review, in one place: the stale flag on map cards and on the open map, and the next date.
import { formatDate, isIsoDate } from '../editor/scope/dates';
import { todayIso } from '../../ui/relativeTime';

/** "Stale — review was due on 3 Nov 2026". */
export function staleText(reviewBy: string): string {
  return `Stale — review was due on ${formatDate(reviewBy.slice(0, 10))}`;
}

/** The review intervals offered in the scope panel (days); a map file may hold any from 1 to 3650. */
export const reviewIntervals: readonly { days: number; label: string }[] = [
  { days: 30, label: 'Every month' },
  { days: 90, label: 'Every 3 months' },
  { days: 180, label: 'Every 6 months' },
  { days: 365, label: 'Every year' },
];

/** "yyyy-mm-dd" a number of days after today (local), for the next review-by date's default. */
export function daysFromToday(days: number, now: Date = new Date()): string {
  const d = new Date(now.getFullYear(), now.getMonth(), now.getDate() + days);
  return todayIso(d);
}

/** Why a next review-by date cannot be used, or null: it must be a date after today. */
export function nextDateProblem(date: string, now: Date = new Date()): string | null {
  if (!isIsoDate(date)) return 'Choose the date of the next review.';
  return date <= todayIso(now) ? 'The next review must be after today.' : null;
}

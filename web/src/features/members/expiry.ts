// How long an invitation stays open, said the way people say it ("in 6 days"); relativeTime covers the past only.
const hour = 3_600_000;
const day = 24 * hour;

export function expiresIn(iso: string, now: Date = new Date()): string {
  const ms = new Date(iso).getTime() - now.getTime();
  if (Number.isNaN(ms)) return '';
  if (ms <= 0) return 'expired';
  if (ms < hour) return 'in less than an hour';
  if (ms < day) return `in ${Math.floor(ms / hour)} h`;
  const days = Math.floor(ms / day);
  return days === 1 ? 'tomorrow' : `in ${days} days`;
}

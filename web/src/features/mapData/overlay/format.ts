// How the overlay's figures read: counts, shares, durations. Every figure on the map goes through these.

const whole = new Intl.NumberFormat('en-GB', { maximumFractionDigits: 0 });
const compact = new Intl.NumberFormat('en-US', { notation: 'compact', maximumFractionDigits: 1 });

/** 950, 12,034, 1.2M: exact below a million, short above (the exact figure goes in the tooltip). */
export function formatCount(n: number): string {
  return Math.abs(n) < 1_000_000 ? whole.format(n) : compact.format(n);
}

/** A share 0..1 as a percentage: one decimal under 10 % (4.5 %), whole above (48 %); "–" when unknown. */
export function formatShare(share: number | null | undefined): string {
  if (share === null || share === undefined || !Number.isFinite(share)) return '–';
  const pct = share * 100;
  if (pct !== 0 && Math.abs(pct) < 10) {
    const one = Math.round(pct * 10) / 10;
    return `${Number.isInteger(one) ? one.toFixed(0) : one.toFixed(1)}%`;
  }
  return `${Math.round(pct)}%`;
}

/** A difference of shares in percentage points, signed: "+11 pts", "−3.5 pts". */
export function formatPoints(difference: number): string {
  const pts = difference * 100;
  const size = Math.abs(pts) < 10 ? Math.round(Math.abs(pts) * 10) / 10 : Math.round(Math.abs(pts));
  const sign = pts > 0 ? '+' : pts < 0 ? '−' : '±';
  return `${sign}${size} pts`;
}

const minute = 60;
const hour = 60 * minute;
const day = 24 * hour;

/** Seconds as the two largest units people use: "45 s", "12 min", "2 h 5 min", "3 d 4 h", "45 d"; "–" when unknown. */
export function formatDuration(seconds: number | null | undefined): string {
  if (seconds === null || seconds === undefined || !Number.isFinite(seconds) || seconds < 0) return '–';
  if (seconds < minute) return `${Math.round(seconds)} s`;
  if (seconds < hour) return `${Math.round(seconds / minute)} min`;
  if (seconds < day) {
    const total = Math.round(seconds / minute);
    const h = Math.floor(total / 60);
    const m = total % 60;
    if (h === 24) return '1 d';
    return m === 0 ? `${h} h` : `${h} h ${m} min`;
  }
  const totalHours = Math.round(seconds / hour);
  const d = Math.floor(totalHours / 24);
  const h = totalHours % 24;
  return d >= 30 || h === 0 ? `${d} d` : `${d} d ${h} h`;
}

/** Long form for tooltips and screen readers: "2 hours 5 minutes". */
export function spellDuration(seconds: number | null | undefined): string {
  const short = formatDuration(seconds);
  if (short === '–') return 'unknown';
  return short
    .replace(/(\d+) d\b/g, (_, n: string) => `${n} ${n === '1' ? 'day' : 'days'}`)
    .replace(/(\d+) h\b/g, (_, n: string) => `${n} ${n === '1' ? 'hour' : 'hours'}`)
    .replace(/(\d+) min\b/g, (_, n: string) => `${n} ${n === '1' ? 'minute' : 'minutes'}`)
    .replace(/(\d+) s\b/g, (_, n: string) => `${n} ${n === '1' ? 'second' : 'seconds'}`);
}

// A rule's durations (the stall window, the re-entry wait) as a number and a unit, and in words.

export type DurationUnit = 'minutes' | 'hours' | 'days';

export const unitSeconds: Record<DurationUnit, number> = { minutes: 60, hours: 3600, days: 86_400 };
export const durationUnits: DurationUnit[] = ['minutes', 'hours', 'days'];

/** The stall window's bounds, as the server checks them: one minute to one year. */
export const minWithinSeconds = 60;
export const maxWithinSeconds = 31_536_000;

/** Seconds as the largest unit that holds them whole ("2 days", "90 minutes"); under a minute, as minutes. */
export function splitDuration(seconds: number): { value: number; unit: DurationUnit } {
  for (const unit of ['days', 'hours'] as const) {
    if (seconds >= unitSeconds[unit] && seconds % unitSeconds[unit] === 0) return { value: seconds / unitSeconds[unit], unit };
  }
  return { value: Math.round((seconds / 60) * 100) / 100, unit: 'minutes' };
}

/** A typed number and unit as whole seconds, or null when the number is not a positive number. */
export function toSeconds(value: string, unit: DurationUnit): number | null {
  const text = value.trim();
  if (!/^\d+(\.\d+)?$/.test(text)) return null;
  const n = Number(text);
  return n > 0 ? Math.round(n * unitSeconds[unit]) : null;
}

/** "1 day", "36 hours", "90 minutes". */
export function spellSeconds(seconds: number): string {
  const { value, unit } = splitDuration(seconds);
  const one = unit.slice(0, -1);
  return `${value} ${value === 1 ? one : unit}`;
}

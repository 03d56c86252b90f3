// The activity page's filters as the user sets them (a group of actions, an actor, a range of local days) and as the
// server reads them (an action prefix, an actor id, ISO instants: from the start of the first day to the start of the
// day after the last).
import type { ActivityQuery } from '../../api/client';

export interface ActivityFilters {
  action: string;
  actor: string;
  /** yyyy-mm-dd, local; empty for no bound. */
  from: string;
  to: string;
}

export const noFilters: ActivityFilters = { action: '', actor: '', from: '', to: '' };

export function isFiltered(f: ActivityFilters): boolean {
  return f.action !== '' || f.actor !== '' || f.from !== '' || f.to !== '';
}

export function toQuery(f: ActivityFilters): ActivityQuery {
  return {
    action: f.action || null,
    actor: f.actor || null,
    from: f.from ? startOfDay(f.from, 0) : null,
    to: f.to ? startOfDay(f.to, 1) : null,
  };
}

/** The instant local day `day` (+ `plus` days) starts, as ISO 8601 UTC. */
function startOfDay(day: string, plus: number): string {
  const [y, m, d] = day.split('-').map(Number);
  return new Date(y!, m! - 1, d! + plus).toISOString();
}

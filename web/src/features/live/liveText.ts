// The live view's words, in one place so a figure means one thing everywhere: what each count is, what a step's chip
// says, and what the legend says about the map as a whole. "In flight" only counts customers under a stall rule (a
// stall timer armed at the step), so a step without one shows no figure rather than a zero that looks measured.
import type { LiveRule, LiveStep, LiveView } from './liveApi';

/**
 * A stall rule waits for a step it names (its step B), which need not be the next one on the map: the words say
 * "its stall rule’s wait", never "the next step".
 */
export const inFlightMeaning = 'in flight: reached the step, its stall rule’s wait not over';
export const stalledMeaning = 'stalled in the last 24 h';
export const noStallRules = 'In flight is counted for steps with a stall rule — add one from the step’s menu';
export const someUnmeasured = 'Steps without a stall rule show no figures.';

/** A rule starts a stall count here: a stall rule whose step A is this step. */
export function countsHere(rule: LiveRule): boolean {
  return rule.kind === 'stalled' && !rule.untilHere;
}

export interface LiveChip {
  /** The step has a stall rule from it, so its figures are measured. */
  measured: boolean;
  inFlight: number;
  stalled: number;
  /** Rules here that are on, and all rules here (a rule ending here counts: it is the step that stops a stall). */
  rulesOn: number;
  rulesAll: number;
  /** The full sentence for a screen reader and a tooltip. */
  label: string;
  /** The rules marker's name. */
  rulesLabel: string;
}

const plural = (n: number, one: string, many: string) => `${n.toLocaleString('en-US')} ${n === 1 ? one : many}`;

export function chipFor(step: LiveStep | undefined): LiveChip | null {
  if (!step) return null;
  const measured = step.rules.some(countsHere) || step.inFlight > 0 || step.stalledNow > 0;
  const rulesOn = step.rules.filter((r) => r.enabled).length;
  const rulesAll = step.rules.length;
  const label = measured
    ? `${plural(step.inFlight, 'customer', 'customers')} ${inFlightMeaning}; ${plural(step.stalledNow, 'customer', 'customers')} ${stalledMeaning}`
    : 'No stall rule from this step: nothing is counted here';
  const off = rulesAll - rulesOn;
  const rulesLabel = `${plural(rulesOn, 'rule', 'rules')} on at this step${off > 0 ? ` (${off} off)` : ''}: show ${rulesAll === 1 ? 'it' : 'them'}`;
  return { measured, inFlight: step.inFlight, stalled: step.stalledNow, rulesOn, rulesAll, label, rulesLabel };
}

export interface LiveLegend {
  /** No step of the map has a stall rule: the legend says how to get one instead of defining figures nobody sees. */
  noStallRules: boolean;
  /** Some steps are measured and some not. */
  someUnmeasured: boolean;
  inFlight: number;
  stalled: number;
}

/** The legend's decisions and the map's totals (a customer waiting at two steps counts at each). */
export function legendFor(view: LiveView): LiveLegend {
  const measured = view.steps.filter((s) => chipFor(s)?.measured);
  return {
    noStallRules: measured.length === 0,
    someUnmeasured: measured.length > 0 && measured.length < view.steps.length,
    inFlight: measured.reduce((n, s) => n + s.inFlight, 0),
    stalled: measured.reduce((n, s) => n + s.stalledNow, 0),
  };
}

/** "as of 12:04:10", the server's time of the figures in the reader's clock. */
export function asOf(at: string | Date, timeZone?: string): string {
  const date = typeof at === 'string' ? new Date(at) : at;
  if (Number.isNaN(date.getTime())) return '';
  return `as of ${date.toLocaleTimeString('en-GB', { hour: '2-digit', minute: '2-digit', second: '2-digit', hour12: false, timeZone })}`;
}

// What the what-if panel shows and asks: the steps a question can be about (the overlay's funnel before the outcome),
// the amounts a reader types, and the answer in words and figures. Pure, so it is tested without a page. Counts,
// shares and durations are written as the overlay writes them (features/mapData's format), so one figure reads the
// same everywhere.
import type { JourneyMap } from '../../api/model';
import type { WhatIfAnswer, WhatIfKind } from '../../api/whatif';
import { formatCount } from '../mapData';
import { stepsOf } from '../map/state/queries';

export interface StepChoice { id: string; name: string }

/**
 * The steps a question can be about, in map order: the bound steps from the entry to the outcome (the overlay's
 * funnel; no entry: from the first step, no outcome: to the last) without the outcome, which has no next step.
 */
export function funnelChoices(map: JourneyMap): StepChoice[] {
  const steps = stepsOf(map).map((r) => r.step);
  const at = (id: string | null | undefined) => (id ? steps.findIndex((s) => s.id === id) : -1);
  const from = Math.max(0, at(map.entryStepId));
  const last = at(map.outcomeStepId);
  const to = last >= 0 ? last : steps.length - 1;
  const funnel = steps.filter((s, i) => i >= from && i <= to && (s.binding?.activities?.length ?? 0) > 0);
  return funnel.slice(0, -1).map((s) => ({ id: s.id, name: s.name?.trim() || 'Untitled step' }));
}

export type WaitUnit = 'minutes' | 'hours' | 'days';

export const waitUnits: readonly { id: WaitUnit; label: string; seconds: number }[] = [
  { id: 'minutes', label: 'minutes', seconds: 60 },
  { id: 'hours', label: 'hours', seconds: 3600 },
  { id: 'days', label: 'days', seconds: 86_400 },
];

/** The server's limit on a shorter wait: a year. */
export const maxWaitSeconds = 365 * 86_400;

export interface WhatIfInput {
  kind: WhatIfKind;
  /** As typed: percentage points, -100..100. */
  points: string;
  /** As typed: how much shorter, in the unit. */
  wait: string;
  unit: WaitUnit;
}

/** The amount to ask about, or why it cannot be asked (in the reader's words, for the field's message). */
export function readAmount(input: WhatIfInput): { points?: number; waitSeconds?: number; error?: string } {
  const text = input.kind === 'conversion' ? input.points : input.wait;
  const value = text.trim() === '' ? Number.NaN : Number(text);
  if (input.kind === 'conversion') {
    if (!Number.isFinite(value) || value < -100 || value > 100) return { error: 'Enter points from −100 to 100.' };
    return { points: value };
  }
  const seconds = value * (waitUnits.find((u) => u.id === input.unit)?.seconds ?? 1);
  if (!Number.isFinite(seconds) || seconds <= 0) return { error: 'Enter a wait above zero.' };
  if (seconds > maxWaitSeconds) return { error: 'Enter a wait of at most a year.' };
  return { waitSeconds: seconds };
}

/**
 * Customers as an expected number: whole and as the overlay counts them from 10 up (12,034, 1.2M); one decimal below
 * (a projection of 2.4 customers is not "2").
 */
export function formatCustomers(n: number): string {
  if (!Number.isFinite(n)) return '–';
  if (Math.abs(n) >= 10 || Number.isInteger(n)) return formatCount(Math.round(n));
  const one = Math.round(n * 10) / 10;
  return one === 0 ? '0' : one.toFixed(1);
}

/** A change of customers, signed: "+12", "−3.5", "±0". */
export function formatChange(n: number): string {
  const text = formatCustomers(Math.abs(n));
  if (text === '0') return '±0';
  return `${n > 0 ? '+' : '−'}${text}`;
}

/** The interval in words: "+4 to +20". */
export function formatInterval(low: number, high: number): string {
  return `${formatChange(low)} to ${formatChange(high)}`;
}

/** What the panel says when there is nothing to project, or null when there is an answer to show. */
export function emptyReason(answer: WhatIfAnswer): 'noEntries' | 'nobodyAtStep' | null {
  if (answer.measured.entries === 0) return 'noEntries';
  if (answer.step.reached === 0) return 'nobodyAtStep';
  return null;
}

/** The question in a sentence: "If the conversion at Checkout rose by 10 points" / "If the wait after Checkout were 2 hours shorter". */
export function describeQuestion(kind: WhatIfKind, stepName: string, amount: string, unit: WaitUnit): string {
  if (kind === 'wait') return `If the wait after ${stepName} were ${amount} ${amount === '1' ? unit.replace(/s$/, '') : unit} shorter`;
  const points = Number(amount);
  const size = Math.abs(points);
  const word = size === 1 ? 'point' : 'points';
  return `If the conversion at ${stepName} ${points < 0 ? 'fell' : 'rose'} by ${size} ${word}`;
}

/** How strongly the interval speaks: the change is clearly up, clearly down, or could be none. */
export function direction(answer: WhatIfAnswer): 'up' | 'down' | 'unclear' {
  const { low, high } = answer.change;
  if (low > 0) return 'up';
  if (high < 0) return 'down';
  return 'unclear';
}

/** The question an answer is for, in words (the wait in the unit the reader picked): it says what the figures show
 * while a newer question loads. */
export function describeAnswered(answer: WhatIfAnswer, stepName: string, unit: WaitUnit): string {
  if (answer.kind === 'wait') {
    const seconds = waitUnits.find((u) => u.id === unit)?.seconds ?? 1;
    const amount = Math.round(((answer.waitSeconds ?? 0) / seconds) * 100) / 100;
    return describeQuestion('wait', stepName, String(amount), unit);
  }
  return describeQuestion('conversion', stepName, String(answer.points ?? 0), unit);
}

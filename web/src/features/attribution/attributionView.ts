// What the attribution panel shows of the server's answer: one row per channel or touchpoint with each model's
// credit, the conversions no touch preceded, and the totals (every model hands out every conversion once), sorted
// as the reader asks. Pure, so the sums and the order are tested without a page.
import type { AttributionAnswer, AttributionBy, AttributionCredits } from '../../api/attribution';

export type ModelId = keyof AttributionCredits;

export interface ModelInfo {
  id: ModelId;
  /** The column's heading (short: eight models share the panel's width). */
  short: string;
  label: string;
  /** One line on how the model hands out a conversion. */
  explain: string;
}

export const models: readonly ModelInfo[] = [
  { id: 'firstTouch', short: 'First', label: 'First touch', explain: 'All of a conversion goes to the first touch before it.' },
  { id: 'lastTouch', short: 'Last', label: 'Last touch', explain: 'All of a conversion goes to the last touch before it.' },
  { id: 'linear', short: 'Linear', label: 'Linear', explain: 'A conversion is shared equally by every touch before it; a repeated touch counts each time.' },
  { id: 'timeDecay', short: 'Decay', label: 'Time decay', explain: 'Touches nearer the conversion get more: a touch\'s weight halves with every half-life before it.' },
  { id: 'positionBased', short: 'Position', label: 'Position based', explain: '40% to the first touch, 40% to the last and 20% shared by the touches between.' },
  { id: 'markovFirstOrder', short: 'Markov 1', label: 'Markov, first order', explain: 'Conversions lost if this one were taken out of every path, from a chain of touch to next touch; shared in proportion.' },
  { id: 'markovSecondOrder', short: 'Markov 2', label: 'Markov, second order', explain: 'As first order, but each move also remembers the touch before, so pairs of touches count.' },
  { id: 'shapley', short: 'Shapley', label: 'Shapley value', explain: 'The extra conversions this one brings when it joins the others, averaged over every order of joining.' },
];

export type SortKey = 'name' | 'touches' | ModelId;

export interface Sort {
  key: SortKey;
  /** Names A to Z (or map order for touchpoints); figures largest first. */
  descending: boolean;
}

/** Touchpoints read in map order, channels by the linear credit, largest first. */
export function defaultSort(by: AttributionBy): Sort {
  return by === 'touchpoint' ? { key: 'name', descending: false } : { key: 'linear', descending: true };
}

/** The next sort when a column's heading is pressed: its natural order first, reversed on a second press. */
export function nextSort(current: Sort, key: SortKey): Sort {
  if (current.key === key) return { key, descending: !current.descending };
  return { key, descending: key !== 'name' };
}

export interface CreditCell {
  model: ModelId;
  /** Null: the model was not computed (the notes say why). */
  value: number | null;
  text: string;
  /** The cell's bar, 0..1 of the largest credit in the table. */
  fraction: number;
}

export interface AttributionRow {
  /** The channel's name or the step's id, as the server names the player. */
  key: string;
  /** What the reader sees: the channel, or the step's name on the map (its id when the map has it no more). */
  name: string;
  /** By touchpoint, the step on the map to show; null by channel or when the step is gone. */
  stepId: string | null;
  /** Map or answer order, for sorting by name by touchpoint. */
  order: number;
  touches: number;
  conversionsTouched: number;
  cells: CreditCell[];
}

export interface AttributionTotals {
  conversions: number;
  withoutTouch: number;
  touches: number;
  /** Each model's credits plus the conversions without a touch; null for a model not computed. */
  cells: CreditCell[];
}

export interface AttributionView {
  rows: AttributionRow[];
  totals: AttributionTotals;
  /** Models with no figure (too many Markov states, too many players for Shapley). */
  missing: ModelId[];
}

const oneDecimal = new Intl.NumberFormat('en-GB', { minimumFractionDigits: 1, maximumFractionDigits: 1 });

/** A credit in conversions, one decimal ("1,234.5"); "–" when the model was not computed. */
export function formatCredit(value: number | null | undefined): string {
  if (value === null || value === undefined || !Number.isFinite(value)) return '–';
  const text = oneDecimal.format(value);
  return text === '-0.0' ? '0.0' : text;
}

/** Builds the rows and totals; `stepNames` maps a step id to its name on the map (by touchpoint). */
export function attributionView(answer: AttributionAnswer, stepNames: ReadonlyMap<string, string>, stepOrder: readonly string[], sort: Sort): AttributionView {
  const byTouchpoint = answer.by === 'touchpoint';
  const largest = Math.max(0, ...answer.players.flatMap((p) => models.map((m) => p.credits[m.id] ?? 0)));
  const cell = (model: ModelId, value: number | null): CreditCell => ({
    model, value, text: formatCredit(value), fraction: value !== null && largest > 0 ? Math.max(0, Math.min(1, value / largest)) : 0,
  });
  const rows = answer.players.map((p, i): AttributionRow => {
    const known = byTouchpoint && stepNames.has(p.name);
    const mapIndex = byTouchpoint ? stepOrder.indexOf(p.name) : -1;
    return {
      key: p.name,
      name: known ? stepNames.get(p.name)! : p.name,
      stepId: known ? p.name : null,
      order: mapIndex >= 0 ? mapIndex : stepOrder.length + i,
      touches: p.touches,
      conversionsTouched: p.conversionsTouched,
      cells: models.map((m) => cell(m.id, p.credits[m.id])),
    };
  });
  const missing = models.filter((m) => answer.players.some((p) => p.credits[m.id] === null)).map((m) => m.id);
  const totals: AttributionTotals = {
    conversions: answer.conversions,
    withoutTouch: answer.conversionsWithoutTouch,
    touches: answer.touches,
    cells: models.map((m) => {
      if (missing.includes(m.id)) return { model: m.id, value: null, text: '–', fraction: 0 };
      const sum = answer.players.reduce((s, p) => s + (p.credits[m.id] ?? 0), 0) + answer.conversionsWithoutTouch;
      return { model: m.id, value: sum, text: formatCredit(sum), fraction: 0 };
    }),
  };
  return { rows: sortRows(rows, sort, byTouchpoint), totals, missing };
}

function sortRows(rows: AttributionRow[], sort: Sort, byTouchpoint: boolean): AttributionRow[] {
  const byName = (a: AttributionRow, b: AttributionRow) => (byTouchpoint ? a.order - b.order : a.name.localeCompare(b.name, 'en'));
  const figure = (r: AttributionRow): number => {
    if (sort.key === 'touches') return r.touches;
    if (sort.key === 'name') return 0;
    return r.cells.find((c) => c.model === sort.key)?.value ?? -Infinity;
  };
  const sign = sort.descending ? -1 : 1;
  return [...rows].sort((a, b) => {
    if (sort.key === 'name') return sign * byName(a, b);
    const diff = figure(a) - figure(b);
    // Ties (and models not computed) keep the names' order, whatever the direction.
    return diff !== 0 ? sign * diff : byName(a, b);
  });
}

/** Whether the totals add up: every computed model hands out the conversions (to a tenth, as shown). */
export function totalsAddUp(totals: AttributionTotals): boolean {
  return totals.cells.every((c) => c.value === null || Math.abs(c.value - totals.conversions) < 0.05);
}

/** What the panel says when there is no table to show, or null when there is one. */
export function emptyReason(answer: AttributionAnswer): 'noOutcome' | 'noConversions' | null {
  if (answer.outcomeStepId === null) return 'noOutcome';
  if (answer.conversions === 0) return 'noConversions';
  return null;
}

/** The server's notes, in the panel's words where it knows them (the rest as written: they are plain already). */
export function plainNote(note: string): string {
  const markov = /^Markov (first|second) order: ([\d,]+) states, solved exactly\.$/.exec(note);
  if (markov) return `Markov, ${markov[1]} order: solved exactly on a chain of ${markov[2]} states.`;
  const tooMany = /^Markov (first|second) order not computed: ([\d,]+) states, more than the ([\d,]+) solved exactly\.$/.exec(note);
  if (tooMany) return `Markov, ${tooMany[1]} order: not computed, its chain has ${tooMany[2]} states and at most ${tooMany[3]} are solved exactly.`;
  if (note === 'Exact Shapley.') return 'Shapley values: exact, every group of players counted.';
  const sampled = /^Sampled Shapley: ([\d,]+) permutations \(seed \d+\), each credit within ([\d.]+) conversions of exact\.$/.exec(note);
  if (sampled) return `Shapley values: estimated from ${sampled[1]} random orders of joining; each is within ${sampled[2]} conversions of the exact value.`;
  return note;
}

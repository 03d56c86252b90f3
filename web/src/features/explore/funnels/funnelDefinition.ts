// A funnel's definition (steps, mode, window, exclusions, breakdown, periods) and its place in the address, so a
// funnel can be shared as a link: ?steps=s:stp_1,a:Paid&mode=strict&window=7d&exclude=a:Help@1&by=channel&top=5&over=week.
import { decodeRefs, encodeRefs, parseRef, refKey, type StepRef } from '../steps/stepRefs';

export type FunnelMode = 'ordered' | 'strict' | 'anyOrder';
export type WindowUnit = 'm' | 'h' | 'd' | 'w';
export type Over = 'day' | 'week' | 'month';
export type Breakdown = { by: 'channel' } | { by: 'segment' } | { by: 'attribute'; attribute: string };

export interface Exclusion {
  ref: StepRef;
  /** The step (0-based) after which the exclusion applies, until the next one. */
  after: number;
}

export interface FunnelDefinition {
  steps: StepRef[];
  mode: FunnelMode;
  window: { value: number; unit: WindowUnit } | null;
  exclusions: Exclusion[];
  breakdown: Breakdown | null;
  top: number;
  over: Over;
}

export const modes: { id: FunnelMode; label: string; hint: string }[] = [
  { id: 'ordered', label: 'In order', hint: 'Steps in this order; other events may come between.' },
  { id: 'strict', label: 'Strict order', hint: 'Steps in this order, each the very next event.' },
  { id: 'anyOrder', label: 'Any order', hint: 'Every step done, in any order.' },
];

export const unitSeconds: Record<WindowUnit, number> = { m: 60, h: 3600, d: 86_400, w: 604_800 };
export const unitLabels: Record<WindowUnit, string> = { m: 'minutes', h: 'hours', d: 'days', w: 'weeks' };

export const defaultDefinition: FunnelDefinition = {
  steps: [], mode: 'ordered', window: null, exclusions: [], breakdown: null, top: 5, over: 'week',
};

const keysOfFunnel = ['steps', 'mode', 'window', 'exclude', 'by', 'top', 'over'];

export function parseDefinition(search: string): FunnelDefinition {
  const q = new URLSearchParams(search);
  const mode = modes.find((m) => m.id === q.get('mode'))?.id ?? 'ordered';
  const windowMatch = /^(\d{1,4})([mhdw])$/.exec(q.get('window') ?? '');
  const window = windowMatch && Number(windowMatch[1]) > 0 ? { value: Number(windowMatch[1]), unit: windowMatch[2] as WindowUnit } : null;
  const exclusions = (q.get('exclude') ?? '').split(',').filter(Boolean).map((part) => {
    const text = safeDecode(part);
    const at = text.lastIndexOf('@');
    const ref = at > 0 ? parseRef(text.slice(0, at)) : null;
    const after = at > 0 ? Number(text.slice(at + 1)) : NaN;
    return ref && Number.isInteger(after) && after >= 0 ? { ref, after } : null;
  }).filter((e): e is Exclusion => e !== null);
  const by = q.get('by') ?? '';
  const breakdown: Breakdown | null = by === 'channel' || by === 'segment' ? { by }
    : by.startsWith('attribute:') && by.length > 10 ? { by: 'attribute', attribute: by.slice(10) } : null;
  const top = Number(q.get('top'));
  const over = (['day', 'week', 'month'] as const).find((o) => o === q.get('over')) ?? 'week';
  return {
    steps: decodeRefs(q.get('steps')), mode, window, exclusions, breakdown,
    top: Number.isInteger(top) && top >= 1 && top <= 20 ? top : defaultDefinition.top, over,
  };
}

/** The definition's part of an address; other keys of `search` (the scope's) are kept. */
export function definitionSearch(d: FunnelDefinition, search: string): string {
  const q = new URLSearchParams(search);
  for (const key of keysOfFunnel) q.delete(key);
  if (d.steps.length > 0) q.set('steps', encodeRefs(d.steps));
  if (d.mode !== 'ordered') q.set('mode', d.mode);
  if (d.window) q.set('window', `${d.window.value}${d.window.unit}`);
  if (d.exclusions.length > 0) q.set('exclude', d.exclusions.map((e) => encodeURIComponent(`${refKey(e.ref)}@${e.after}`)).join(','));
  if (d.breakdown) q.set('by', d.breakdown.by === 'attribute' ? `attribute:${d.breakdown.attribute}` : d.breakdown.by);
  if (d.breakdown && d.top !== defaultDefinition.top) q.set('top', String(d.top));
  if (d.over !== defaultDefinition.over) q.set('over', d.over);
  const text = q.toString();
  return text ? `?${text}` : '';
}

/** The API's body for the definition (the scope's from/to/segment and map added by the caller). */
export function definitionBody(d: FunnelDefinition) {
  return {
    steps: d.steps.map((s) => ({ stepId: s.stepId ?? null, activity: s.activity ?? null })),
    mode: d.mode,
    windowSeconds: d.window ? d.window.value * unitSeconds[d.window.unit] : null,
    exclusions: d.exclusions.filter((e) => e.after < d.steps.length - 1)
      .map((e) => ({ stepId: e.ref.stepId ?? null, activity: e.ref.activity ?? null, after: e.after })),
    breakdown: d.breakdown
      ? { by: d.breakdown.by, attribute: d.breakdown.by === 'attribute' ? d.breakdown.attribute : null, limit: d.top, segments: null }
      : null,
    over: d.over,
  };
}

function safeDecode(text: string): string {
  try { return decodeURIComponent(text); } catch { return ''; }
}

// The rule editor's form: what is typed (numbers as text, durations as number + unit), how a rule becomes a form
// and a form a RuleRequest, the server's checks run here first, and the server's 400 errors by field.
import { maxWithinSeconds, minWithinSeconds, splitDuration, toSeconds, type DurationUnit } from './duration';
import type { FilterOp, Intent, PropertyFilter, Rule, RuleRequest, TriggerKind } from './rulesApi';

export interface FilterRow { key: string; op: FilterOp; value: string }

export interface RuleDraft {
  name: string;
  enabled: boolean;
  kind: TriggerKind;
  stepId: string;
  untilStepId: string;
  within: string;
  withinUnit: DurationUnit;
  activity: string;
  properties: FilterRow[];
  scoreMin: string;
  scoreMax: string;
  sentiment: '' | 'negative' | 'neutral' | 'positive';
  intent: '' | Intent;
  triggerSegmentId: string;
  conditionSegmentId: string;
  attributes: FilterRow[];
  reentry: 'once' | 'always' | 'after';
  reentryAfter: string;
  reentryUnit: DurationUnit;
  maxPerDay: string;
  webhookEndpointIds: string[];
  activityFeed: boolean;
}

/** The server's bounds (RuleLimits). */
export const maxName = 120;
const maxPerDay = 10_000;
const maxEndpoints = 10;
const maxFilters = 20;

const blank: RuleDraft = {
  name: '', enabled: false, kind: 'stalled', stepId: '', untilStepId: '', within: '1', withinUnit: 'days', activity: '', properties: [],
  scoreMin: '', scoreMax: '', sentiment: '', intent: '', triggerSegmentId: '', conditionSegmentId: '', attributes: [],
  reentry: 'once', reentryAfter: '7', reentryUnit: 'days', maxPerDay: '', webhookEndpointIds: [], activityFeed: true,
};

/** "When customers stall here…": A is this step, B the next one (if any), within one day. */
export function stallDraft(step: { id: string; name: string }, next: { id: string; name: string } | undefined): RuleDraft {
  return { ...blank, kind: 'stalled', stepId: step.id, untilStepId: next?.id ?? '', name: next ? `Stalled after ${step.name}` : `Stalled at ${step.name}` };
}

/** "When customers reach this step…". */
export function reachDraft(step: { id: string; name: string }): RuleDraft {
  return { ...blank, kind: 'reached-step', stepId: step.id, name: `Reached ${step.name}` };
}

export function emptyDraft(): RuleDraft {
  return { ...blank, name: 'New rule' };
}

const rows = (list: PropertyFilter[] | null | undefined): FilterRow[] => (list ?? []).map((f) => ({ key: f.key, op: f.op, value: f.value ?? '' }));
const text = (n: number | null | undefined) => (n == null ? '' : String(n));

export function draftOf(rule: Rule): RuleDraft {
  const t = rule.trigger;
  const within = splitDuration(t.withinSeconds ?? 86_400);
  const after = splitDuration(rule.frequency.reentryAfterSeconds ?? 7 * 86_400);
  return {
    name: rule.name, enabled: rule.enabled, kind: t.kind, stepId: t.stepId ?? '', untilStepId: t.untilStepId ?? '',
    within: String(within.value), withinUnit: within.unit, activity: t.activity ?? '', properties: rows(t.properties),
    scoreMin: text(t.feedback?.scoreMin), scoreMax: text(t.feedback?.scoreMax), sentiment: t.feedback?.sentiment ?? '', intent: (t.feedback?.intent ?? '') as RuleDraft['intent'],
    triggerSegmentId: t.segmentId ?? '', conditionSegmentId: rule.conditions.segmentId ?? '', attributes: rows(rule.conditions.attributes),
    reentry: rule.frequency.reentry, reentryAfter: String(after.value), reentryUnit: after.unit, maxPerDay: text(rule.frequency.maxPerDay),
    webhookEndpointIds: [...rule.actions.webhookEndpointIds], activityFeed: rule.actions.activityFeed,
  };
}

const filters = (list: FilterRow[]): PropertyFilter[] =>
  list.map((r) => (r.op === 'exists' ? { key: r.key.trim(), op: r.op } : { key: r.key.trim(), op: r.op, value: r.value }));
const number = (s: string) => (s.trim() === '' ? null : Number(s));

/** The request the server reads: only the fields of the trigger's kind are sent. */
export function requestOf(d: RuleDraft): RuleRequest {
  const kind = d.kind;
  const trigger: RuleRequest['trigger'] = { kind };
  if (kind === 'reached-step' || kind === 'feedback' || kind === 'stalled') trigger.stepId = d.stepId;
  if (kind === 'stalled') { trigger.untilStepId = d.untilStepId; trigger.withinSeconds = toSeconds(d.within, d.withinUnit); }
  if (kind === 'event') { trigger.activity = d.activity.trim(); trigger.properties = filters(d.properties); }
  if (kind === 'feedback') {
    trigger.feedback = { scoreMin: number(d.scoreMin), scoreMax: number(d.scoreMax), sentiment: d.sentiment || null, intent: d.intent || null };
  }
  if (kind === 'segment-entered') trigger.segmentId = d.triggerSegmentId;
  return {
    name: d.name.trim(),
    enabled: d.enabled,
    trigger,
    conditions: { segmentId: d.conditionSegmentId || null, attributes: filters(d.attributes) },
    frequency: {
      reentry: d.reentry,
      reentryAfterSeconds: d.reentry === 'after' ? toSeconds(d.reentryAfter, d.reentryUnit) : null,
      maxPerDay: number(d.maxPerDay),
    },
    actions: { webhookEndpointIds: [...d.webhookEndpointIds], activityFeed: d.activityFeed },
  };
}

export type FieldErrors = Record<string, string>;

/** The server's checks, keyed by the JSON path the server would name; empty when the rule may be sent. */
export function checkDraft(d: RuleDraft, stepIds: ReadonlySet<string>): FieldErrors {
  const e: FieldErrors = {};
  const name = d.name.trim();
  if (name.length === 0) e.name = 'Name the rule.';
  else if (name.length > maxName) e.name = `The name is ${name.length} characters; the most is ${maxName}.`;
  // eslint-disable-next-line no-control-regex -- control characters are what this looks for
  else if (/[\u0000-\u001f\u007f]/.test(name)) e.name = 'The name holds control characters; use plain text.';
  const needsStep = d.kind === 'reached-step' || d.kind === 'feedback' || d.kind === 'stalled';
  if (needsStep && !d.stepId) e['trigger.stepId'] = 'Pick a step.';
  else if (needsStep && !stepIds.has(d.stepId)) e['trigger.stepId'] = 'That step is no longer on the map; pick another.';
  if (d.kind === 'stalled') checkStall(d, stepIds, e);
  if (d.kind === 'event') {
    if (!d.activity.trim()) e['trigger.activity'] = 'Name the activity the event must have.';
    checkFilters(d.properties, 'trigger.properties', e);
  }
  if (d.kind === 'feedback') checkFeedback(d, e);
  if (d.kind === 'segment-entered' && !d.triggerSegmentId) e['trigger.segmentId'] = 'Pick a segment.';
  checkFilters(d.attributes, 'conditions.attributes', e);
  if (d.reentry === 'after') {
    const s = toSeconds(d.reentryAfter, d.reentryUnit);
    if (s === null || s > maxWithinSeconds) e['frequency.reentryAfterSeconds'] = 'The wait is a positive number, up to one year.';
  }
  const cap = d.maxPerDay.trim();
  if (cap !== '' && (!/^[1-9]\d{0,4}$/.test(cap) || Number(cap) > maxPerDay)) e['frequency.maxPerDay'] = `A whole number from 1 to ${maxPerDay.toLocaleString('en-GB')}, or leave it empty.`;
  if (d.webhookEndpointIds.length > maxEndpoints) e['actions.webhookEndpointIds'] = `A rule calls at most ${maxEndpoints} webhooks.`;
  if (d.webhookEndpointIds.length === 0 && !d.activityFeed) e.actions = 'Pick at least one action: a webhook or the activity feed.';
  return e;
}

function checkStall(d: RuleDraft, stepIds: ReadonlySet<string>, e: FieldErrors) {
  if (!d.untilStepId) e['trigger.untilStepId'] = 'Pick the step they should reach.';
  else if (!stepIds.has(d.untilStepId)) e['trigger.untilStepId'] = 'That step is no longer on the map; pick another.';
  else if (d.untilStepId === d.stepId) e['trigger.untilStepId'] = 'Pick a step other than the one they stall at.';
  const s = toSeconds(d.within, d.withinUnit);
  if (s === null) e['trigger.withinSeconds'] = 'Enter how long, as a number.';
  else if (s < minWithinSeconds || s > maxWithinSeconds) e['trigger.withinSeconds'] = 'The time is one minute to one year.';
}

function checkFeedback(d: RuleDraft, e: FieldErrors) {
  const min = number(d.scoreMin);
  const max = number(d.scoreMax);
  if (min !== null && (!Number.isFinite(min) || min < 0 || min > 10)) e['trigger.feedback.scoreMin'] = 'A score from 0 to 10.';
  if (max !== null && (!Number.isFinite(max) || max < 0 || max > 10)) e['trigger.feedback.scoreMax'] = 'A score from 0 to 10.';
  if (min !== null && max !== null && min > max) e['trigger.feedback.scoreMax'] = 'The highest score is at least the lowest.';
}

function checkFilters(list: FilterRow[], path: string, e: FieldErrors) {
  if (list.length > maxFilters) e[path] = `At most ${maxFilters} filters.`;
  list.forEach((r, i) => {
    if (!r.key.trim()) e[`${path}[${i}].key`] = 'Name the property.';
    else if (r.op !== 'exists' && r.value.trim() === '') e[`${path}[${i}].value`] = 'Enter a value, or pick “is set”.';
    else if ((r.op === 'gt' || r.op === 'lt') && !Number.isFinite(Number(r.value))) e[`${path}[${i}].value`] = 'Greater and less than compare numbers.';
  });
}

/**
 * The server's 400 `errors` by the paths the form's fields use: "$.trigger.withinSeconds" and "Trigger.WithinSeconds"
 * both become "trigger.withinSeconds"; messages for one path are joined.
 */
export function serverErrors(errors: Record<string, string[]> | undefined): FieldErrors {
  const out: FieldErrors = {};
  for (const [raw, messages] of Object.entries(errors ?? {})) {
    const path = raw.replace(/^\$\.?/, '').split('.').map((p) => (p ? p[0]!.toLowerCase() + p.slice(1) : p)).join('.');
    out[path] = out[path] ? `${out[path]} ${messages.join(' ')}` : messages.join(' ');
  }
  return out;
}

/** The message(s) for a field: its own path and any below it (`actions.webhookEndpointIds[0]` under `actions`). */
export function errorAt(errors: FieldErrors, path: string): string | undefined {
  const found = Object.entries(errors).filter(([p]) => p === path || p.startsWith(`${path}.`) || p.startsWith(`${path}[`)).map(([, m]) => m);
  return found.length > 0 ? found.join(' ') : undefined;
}

/** Errors whose path no field of the form shows, so they are listed at the top instead of lost. */
export function unplacedErrors(errors: FieldErrors, placed: readonly string[]): string[] {
  return Object.entries(errors).filter(([p]) => !placed.some((f) => p === f || p.startsWith(`${f}.`) || p.startsWith(`${f}[`)))
    .map(([p, m]) => (p ? `${p}: ${m}` : m));
}


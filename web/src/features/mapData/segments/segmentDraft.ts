// A segment as its dialog edits it (a draft), its checks, the request it becomes, and its conditions in words.
import type { Segment, SegmentConditions, SegmentRequest } from '../../../api/segments';

export interface AttributeRow {
  /** Stable key for the row while it is edited (not stored). */
  key: string;
  attribute: string;
  /** Values as typed: separated by commas. */
  values: string;
}

export interface SegmentDraft {
  name: string;
  description: string;
  attributes: AttributeRow[];
  did: string[];
  didNot: string[];
  channels: string[];
}

export interface DraftProblems {
  name?: string;
  conditions?: string;
  activities?: string;
  attributes: Record<string, string>;
}

let rowSeq = 0;
export function newAttributeRow(attribute = '', values = ''): AttributeRow {
  rowSeq += 1;
  return { key: `a${rowSeq}`, attribute, values };
}

export function draftOf(segment?: Segment): SegmentDraft {
  const c = segment?.conditions;
  return {
    name: segment?.name ?? '',
    description: segment?.description ?? '',
    attributes: (c?.attributes ?? []).map((a) => newAttributeRow(a.key, a.values.join(', '))),
    did: [...(c?.did ?? [])],
    didNot: [...(c?.didNot ?? [])],
    channels: [...(c?.channels ?? [])],
  };
}

/** "pro, team ,, trial" → ["pro", "team", "trial"]: trimmed, blanks and repeats dropped. */
export function splitValues(text: string): string[] {
  const out: string[] = [];
  for (const part of text.split(',')) {
    const v = part.trim();
    if (v && !out.includes(v)) out.push(v);
  }
  return out;
}

const same = (a: string, b: string) => a.trim().toLocaleLowerCase() === b.trim().toLocaleLowerCase();

export function validateDraft(draft: SegmentDraft): DraftProblems {
  const problems: DraftProblems = { attributes: {} };
  if (!draft.name.trim()) problems.name = 'Name the segment.';
  else if (draft.name.trim().length > 200) problems.name = 'Keep the name under 200 characters.';
  const seen = new Set<string>();
  for (const row of draft.attributes) {
    const attribute = row.attribute.trim();
    if (!attribute) problems.attributes[row.key] = 'Name the attribute.';
    else if (splitValues(row.values).length === 0) problems.attributes[row.key] = `Give at least one value of “${attribute}”.`;
    else if (seen.has(attribute.toLocaleLowerCase())) problems.attributes[row.key] = `“${attribute}” already has a condition above.`;
    seen.add(attribute.toLocaleLowerCase());
  }
  const clash = draft.did.find((d) => draft.didNot.some((n) => same(d, n)));
  if (clash) problems.activities = `“${clash}” cannot be both done and not done.`;
  const empty = draft.attributes.length === 0 && draft.did.length === 0 && draft.didNot.length === 0 && draft.channels.length === 0;
  if (empty) problems.conditions = 'Add at least one condition: an attribute, an activity or a channel.';
  return problems;
}

export function isValid(p: DraftProblems): boolean {
  return !p.name && !p.conditions && !p.activities && Object.keys(p.attributes).length === 0;
}

export function requestOf(draft: SegmentDraft): SegmentRequest {
  const description = draft.description.trim();
  return {
    name: draft.name.trim(),
    ...(description ? { description } : {}),
    conditions: {
      attributes: draft.attributes.map((r) => ({ key: r.attribute.trim(), values: splitValues(r.values) })),
      did: draft.did,
      didNot: draft.didNot,
      channels: draft.channels,
    },
  };
}

/** The conditions as far as they are complete (attribute rows with a name and a value), for the live count. */
export function previewConditions(draft: SegmentDraft): SegmentConditions {
  return {
    attributes: draft.attributes
      .map((r) => ({ key: r.attribute.trim(), values: splitValues(r.values) }))
      .filter((a) => a.key && a.values.length > 0),
    did: draft.did,
    didNot: draft.didNot,
    channels: draft.channels,
  };
}

/** The conditions in one line: "plan is pro or team · did Checkout · did not Cancel · came by email". */
export function describeConditions(c: SegmentConditions): string {
  const parts = [
    ...c.attributes.map((a) => `${a.key} is ${a.values.join(' or ')}`),
    ...(c.did.length ? [`did ${c.did.join(' and ')}`] : []),
    ...(c.didNot.length ? [`did not ${c.didNot.join(' or ')}`] : []),
    ...(c.channels.length ? [`first came by ${c.channels.join(' or ')}`] : []),
  ];
  return parts.length ? parts.join(' · ') : 'Every customer';
}

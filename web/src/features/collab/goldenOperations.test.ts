// The golden operation cases (tests/fixtures/operations/*.json, { name, before, ops, after | error }) that the
// server's OperationApplier tests run too: the browser's applyEdit must make the same map from the same ops.
import { describe, expect, it } from 'vitest';
import type { JourneyMap } from '../../api/model';
import { applyEdit, type Edit } from '../map/state/edits';
import { readOperationCases, type OperationCase } from '../../../scripts/collab-test-support.js';

const cases = await readOperationCases();

const isEmpty = (v: unknown) => v === undefined || v === null
  || (Array.isArray(v) ? v.length === 0 : typeof v === 'object' && Object.keys(v).length === 0);

/** The file's normal form: no undefined, null or empty properties (the serializer leaves them out: `cells: {}`). */
function normal(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(normal);
  if (value === null || typeof value !== 'object') return value;
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(value)) if (!isEmpty(v)) out[k] = normal(v);
  return out;
}

/** An entry of `ops` is an operation envelope ({ id, baseSeq, edit }) or a bare edit. */
const editOf = (op: unknown): Edit => ((op as { edit?: Edit }).edit ?? op) as Edit;
const run = (c: OperationCase, ops: unknown[]) => ops.map(editOf).reduce(applyEdit, c.before as JourneyMap);

/** Rejections the browser can see for itself; the others (deleted: tombstones; invalid: the validator) are the server's. */
function reasonOf(error: unknown): string | undefined {
  if (typeof error === 'string') return error;
  return (error as { reason?: string } | undefined)?.reason;
}

const applied = cases.filter((c) => c.after !== undefined);
const rejected = cases.filter((c) => c.after === undefined && ['missing', 'exists'].includes(reasonOf(c.error) ?? ''));

describe('golden operation cases', () => {
  it('are read from tests/fixtures/operations (none yet is not a failure of the format)', () => {
    for (const c of cases) {
      expect(typeof c.name, c.file).toBe('string');
      expect(Array.isArray(c.ops), c.file).toBe(true);
      expect(c.after !== undefined || c.error !== undefined, `${c.file}: ${c.name} has neither after nor error`).toBe(true);
    }
  });

  it.each(applied.map((c) => [`${c.file}: ${c.name}`, c] as const))('%s', (_, c) => {
    expect(normal(JSON.parse(JSON.stringify(run(c, c.ops))))).toEqual(normal(c.after));
  });

  it.each(rejected.map((c) => [`${c.file}: ${c.name}`, c] as const))('%s: the rejected last op changes nothing here either', (_, c) => {
    const before = run(c, c.ops.slice(0, -1));
    expect(applyEdit(before, editOf(c.ops[c.ops.length - 1]))).toBe(before);
  });
});

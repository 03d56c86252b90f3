import { describe, expect, it } from 'vitest';
import { applyEdit } from '../../map/state/edits';
import { record, redo, startHistory, undo } from '../../map/state/history';
import { sampleMap } from '../../map/state/testMaps';
import { bindingEdit, bindingFromDraft, bindingLabel, draftOf, isValid, validateDraft } from './binding';
import { addKeyword, addKeywords, keywordsProblem, maxKeywords, removeKeyword } from './keywords';

describe('feedback keywords', () => {
  it('adds trimmed keywords and refuses empty, repeated and too long ones', () => {
    expect(addKeyword(['csv'], '  data   import ')).toEqual({ list: ['csv', 'data import'] });
    expect(addKeyword(['csv'], '   ').error).toMatch(/Type a word/);
    expect(addKeyword(['CSV'], 'csv').error).toMatch(/already a keyword/);
    const long = addKeyword([], 'x'.repeat(101));
    expect(long.list).toEqual([]);
    expect(long.error).toMatch(/at most 100 characters \(this one has 101\)/);
    expect(addKeyword([], 'x'.repeat(100)).list).toHaveLength(1);
  });

  it('stops at 20 keywords', () => {
    const full = Array.from({ length: maxKeywords }, (_, i) => `k${i}`);
    expect(addKeyword(full, 'one more')).toEqual({ list: full, error: 'A step can have at most 20 keywords.' });
  });

  it('adds each part of a comma-separated paste, up to the first that cannot be added', () => {
    expect(addKeywords([], 'import, csv ,, upload')).toEqual({ list: ['import', 'csv', 'upload'] });
    expect(addKeywords(['csv'], 'import, CSV, upload')).toEqual({ list: ['csv', 'import'], error: '“CSV” is already a keyword.' });
  });

  it('removes by position', () => {
    expect(removeKeyword(['a', 'b', 'c'], 1)).toEqual(['a', 'c']);
    expect(removeKeyword(['a'], 5)).toEqual(['a']);
  });

  it('flags stored keywords beyond the limits', () => {
    expect(keywordsProblem(['a', 'b'])).toBeUndefined();
    expect(keywordsProblem(['a', 'A'])).toMatch(/twice/);
    expect(keywordsProblem([' '])).toMatch(/empty/);
    expect(keywordsProblem(Array.from({ length: 21 }, (_, i) => `k${i}`))).toMatch(/at most 20/);
    expect(isValid(validateDraft({ activities: ['a'], filters: [], keywords: ['x', 'X'] }))).toBe(false);
  });

  it('stores keywords with the binding, also on a step bound to no activity', () => {
    expect(bindingFromDraft({ activities: ['Paid'], filters: [], keywords: [' csv '] })).toEqual({ activities: ['Paid'], keywords: ['csv'] });
    expect(bindingFromDraft({ activities: [], filters: [], keywords: ['csv'] })).toEqual({ keywords: ['csv'] });
    expect(draftOf({ activities: ['a'], keywords: ['k'] }).keywords).toEqual(['k']);
    expect(bindingLabel({ keywords: ['a', 'b'] })).toBe('2 keywords');
  });

  it('saves keywords in one undoable edit', () => {
    let h = startHistory(sampleMap());
    h = record(h, bindingEdit('stp_2', { activities: ['Read'], keywords: ['docs', 'pricing page'] }));
    const step = () => h.present.stages![0]!.steps![1]!;
    expect(step().binding?.keywords).toEqual(['docs', 'pricing page']);
    h = undo(h);
    expect(step().binding).toBeUndefined();
    h = redo(h);
    expect(step().binding?.keywords).toEqual(['docs', 'pricing page']);
    const cleared = applyEdit(h.present, bindingEdit('stp_2', bindingFromDraft({ activities: ['Read'], filters: [], keywords: [] })));
    expect(cleared.stages![0]!.steps![1]!.binding).toEqual({ activities: ['Read'] });
  });
});

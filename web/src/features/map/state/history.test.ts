import { describe, expect, it } from 'vitest';
import { record, redo, seal, startHistory, undo, historyLimit } from './history';
import { sampleMap } from './testMaps';

const text = (h: ReturnType<typeof startHistory>) => h.present.lanes![0]!.cells!.stp_1?.text;
const set = (value: string) => ({ type: 'setCell' as const, laneId: 'lan_t', stepId: 'stp_1', cell: { text: value } });

describe('history', () => {
  it('undoes and redoes every edit in order', () => {
    let h = startHistory(sampleMap());
    h = record(h, set('one'));
    h = record(h, set('two'));
    expect(text(h)).toBe('two');
    h = undo(h);
    expect(text(h)).toBe('one');
    h = undo(h);
    expect(text(h)).toBe('hm');
    h = undo(h);
    expect(text(h)).toBe('hm');
    h = redo(redo(h));
    expect(text(h)).toBe('two');
  });

  it('a new edit after undo drops the redo trail', () => {
    let h = record(record(startHistory(sampleMap()), set('one')), set('two'));
    h = record(undo(h), set('three'));
    expect(h.future).toEqual([]);
    expect(text(redo(h))).toBe('three');
  });

  it('coalesces one gesture into one undo step until sealed', () => {
    let h = startHistory(sampleMap());
    h = record(h, set('a'), 'cell:lan_t:stp_1');
    h = record(h, set('ab'), 'cell:lan_t:stp_1');
    h = record(h, set('abc'), 'cell:lan_t:stp_1');
    expect(h.past.length).toBe(1);
    h = seal(h);
    h = record(h, set('abcd'), 'cell:lan_t:stp_1');
    expect(h.past.length).toBe(2);
    expect(text(undo(h))).toBe('abc');
    expect(text(undo(undo(h)))).toBe('hm');
  });

  it('an edit that changes nothing is not an undo step', () => {
    const h = startHistory(sampleMap());
    expect(record(h, { type: 'deleteLane', laneId: 'lan_t' }).past.length).toBe(1);
    expect(record(h, { type: 'moveStep', stepId: 'nope', toStageId: 'stg_a', toIndex: 0 })).toBe(h);
  });

  it('keeps at most the history limit', () => {
    let h = startHistory(sampleMap());
    for (let i = 0; i < historyLimit + 25; i++) h = record(h, set(`v${i}`));
    expect(h.past.length).toBe(historyLimit);
  });
});

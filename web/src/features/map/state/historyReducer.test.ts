import { describe, expect, it } from 'vitest';
import { startHistory } from './history';
import { historyReducer } from './historyReducer';
import { sampleMap } from './testMaps';

describe('historyReducer', () => {
  it('records, undoes, redoes and resets', () => {
    const map = sampleMap();
    let h = startHistory(map);
    h = historyReducer(h, { type: 'edit', edit: { type: 'updateMap', patch: { name: 'A' } } });
    h = historyReducer(h, { type: 'edit', edit: { type: 'updateMap', patch: { name: 'B' } } });
    expect(h.present.name).toBe('B');
    h = historyReducer(h, { type: 'undo' });
    expect(h.present.name).toBe('A');
    h = historyReducer(h, { type: 'redo' });
    expect(h.present.name).toBe('B');
    h = historyReducer(h, { type: 'reset', map });
    expect(h.present).toBe(map);
    expect(h.past).toEqual([]);
  });

  it('typing after an undo starts a new step instead of joining the undone one', () => {
    let h = startHistory(sampleMap());
    const type = (text: string) => { h = historyReducer(h, { type: 'edit', coalesceKey: 'c', edit: { type: 'setCell', laneId: 'lan_t', stepId: 'stp_2', cell: { text } } }); };
    type('a');
    type('ab');
    h = historyReducer(h, { type: 'undo' });
    type('x');
    expect(h.past).toHaveLength(1);
    h = historyReducer(h, { type: 'undo' });
    expect(h.present.lanes![0]!.cells!.stp_2).toBeUndefined();
  });
});

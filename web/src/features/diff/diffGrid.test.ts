import { describe, expect, it } from 'vitest';
import type { JourneyMap } from '../../api/model';
import { cellKey, countMarks, diffGrid, markOf, type MapChange, type MapDiffAnswer } from './diffGrid';
import { cellLines } from './cellLines';
import { parseTarget, targetValue } from './compareTarget';

const map: JourneyMap = {
  schemaVersion: 1, id: 'map_b', name: 'Future',
  stages: [
    { id: 'stg_a', name: 'Book', steps: [{ id: 'stp_1', name: 'Search' }, { id: 'stp_2', name: 'Pay' }] },
    { id: 'stg_b', name: 'Stay', steps: [{ id: 'stp_3', name: 'Check in' }] },
  ],
  lanes: [
    { id: 'lan_do', kind: 'actions', title: 'Does', cells: { stp_1: { text: 'Taps' } } },
    { id: 'lan_pain', kind: 'painPoints', title: 'Pain', cells: {} },
  ],
};

function change(kind: string, subject: string, extra: Partial<MapChange> = {}): MapChange {
  return { kind, subject, part: null, summary: `${subject} ${kind}`, before: null, after: null, ...extra };
}

function answer(changes: MapChange[]): MapDiffAnswer {
  return { before: { mapId: 'map_a', name: 'Current', revision: null }, after: { mapId: 'map_b', name: 'Future', revision: null }, matching: 'namesAndPositions', changes };
}

describe('diffGrid', () => {
  it('marks added steps, renamed stages and changed cells of the map', () => {
    const grid = diffGrid(map, answer([
      change('renamed', 'stage', { after: { stageId: 'stg_b', index: 1 } }),
      change('added', 'step', { after: { stageId: 'stg_a', stepId: 'stp_2', index: 1 } }),
      change('changed', 'cell', { part: 'text', from: 'Clicks', to: 'Taps', after: { stageId: 'stg_a', stepId: 'stp_1', laneId: 'lan_do', index: 0 } }),
    ]));

    expect(grid.stages.map((s) => [s.name, s.mark])).toEqual([['Book', null], ['Stay', 'renamed']]);
    expect(grid.stages[0]!.columns.map((c) => [c.name, c.mark])).toEqual([['Search', null], ['Pay', 'added']]);
    expect(grid.cells.get(cellKey('lan_do', 'stp_1'))!.map((c) => c.to)).toEqual(['Taps']);
  });

  it('puts removed steps back as ghost columns where they stood', () => {
    const grid = diffGrid(map, answer([
      change('removed', 'step', { from: 'Compare prices', before: { stageId: 'stg_x', stepId: 'stp_old', index: 1 }, after: { stageId: 'stg_a', index: 1 } }),
    ]));

    expect(grid.stages[0]!.columns.map((c) => [c.name, c.ghost, c.mark])).toEqual([
      ['Search', false, null], ['Compare prices', true, 'removed'], ['Pay', false, null],
    ]);
  });

  it('puts a removed stage back with its removed steps, and a removed lane as a ghost row', () => {
    const grid = diffGrid(map, answer([
      change('removed', 'stage', { from: 'Before arrival', before: { stageId: 'stg_old', index: 1 } }),
      change('removed', 'step', { from: 'Checks in online', before: { stageId: 'stg_old', stepId: 'stp_x', index: 0 } }),
      change('removed', 'lane', { from: 'Backstage', before: { laneId: 'lan_back', index: 0 } }),
    ]));

    expect(grid.stages.map((s) => [s.name, s.ghost])).toEqual([['Book', false], ['Before arrival', true], ['Stay', false]]);
    expect(grid.stages[1]!.columns.map((c) => c.name)).toEqual(['Checks in online']);
    expect(grid.rows.map((r) => [r.title, r.ghost])).toEqual([['Backstage', true], ['Does', false], ['Pain', false]]);
  });

  it('has no marks at all for an empty diff', () => {
    const grid = diffGrid(map, answer([]));

    expect(grid.cells.size).toBe(0);
    expect(grid.stages.flatMap((s) => [s.mark, ...s.columns.map((c) => c.mark)]).every((m) => m === null)).toBe(true);
  });

  it('takes the strongest mark and counts each kind', () => {
    expect(markOf([change('changed', 'step'), change('moved', 'step')])).toBe('moved');
    expect(markOf([])).toBeNull();
    expect(countMarks([change('added', 'step'), change('added', 'lane'), change('removed', 'step')])).toEqual({ added: 2, removed: 1, moved: 0, renamed: 0, changed: 0 });
  });
});

describe('cellLines', () => {
  it('reads every part of a cell as text, markup kept as text', () => {
    expect(cellLines({ text: '<b>hi</b>', channels: ['web', 'custom:Kiosk'], emotions: [{ score: 1, label: 'glad' }], owner: 'Ops' })).toEqual(
      ['<b>hi</b>', 'web, Kiosk', 'Emotion +1 glad', 'Owner: Ops']);
    expect(cellLines(undefined)).toEqual([]);
  });
});

describe('compare targets', () => {
  it('round-trips a map and a revision through the picker value', () => {
    expect(parseTarget(targetValue({ mapId: 'map_1' }))).toEqual({ mapId: 'map_1' });
    expect(parseTarget(targetValue({ revision: 3 }))).toEqual({ revision: 3 });
    expect(parseTarget('')).toBeUndefined();
  });
});

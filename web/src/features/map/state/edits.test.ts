import { describe, expect, it } from 'vitest';
import { applyEdit, moveItem } from './edits';
import { stepsOf, snapScore, scaleRange } from './queries';
import { sampleMap } from './testMaps';

const names = (m: ReturnType<typeof sampleMap>) => stepsOf(m).map((r) => `${r.stage.id}:${r.step.id}`);

describe('applyEdit', () => {
  it('never mutates the map it is given', () => {
    const map = sampleMap();
    const frozen = JSON.stringify(map);
    applyEdit(map, { type: 'deleteStage', stageId: 'stg_a' });
    applyEdit(map, { type: 'setCell', laneId: 'lan_t', stepId: 'stp_1', cell: { text: 'changed' } });
    applyEdit(map, { type: 'moveStep', stepId: 'stp_1', toStageId: 'stg_b', toIndex: 0 });
    expect(JSON.stringify(map)).toBe(frozen);
  });

  it('moves a step into another stage at the given index and keeps its cells', () => {
    const next = applyEdit(sampleMap(), { type: 'moveStep', stepId: 'stp_1', toStageId: 'stg_b', toIndex: 1 });
    expect(names(next)).toEqual(['stg_a:stp_2', 'stg_b:stp_3', 'stg_b:stp_1']);
    expect(next.lanes![0]!.cells!.stp_1).toEqual({ text: 'hm' });
  });

  it('ignores a move to a stage that does not exist', () => {
    const map = sampleMap();
    expect(applyEdit(map, { type: 'moveStep', stepId: 'stp_1', toStageId: 'stg_zz', toIndex: 0 })).toBe(map);
  });

  it('reorders within a stage', () => {
    const next = applyEdit(sampleMap(), { type: 'moveStep', stepId: 'stp_2', toStageId: 'stg_a', toIndex: 0 });
    expect(names(next)).toEqual(['stg_a:stp_2', 'stg_a:stp_1', 'stg_b:stp_3']);
  });

  it('deleting a step drops its cells in every lane', () => {
    const next = applyEdit(sampleMap(), { type: 'deleteStep', stepId: 'stp_1' });
    expect(names(next)).toEqual(['stg_a:stp_2', 'stg_b:stp_3']);
    expect(next.lanes![0]!.cells).toEqual({ stp_3: { text: 'ok' } });
    expect(next.lanes![1]!.cells!.stp_1).toBeUndefined();
  });

  it('deleting a stage drops its steps and their cells', () => {
    const next = applyEdit(sampleMap(), { type: 'deleteStage', stageId: 'stg_a' });
    expect(names(next)).toEqual(['stg_b:stp_3']);
    expect(Object.keys(next.lanes![1]!.cells!)).toEqual([]);
  });

  it('adds a step at an index and a stage at an index', () => {
    let next = applyEdit(sampleMap(), { type: 'addStep', stageId: 'stg_a', index: 1, step: { id: 'stp_new', name: 'New' } });
    next = applyEdit(next, { type: 'addStage', index: 0, stage: { id: 'stg_0', name: 'Aware', steps: [] } });
    expect(next.stages!.map((s) => s.id)).toEqual(['stg_0', 'stg_a', 'stg_b']);
    expect(names(next)).toEqual(['stg_a:stp_1', 'stg_a:stp_new', 'stg_a:stp_2', 'stg_b:stp_3']);
  });

  it('an emptied cell is removed rather than written as {}', () => {
    const next = applyEdit(sampleMap(), { type: 'setCell', laneId: 'lan_t', stepId: 'stp_1', cell: { text: undefined, cards: [] } });
    expect(next.lanes![0]!.cells).toEqual({ stp_3: { text: 'ok' } });
  });

  it('an empty moment of truth still marks the step', () => {
    const next = applyEdit(sampleMap(), { type: 'setCell', laneId: 'lan_t', stepId: 'stp_2', cell: { momentOfTruth: {} } });
    expect(next.lanes![0]!.cells!.stp_2).toEqual({ momentOfTruth: {} });
  });

  it('keeps empty strings (the format keeps them) but drops undefined properties', () => {
    const next = applyEdit(sampleMap(), { type: 'updateStage', stageId: 'stg_a', patch: { goal: '', description: undefined } });
    expect(next.stages![0]).toEqual({ ...sampleMap().stages![0], goal: '' });
    expect('description' in next.stages![0]!).toBe(false);
  });

  it('moves lanes and stages and clamps the target index', () => {
    let next = applyEdit(sampleMap(), { type: 'moveLane', laneId: 'lan_t', toIndex: 99 });
    expect(next.lanes!.map((l) => l.id)).toEqual(['lan_e', 'lan_p', 'lan_t']);
    next = applyEdit(next, { type: 'moveStage', stageId: 'stg_b', toIndex: -3 });
    expect(next.stages!.map((s) => s.id)).toEqual(['stg_b', 'stg_a']);
  });

  it('removing a persona clears the lanes and curve points that named it', () => {
    const next = applyEdit(sampleMap(), { type: 'removePersona', personaId: 'per_bo' });
    expect(next.personas!.map((p) => p.id)).toEqual(['per_ana']);
    expect(next.lanes![2]!.personaId).toBeUndefined();
    expect(next.lanes![1]!.cells).toEqual({ stp_1: { emotions: [{ score: 1 }] } });
  });

  it('does not add the same persona twice', () => {
    const map = sampleMap();
    expect(applyEdit(map, { type: 'addPersona', persona: { id: 'per_ana', name: 'Ana again' } })).toBe(map);
  });
});

describe('helpers', () => {
  it('moveItem moves forwards and backwards', () => {
    expect(moveItem(['a', 'b', 'c', 'd'], 0, 2)).toEqual(['b', 'c', 'a', 'd']);
    expect(moveItem(['a', 'b', 'c', 'd'], 3, 1)).toEqual(['a', 'd', 'b', 'c']);
    expect(moveItem(['a'], 5, 0)).toEqual(['a']);
  });

  it('snaps scores to whole steps on the scale', () => {
    const r = scaleRange('-2..2');
    expect(snapScore(1.4, r)).toBe(1);
    expect(snapScore(1.6, r)).toBe(2);
    expect(snapScore(9, r)).toBe(2);
    expect(snapScore(-1e308, r)).toBe(-2);
    expect(snapScore(Number.NaN, r)).toBe(-2);
    expect(scaleRange('1..10')).toEqual({ min: 1, max: 10 });
  });
});

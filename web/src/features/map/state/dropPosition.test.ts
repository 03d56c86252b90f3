import { describe, expect, it } from 'vitest';
import { applyEdit, moveItem } from './edits';
import { dropIndex, isNoOpDrop, isStepAt, sideOf, stepDropTarget, stepIntoStage } from './dropPosition';
import { stepsOf } from './queries';
import { sampleMap } from './testMaps';

const order = (m: ReturnType<typeof sampleMap>) => stepsOf(m).map((r) => `${r.stage.id}:${r.step.id}`);

describe('sideOf', () => {
  it('splits a target at its middle', () => {
    expect(sideOf(109, 100, 20)).toBe('before');
    expect(sideOf(110, 100, 20)).toBe('after');
  });
});

describe('dropIndex', () => {
  it('lands where the indicator showed, whichever way the item travels', () => {
    const list = ['a', 'b', 'c', 'd'];
    expect(moveItem(list, 0, dropIndex(0, 2, 'after'))).toEqual(['b', 'c', 'a', 'd']);
    expect(moveItem(list, 0, dropIndex(0, 2, 'before'))).toEqual(['b', 'a', 'c', 'd']);
    expect(moveItem(list, 3, dropIndex(3, 0, 'before'))).toEqual(['d', 'a', 'b', 'c']);
    expect(moveItem(list, 3, dropIndex(3, 1, 'after'))).toEqual(['a', 'b', 'd', 'c']);
  });

  it('knows drops that change nothing', () => {
    expect(isNoOpDrop(1, 1, 'before')).toBe(true);
    expect(isNoOpDrop(1, 1, 'after')).toBe(true);
    expect(isNoOpDrop(1, 0, 'after')).toBe(true);
    expect(isNoOpDrop(1, 2, 'before')).toBe(true);
    expect(isNoOpDrop(1, 2, 'after')).toBe(false);
  });
});

describe('stepDropTarget', () => {
  it('moves a step into another stage before or after a step there', () => {
    const map = sampleMap();
    const before = stepDropTarget(map, 'stp_1', 'stp_3', 'before')!;
    expect(order(applyEdit(map, { type: 'moveStep', stepId: 'stp_1', ...before }))).toEqual(['stg_a:stp_2', 'stg_b:stp_1', 'stg_b:stp_3']);
    const after = stepDropTarget(map, 'stp_1', 'stp_3', 'after')!;
    expect(order(applyEdit(map, { type: 'moveStep', stepId: 'stp_1', ...after }))).toEqual(['stg_a:stp_2', 'stg_b:stp_3', 'stg_b:stp_1']);
  });

  it('reorders inside a stage in both directions', () => {
    const map = sampleMap();
    const right = stepDropTarget(map, 'stp_1', 'stp_2', 'after')!;
    expect(order(applyEdit(map, { type: 'moveStep', stepId: 'stp_1', ...right }))).toEqual(['stg_a:stp_2', 'stg_a:stp_1', 'stg_b:stp_3']);
    const left = stepDropTarget(map, 'stp_2', 'stp_1', 'before')!;
    expect(order(applyEdit(map, { type: 'moveStep', stepId: 'stp_2', ...left }))).toEqual(['stg_a:stp_2', 'stg_a:stp_1', 'stg_b:stp_3']);
    expect(isStepAt(map, 'stp_1', stepDropTarget(map, 'stp_1', 'stp_2', 'before')!)).toBe(true);
  });

  it('drops onto a stage header at the end of that stage', () => {
    const map = applyEdit(sampleMap(), { type: 'addStage', index: 2, stage: { id: 'stg_c', name: 'Empty' } });
    const target = stepIntoStage(map, 'stp_1', 'stg_c')!;
    expect(order(applyEdit(map, { type: 'moveStep', stepId: 'stp_1', ...target }))).toEqual(['stg_a:stp_2', 'stg_b:stp_3', 'stg_c:stp_1']);
    expect(isStepAt(map, 'stp_2', stepIntoStage(map, 'stp_2', 'stg_a')!)).toBe(true);
    expect(stepDropTarget(map, 'stp_1', 'stp_nope', 'after')).toBeNull();
  });
});

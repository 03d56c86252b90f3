import { describe, expect, it } from 'vitest';
import { applyEdit } from '../../map/state/edits';
import { stepsOf } from '../../map/state/queries';
import { sampleMap } from '../../map/state/testMaps';
import { columnsOf } from './columns';

describe('columnsOf', () => {
  it('numbers steps as stepsOf does and keeps a column for an empty stage', () => {
    const map = applyEdit(sampleMap(), { type: 'addStage', index: 1, stage: { id: 'stg_e', name: 'Empty' } });
    const { columns, steps } = columnsOf(map.stages);
    expect(steps).toEqual(stepsOf(map));
    expect(columns.map((c) => (c.kind === 'step' ? c.ref.step.id : `empty:${c.stage.id}`)))
      .toEqual(['stp_1', 'stp_2', 'empty:stg_e', 'stp_3']);
  });
});

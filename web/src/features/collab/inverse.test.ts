import { describe, expect, it } from 'vitest';
import type { JourneyMap } from '../../api/model';
import { applyEdit, type Edit } from '../map/state/edits';
import { sampleMap } from '../map/state/testMaps';
import { foldInverse, inverseOf } from './inverse';

/** The map with entry and outcome steps, so deleting and moving steps also exercises withValidEnds. */
function withEnds(): JourneyMap {
  return { ...sampleMap(), entryStepId: 'stp_1', outcomeStepId: 'stp_3', scope: { goal: 'Buy a ticket' } };
}

const undoOf = (before: JourneyMap, edit: Edit) => inverseOf(before, edit).reduce(applyEdit, applyEdit(before, edit));
// JSON's normal form: what the server and the file see (undefined properties are not there).
const json = (map: JourneyMap) => JSON.parse(JSON.stringify(map)) as unknown;

const cases: [string, Edit][] = [
  ['updateMap (rename and clear a field)', { type: 'updateMap', patch: { name: 'New', description: 'About', entryStepId: undefined } }],
  ['updateScope', { type: 'updateScope', patch: { goal: null, segment: 'Families' } }],
  ['addStage', { type: 'addStage', stage: { id: 'stg_n', name: 'New', steps: [{ id: 'stp_n', name: 'N' }] }, index: 1 }],
  ['updateStage', { type: 'updateStage', stageId: 'stg_a', patch: { name: 'Find', goal: 'To know' } }],
  ['deleteStage (with its steps, cells and the entry step)', { type: 'deleteStage', stageId: 'stg_a' }],
  ['moveStage', { type: 'moveStage', stageId: 'stg_b', toIndex: 0 }],
  ['addStep', { type: 'addStep', stageId: 'stg_b', step: { id: 'stp_n', name: 'Leaves' }, index: 0 }],
  ['updateStep (and clear a binding)', { type: 'updateStep', stepId: 'stp_2', patch: { name: 'Reads on', description: 'x' } }],
  ['deleteStep (the outcome step, with cells)', { type: 'deleteStep', stepId: 'stp_3' }],
  ['deleteStep (the entry step)', { type: 'deleteStep', stepId: 'stp_1' }],
  ['moveStep (across stages, past the outcome)', { type: 'moveStep', stepId: 'stp_1', toStageId: 'stg_b', toIndex: 1 }],
  ['addLane', { type: 'addLane', lane: { id: 'lan_n', kind: 'ideas', title: 'Ideas' }, index: 0 }],
  ['updateLane (clear the persona)', { type: 'updateLane', laneId: 'lan_p', patch: { title: 'Hurts', personaId: undefined } }],
  ['deleteLane (with cells)', { type: 'deleteLane', laneId: 'lan_e' }],
  ['moveLane', { type: 'moveLane', laneId: 'lan_p', toIndex: 0 }],
  ['setCell (change)', { type: 'setCell', laneId: 'lan_t', stepId: 'stp_1', cell: { text: 'changed' } }],
  ['setCell (fill an empty cell)', { type: 'setCell', laneId: 'lan_t', stepId: 'stp_2', cell: { text: 'new' } }],
  ['setCell (clear)', { type: 'setCell', laneId: 'lan_t', stepId: 'stp_3', cell: undefined }],
  ['addPersona', { type: 'addPersona', persona: { id: 'per_cy', name: 'Cy', color: '#2f855a' } }],
  ['updatePersona', { type: 'updatePersona', persona: { id: 'per_ana', name: 'Ana Lima', color: '#3a6ea5', quote: 'Fast!' } }],
  ['removePersona (its lane link and emotion points come back)', { type: 'removePersona', personaId: 'per_bo' }],
  ['replaceDocument', { type: 'replaceDocument', map: { ...sampleMap(), name: 'Restored', stages: [] } }],
];

describe('inverseOf', () => {
  it.each(cases)('%s: applying the edit, then its inverse, gives the map back', (_, edit) => {
    const before = withEnds();
    expect(applyEdit(before, edit)).not.toEqual(before); // the case changes something, so the check means something
    expect(json(undoOf(before, edit))).toEqual(json(before));
  });

  it.each(cases)('%s: the inverse survives JSON (undefined clears travel as null)', (_, edit) => {
    const before = withEnds();
    const inverse = JSON.parse(JSON.stringify(inverseOf(before, edit))) as Edit[];
    expect(json(inverse.reduce(applyEdit, applyEdit(before, edit)))).toEqual(json(before));
  });

  it('puts a removed persona back where it was in the list, not last', () => {
    const before = withEnds();
    expect(before.personas!.map((p) => p.id)).toEqual(['per_ana', 'per_bo']);
    const back = undoOf(before, { type: 'removePersona', personaId: 'per_ana' });
    expect(back.personas!.map((p) => p.id)).toEqual(['per_ana', 'per_bo']);
  });

  it('undoes a delete as an add with restore and the cells', () => {
    const [inverse] = inverseOf(withEnds(), { type: 'deleteStep', stepId: 'stp_1' });
    expect(inverse).toMatchObject({ type: 'addStep', stageId: 'stg_a', index: 0, restore: true,
      cells: { lan_t: { stp_1: { text: 'hm' } }, lan_e: { stp_1: { emotions: [{ score: 1 }, { score: -1, personaId: 'per_bo' }] } } } });
  });

  it('is empty for an edit that changes nothing (so no undo step is recorded)', () => {
    expect(inverseOf(withEnds(), { type: 'moveStep', stepId: 'stp_zz', toStageId: 'stg_a', toIndex: 0 })).toEqual([]);
  });

  it('leaves what a colleague changed elsewhere alone', () => {
    const before = withEnds();
    const mine: Edit = { type: 'setCell', laneId: 'lan_t', stepId: 'stp_1', cell: { text: 'mine' } };
    const inverse = inverseOf(before, mine);
    const theirs: Edit = { type: 'setCell', laneId: 'lan_t', stepId: 'stp_3', cell: { text: 'theirs' } };
    const after = inverse.reduce(applyEdit, applyEdit(applyEdit(before, mine), theirs));
    expect(after.lanes![0]!.cells).toEqual({ stp_1: { text: 'hm' }, stp_3: { text: 'theirs' } });
  });
});

describe('foldInverse', () => {
  it('keeps the older value of a cell typed on in one gesture', () => {
    const older: Edit[] = [{ type: 'setCell', laneId: 'l', stepId: 's', cell: { text: 'a' } }];
    const newer: Edit[] = [{ type: 'setCell', laneId: 'l', stepId: 's', cell: { text: 'ab' } }];
    expect(foldInverse(older, newer)).toBe(older);
  });

  it('merges patches of one step with the older values winning', () => {
    const older: Edit[] = [{ type: 'updateStep', stepId: 's', patch: { name: 'A' } }];
    const newer: Edit[] = [{ type: 'updateStep', stepId: 's', patch: { name: 'AB', description: null } }];
    expect(foldInverse(older, newer)).toEqual([{ type: 'updateStep', stepId: 's', patch: { name: 'A', description: null } }]);
  });

  it('does not fold edits of different things', () => {
    expect(foldInverse([{ type: 'updateStep', stepId: 's', patch: { name: 'A' } }], [{ type: 'updateStep', stepId: 't', patch: { name: 'B' } }])).toBeUndefined();
    expect(foldInverse([{ type: 'setCell', laneId: 'l', stepId: 's', cell: null }], [{ type: 'setCell', laneId: 'l', stepId: 't', cell: null }])).toBeUndefined();
  });
});

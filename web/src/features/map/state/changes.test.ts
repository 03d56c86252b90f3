import { describe, expect, it } from 'vitest';
import { applyEdit } from './edits';
import { describeChanges } from './changes';
import { sampleMap } from './testMaps';

describe('describeChanges', () => {
  it('says nothing for the same map', () => {
    expect(describeChanges(sampleMap(), sampleMap())).toEqual([]);
  });

  it('names cells by lane title and step name', () => {
    const theirs = applyEdit(sampleMap(), { type: 'setCell', laneId: 'lan_t', stepId: 'stp_2', cell: { text: 'new' } });
    expect(describeChanges(sampleMap(), theirs)).toEqual(['Changed Thinks at "Reads"']);
  });

  it('names structure changes: renames, additions, deletions, moves and reorders', () => {
    let theirs = applyEdit(sampleMap(), { type: 'updateStep', stepId: 'stp_1', patch: { name: 'Googles' } });
    theirs = applyEdit(theirs, { type: 'addStage', index: 2, stage: { id: 'stg_c', name: 'Use', steps: [] } });
    theirs = applyEdit(theirs, { type: 'deleteLane', laneId: 'lan_p' });
    theirs = applyEdit(theirs, { type: 'moveStep', stepId: 'stp_2', toStageId: 'stg_b', toIndex: 1 });
    theirs = applyEdit(theirs, { type: 'updateMap', patch: { name: 'Trial v2' } });
    expect(describeChanges(sampleMap(), theirs)).toEqual([
      'Renamed the map to "Trial v2"',
      'Added stage "Use"',
      'Renamed step "Searches" to "Googles"',
      'Moved step "Reads" to "Buy"',
      'Deleted lane "Pain"',
    ]);
  });

  it('notices reordered lanes and edited personas', () => {
    let theirs = applyEdit(sampleMap(), { type: 'moveLane', laneId: 'lan_p', toIndex: 0 });
    theirs = applyEdit(theirs, { type: 'updatePersona', persona: { id: 'per_ana', name: 'Ana', color: '#000000' } });
    expect(describeChanges(sampleMap(), theirs)).toEqual(['Edited persona "Ana"', 'Reordered the lanes']);
  });
});

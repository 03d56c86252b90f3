import { describe, expect, it } from 'vitest';
import { applyEdit } from './edits';
import { stepsOf } from './queries';
import {
  addLaneEdit, addStageEdit, addStepEdit, laneHasContent, lineOfVisibilityIndex, momentOfTruthSteps,
  nudgeStepEdit, stageHasContent, stepHasContent, visibleLanes,
} from './structure';
import { sampleMap } from './testMaps';

const order = (m: ReturnType<typeof sampleMap>) => stepsOf(m).map((r) => `${r.stage.id}:${r.step.id}`);

describe('structure edits', () => {
  it('adds a stage with one step, a step and a lane with a default title', () => {
    let map = applyEdit(sampleMap(), addStageEdit(sampleMap(), 2));
    expect(map.stages![2]!.name).toBe('Stage 3');
    expect(map.stages![2]!.steps).toHaveLength(1);
    map = applyEdit(map, addStepEdit('stg_a', 0, 'First'));
    expect(stepsOf(map)[0]!.step.name).toBe('First');
    map = applyEdit(map, addLaneEdit(1, 'painPoints', '  '));
    expect(map.lanes![1]).toMatchObject({ kind: 'painPoints', title: 'Pain points' });
    map = applyEdit(map, addLaneEdit(0, 'ideas', ' Our ideas '));
    expect(map.lanes![0]!.title).toBe('Our ideas');
  });

  it('nudges a step within its stage and across stage edges', () => {
    const map = sampleMap();
    const apply = (id: string, d: -1 | 1) => order(applyEdit(map, nudgeStepEdit(map, id, d)!));
    expect(apply('stp_1', 1)).toEqual(['stg_a:stp_2', 'stg_a:stp_1', 'stg_b:stp_3']);
    expect(apply('stp_2', 1)).toEqual(['stg_a:stp_1', 'stg_b:stp_2', 'stg_b:stp_3']);
    expect(apply('stp_3', -1)).toEqual(['stg_a:stp_1', 'stg_a:stp_2', 'stg_a:stp_3']);
    expect(nudgeStepEdit(map, 'stp_1', -1)).toBeNull();
    expect(nudgeStepEdit(map, 'stp_3', 1)).toBeNull();
  });

  it('tells when deleting would lose content', () => {
    const map = sampleMap();
    expect(stepHasContent(map, 'stp_1')).toBe(true);
    expect(stepHasContent(map, 'stp_3')).toBe(true);
    expect(stageHasContent(map, 'stg_b')).toBe(true);
    expect(laneHasContent(map, 'lan_p')).toBe(false);
    expect(laneHasContent(map, 'lan_t')).toBe(true);
  });
});

describe('grid queries', () => {
  it('finds moment-of-truth steps in every moments-of-truth lane', () => {
    let map = applyEdit(sampleMap(), { type: 'addLane', index: 0, lane: { id: 'lan_m', kind: 'momentsOfTruth', title: 'MoT', cells: { stp_2: { momentOfTruth: {} } } } });
    map = applyEdit(map, { type: 'setCell', laneId: 'lan_t', stepId: 'stp_3', cell: { text: 'x' } });
    expect(momentOfTruthSteps(map)).toEqual(['stp_2']);
  });

  it('filters lanes by persona, keeping lanes for everyone', () => {
    const lanes = sampleMap().lanes!;
    expect(visibleLanes(lanes, null).map((l) => l.id)).toEqual(['lan_t', 'lan_e', 'lan_p']);
    expect(visibleLanes(lanes, 'per_ana').map((l) => l.id)).toEqual(['lan_t', 'lan_e']);
    expect(visibleLanes(lanes, 'per_bo').map((l) => l.id)).toEqual(['lan_t', 'lan_e', 'lan_p']);
  });

  it('draws the line of visibility above the first backstage lane that has a lane above it', () => {
    expect(lineOfVisibilityIndex(['actions', 'frontstage', 'backstage', 'supportProcesses'])).toBe(2);
    expect(lineOfVisibilityIndex(['actions', 'supportProcesses'])).toBe(1);
    expect(lineOfVisibilityIndex(['backstage', 'actions'])).toBe(-1);
    expect(lineOfVisibilityIndex(['actions', 'thoughts'])).toBe(-1);
  });
});

import { describe, expect, it } from 'vitest';
import { applyEdit, describeEdit } from './edits';
import { endOf, journeyEndEdit, withValidEnds } from './journeyEnds';
import { sampleMap } from './testMaps';

const withEnds = (entry?: string, outcome?: string) => ({ ...sampleMap(), entryStepId: entry, outcomeStepId: outcome });

describe('journey ends', () => {
  it('makes a step the entry step, and the same action on it clears it', () => {
    const set = applyEdit(sampleMap(), journeyEndEdit(sampleMap(), 'entry', 'stp_1'));
    expect(set.entryStepId).toBe('stp_1');
    expect(endOf(set, 'stp_1')).toBe('entry');
    const cleared = applyEdit(set, journeyEndEdit(set, 'entry', 'stp_1'));
    expect('entryStepId' in cleared).toBe(false);
  });

  it('clears the outcome in the same edit when the new entry is not before it', () => {
    const map = withEnds('stp_1', 'stp_2');
    const edit = journeyEndEdit(map, 'entry', 'stp_3');
    const next = applyEdit(map, edit);
    expect(next.entryStepId).toBe('stp_3');
    expect('outcomeStepId' in next).toBe(false);
    expect(describeEdit(edit)).toBe('Set the entry step');
  });

  it('clears the entry when the new outcome is the entry step itself', () => {
    const next = applyEdit(withEnds('stp_2'), journeyEndEdit(withEnds('stp_2'), 'outcome', 'stp_2'));
    expect(next.outcomeStepId).toBe('stp_2');
    expect('entryStepId' in next).toBe(false);
  });

  it('keeps an entry that comes before the new outcome', () => {
    const next = applyEdit(withEnds('stp_1'), journeyEndEdit(withEnds('stp_1'), 'outcome', 'stp_3'));
    expect([next.entryStepId, next.outcomeStepId]).toEqual(['stp_1', 'stp_3']);
  });

  it('forgets an end whose step is deleted, with its stage too', () => {
    expect(applyEdit(withEnds('stp_1', 'stp_3'), { type: 'deleteStep', stepId: 'stp_3' }).outcomeStepId).toBeUndefined();
    const gone = applyEdit(withEnds('stp_1', 'stp_3'), { type: 'deleteStage', stageId: 'stg_a' });
    expect(gone.entryStepId).toBeUndefined();
    expect(gone.outcomeStepId).toBe('stp_3');
  });

  it('drops the outcome when a move puts it before the entry', () => {
    const moved = applyEdit(withEnds('stp_2', 'stp_3'), { type: 'moveStep', stepId: 'stp_3', toStageId: 'stg_a', toIndex: 0 });
    expect(moved.entryStepId).toBe('stp_2');
    expect(moved.outcomeStepId).toBeUndefined();
  });

  it('leaves a valid map as it is', () => {
    const map = withEnds('stp_1', 'stp_3');
    expect(withValidEnds(map)).toBe(map);
  });
});

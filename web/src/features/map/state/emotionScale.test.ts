import { describe, expect, it } from 'vitest';
import { applyEdit } from './edits';
import { record, startHistory, undo } from './history';
import { countEmotionPoints, emotionScaleEdits, rescaleScore } from './emotionScale';
import { scaleRange } from './queries';
import { sampleMap } from './testMaps';

describe('emotion scale changes', () => {
  it('keeps the relative height of a score', () => {
    const from = scaleRange('-2..2');
    expect([-2, -1, 0, 1, 2].map((s) => rescaleScore(s, from, scaleRange('1..5')))).toEqual([1, 2, 3, 4, 5]);
    expect([-2, 0, 2].map((s) => rescaleScore(s, from, scaleRange('-5..5')))).toEqual([-5, 0, 5]);
    expect(rescaleScore(10, scaleRange('1..10'), scaleRange('-2..2'))).toBe(2);
    expect(rescaleScore(99, scaleRange('1..10'), scaleRange('1..5'))).toBe(5);
  });

  it('moves every point onto the new scale, undone in one step', () => {
    const map = sampleMap();
    const edits = emotionScaleEdits(map, '1..5');
    let h = startHistory(map);
    for (const e of edits) h = record(h, e, 'scale-1');
    const lane = h.present.lanes!.find((l) => l.kind === 'emotionCurve')!;
    expect(h.present.emotionScale).toBe('1..5');
    expect(lane.cells!.stp_1!.emotions!.map((e) => e.score)).toEqual([4, 2]);
    expect(lane.cells!.stp_2!.emotions![0]!.score).toBe(3);
    expect(undo(h).present).toBe(map);
    expect(countEmotionPoints(map)).toBe(3);
  });

  it('only changes the scale when the range is the same', () => {
    const map = applyEdit(sampleMap(), { type: 'updateMap', patch: { emotionScale: undefined } });
    expect(emotionScaleEdits(map, '-2..2')).toHaveLength(1);
  });
});

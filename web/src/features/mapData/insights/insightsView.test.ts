import { describe, expect, it } from 'vitest';
import type { Finding } from '../../../api/insights';
import { evidenceFigures, findingCount, formatEmotion, groupFindings, moreLabel } from './insightsView';

function finding(id: string, kind: Finding['kind'], score: number, evidence: Finding['evidence'] = {}, extra: Partial<Finding> = {}): Finding {
  return {
    id, kind, score, evidence, stepId: 's1', stepIds: ['s1'], title: id, detail: '', customersAffected: 100, outcomesLost: null, ...extra,
  };
}

describe('grouping findings', () => {
  it('orders groups by kind (bottlenecks first) and findings by score, leaving out empty kinds', () => {
    const groups = groupFindings([
      finding('m1', 'mismatch', 0.9),
      finding('b1', 'bottleneck', 0.2),
      finding('t1', 'momentOfTruth', 0.5),
      finding('b2', 'bottleneck', 0.8),
      finding('p1', 'pattern', 0.1),
    ]);
    expect(groups.map((g) => g.title)).toEqual(['Bottlenecks', 'Moments of truth', 'Emotion patterns', 'Designed vs measured']);
    expect(groups[0]!.findings.map((f) => f.id)).toEqual(['b2', 'b1']);
    expect(groupFindings([])).toEqual([]);
  });

  it('breaks score ties by title so the order is stable', () => {
    const [group] = groupFindings([finding('z', 'painPoint', 0.5), finding('a', 'painPoint', 0.5)]);
    expect(group!.findings.map((f) => f.id)).toEqual(['a', 'z']);
  });
});

describe('evidence figures', () => {
  const keys = (f: Finding) => evidenceFigures(f).map((e) => `${e.label}=${e.value}`);

  it('shows a drop-off bottleneck as the step\'s lost (the word the map uses) and drop-off rate', () => {
    const f = finding('b', 'bottleneck', 1, { measure: 'dropOff', dropOff: 520, dropOffRate: 0.41, medianWaitSeconds: null }, { customersAffected: 1268 });
    expect(keys(f)).toEqual(['Lost=1,268', 'Drop-off=41%']);
    expect(evidenceFigures(f)[1]!.definition).toMatch(/never reach the next bound step/);
  });

  it('shows a wait bottleneck with its median and 90th percentile in words on hover', () => {
    const f = finding('w', 'bottleneck', 1, { measure: 'wait', medianWaitSeconds: 7200, p90WaitSeconds: 3 * 86400 });
    const figures = evidenceFigures(f);
    expect(figures.map((e) => e.value)).toEqual(['100', '2 h', '3 d']);
    expect(figures[1]!.definition).toContain('2 hours');
    expect(figures[2]!.tone).toBe('wait');
  });

  it('shows a moment of truth as the two outcome rates and their difference with its interval', () => {
    const f = finding('t', 'momentOfTruth', 1, {
      negativeCustomers: 80, negativeOutcomeRate: 0.12, positiveCustomers: 200, positiveOutcomeRate: 0.46, difference: 0.34, ciLow: 0.22, ciHigh: 0.45,
    }, { outcomesLost: 27 });
    expect(keys(f)).toEqual(['Affected=100', 'Outcomes lost=27', 'If negative=12%', 'If positive=46%', 'Difference=+34 pts']);
    const difference = evidenceFigures(f).find((e) => e.key === 'difference')!;
    expect(difference.definition).toContain('95% CI +22 pts to +45 pts');
    expect(evidenceFigures(f)[2]!.definition).toContain('80 customers');
  });

  it('shows a pain point’s topic and outcome rates, a pattern’s name and a mismatch’s gap', () => {
    expect(keys(finding('p', 'painPoint', 1, { topic: 'csv import', outcomeRateAffected: 0.2, outcomeRateOthers: 0.5 }, { customersAffected: 0 })))
      .toEqual(['Topic=“csv import”', 'Outcome=20%', 'Others=50%']);
    // The title already names the topic: no figure repeats it.
    expect(keys(finding('“csv import” at Imports', 'painPoint', 1, { topic: 'csv import', activity: 'Import started' }, { customersAffected: 0 })))
      .toEqual(['Activity=Import started']);
    expect(keys(finding('s', 'pattern', 1, { pattern: 'sawtooth', values: [{ stepId: 'a', measured: 1 }, { stepId: 'b', measured: -1 }] }, { customersAffected: 0 })))
      .toEqual(['Pattern=Sawtooth', 'Steps=2']);
    expect(keys(finding('z', 'pattern', 1, { pattern: 'peak' }, { customersAffected: 0 }))).toEqual(['Pattern=Peak']);
    const gap = evidenceFigures(finding('m', 'mismatch', 1, { designed: 1, measured: -0.62, gap: -1.62 }, { customersAffected: 0 }));
    expect(gap.map((e) => e.value)).toEqual(['+1.0', '−0.6', '−1.6']);
    expect(gap[2]!.tone).toBe('loss');
  });

  it('formats emotion values and counts', () => {
    expect(formatEmotion(0)).toBe('0.0');
    expect(formatEmotion(null)).toBe('–');
    expect(findingCount(1)).toBe('1 finding');
    expect(findingCount(7)).toBe('7 findings');
    expect(moreLabel('bottleneck', 1)).toBe('Show 1 more bottleneck');
    expect(moreLabel('momentOfTruth', 4)).toBe('Show 4 more moments of truth');
  });
});

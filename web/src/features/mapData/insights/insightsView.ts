// How the insights panel reads the findings: grouped by kind in a fixed order, each group best first, and the key
// evidence figures of each finding with the definition its hover shows.
import type { Finding, FindingKind } from '../../../api/insights';
import { formatCount, formatDuration, formatPoints, formatShare, spellDuration } from '../overlay/format';

export const kindOrder: readonly FindingKind[] = ['bottleneck', 'momentOfTruth', 'painPoint', 'pattern', 'mismatch'];

export const kindTitles: Record<FindingKind, string> = {
  bottleneck: 'Bottlenecks',
  momentOfTruth: 'Moments of truth',
  painPoint: 'Pain points',
  pattern: 'Emotion patterns',
  mismatch: 'Designed vs measured',
};

/** One sentence under each group's title: what this kind of finding is. */
export const kindHints: Record<FindingKind, string> = {
  bottleneck: 'The largest drop-offs and longest waits, by customers affected.',
  momentOfTruth: 'Where a bad experience most changes the outcome.',
  painPoint: 'Pain points and topics by customers affected and outcomes lost.',
  pattern: 'Shapes in the measured emotion line.',
  mismatch: 'Where the designed emotion curve and the feedback disagree most.',
};

export interface FindingGroup {
  kind: FindingKind;
  title: string;
  findings: Finding[];
}

/** Findings by kind in the panel's order, each group by score (highest first); kinds without findings are left out. */
export function groupFindings(findings: readonly Finding[]): FindingGroup[] {
  return kindOrder
    .map((kind) => ({
      kind,
      title: kindTitles[kind],
      findings: findings.filter((f) => f.kind === kind).sort((a, b) => b.score - a.score || a.title.localeCompare(b.title)),
    }))
    .filter((g) => g.findings.length > 0);
}

export interface EvidenceFigure {
  key: string;
  label: string;
  value: string;
  /** Shown on hover: what the figure means. */
  definition: string;
  tone?: 'loss' | 'wait' | 'gain';
}

const patternNames: Record<string, string> = { sawtooth: 'Sawtooth', rapidDrop: 'Rapid drop', trough: 'Trough', peak: 'Peak' };

const isNum = (v: number | null | undefined): v is number => typeof v === 'number' && Number.isFinite(v);

/** A value on the map's emotion scale: one decimal, signed when the scale has negatives. */
export function formatEmotion(value: number | null | undefined): string {
  if (!isNum(value)) return '–';
  const text = (Math.round(value * 10) / 10).toFixed(1);
  return value > 0 ? `+${text}` : text.replace('-', '−');
}

/** The key figures of a finding, in reading order; figures the server left out are left out. */
export function evidenceFigures(finding: Finding): EvidenceFigure[] {
  const e = finding.evidence;
  const out: EvidenceFigure[] = [];
  const add = (key: string, label: string, value: string, definition: string, tone?: EvidenceFigure['tone']) =>
    out.push({ key, label, value, definition, tone });
  if (isNum(finding.customersAffected) && finding.customersAffected > 0) {
    // A drop-off's customers are the step's "lost" on the map: the same word and the same count.
    if (finding.kind === 'bottleneck' && e.measure === 'dropOff') {
      add('customersAffected', 'Lost', formatCount(finding.customersAffected), 'Customers who reached this step in the map\'s order and not the next one: the step\'s "lost" on the map.', 'loss');
    } else {
      add('customersAffected', 'Affected', formatCount(finding.customersAffected), 'Customers affected: those in the period and segment this finding concerns.');
    }
  }
  if (isNum(finding.outcomesLost) && finding.outcomesLost > 0) {
    add('outcomesLost', 'Outcomes lost', formatCount(finding.outcomesLost),
      'Customers who did not reach the outcome step and would have, had they done as well as the others.', 'loss');
  }
  switch (finding.kind) {
    case 'bottleneck':
      if (isNum(e.dropOffRate)) add('dropOffRate', 'Drop-off', formatShare(e.dropOffRate), 'Share of the customers at this step who never reach the next bound step.', 'loss');
      if (isNum(e.medianWaitSeconds)) add('medianWait', 'Median wait', formatDuration(e.medianWaitSeconds), `Half of the customers wait longer than ${spellDuration(e.medianWaitSeconds)} to get here from the previous step.`, 'wait');
      if (isNum(e.p90WaitSeconds)) add('p90Wait', 'P90 wait', formatDuration(e.p90WaitSeconds), `One customer in ten waits longer than ${spellDuration(e.p90WaitSeconds)}.`, 'wait');
      break;
    case 'momentOfTruth':
      if (isNum(e.negativeOutcomeRate)) add('negativeOutcomeRate', 'If negative', formatShare(e.negativeOutcomeRate), `Outcome rate of the ${isNum(e.negativeCustomers) ? formatCount(e.negativeCustomers) + ' ' : ''}customers whose feedback here was negative.`, 'loss');
      if (isNum(e.positiveOutcomeRate)) add('positiveOutcomeRate', 'If positive', formatShare(e.positiveOutcomeRate), `Outcome rate of the ${isNum(e.positiveCustomers) ? formatCount(e.positiveCustomers) + ' ' : ''}customers whose feedback here was positive.`, 'gain');
      if (isNum(e.difference)) {
        const ci = isNum(e.ciLow) && isNum(e.ciHigh) ? ` (95% CI ${formatPoints(e.ciLow)} to ${formatPoints(e.ciHigh)})` : '';
        add('difference', 'Difference', formatPoints(e.difference), `Positive minus negative outcome rate, in percentage points${ci}: how much a good experience here changes the outcome.`);
      }
      break;
    case 'painPoint':
      // The title names the topic or activity; a figure repeats it only when the title does not.
      if (e.topic && !finding.title.includes(e.topic)) add('topic', 'Topic', `“${e.topic}”`, 'The key phrase in the feedback this pain point is measured by.');
      if (e.activity && !finding.title.includes(e.activity)) add('activity', 'Activity', e.activity, 'The activity this pain point is measured by.');
      if (isNum(e.outcomeRateAffected)) add('outcomeRateAffected', 'Outcome', formatShare(e.outcomeRateAffected), 'Outcome rate of the affected customers: the share who reach the outcome step.', 'loss');
      if (isNum(e.outcomeRateOthers)) add('outcomeRateOthers', 'Others', formatShare(e.outcomeRateOthers), 'Outcome rate of the other customers: the share who reach the outcome step.');
      break;
    case 'pattern':
      if (e.pattern) add('pattern', 'Pattern', patternNames[e.pattern] ?? e.pattern, patternDefinition(e.pattern));
      if (e.values) add('steps', 'Steps', formatCount(e.values.length), 'Steps the pattern spans on the measured emotion line.');
      break;
    case 'mismatch':
      if (isNum(e.designed)) add('designed', 'Designed', formatEmotion(e.designed), 'The map’s emotion curve at this step, as drawn.');
      if (isNum(e.measured)) add('measured', 'Measured', formatEmotion(e.measured), 'Mean sentiment of the feedback placed here, on the map’s emotion scale.');
      if (isNum(e.gap)) add('gap', 'Gap', formatEmotion(e.gap), 'Measured minus designed: negative when customers feel worse than the map says.', e.gap < 0 ? 'loss' : 'gain');
      break;
  }
  return out;
}

function patternDefinition(pattern: string): string {
  switch (pattern) {
    case 'sawtooth': return 'Feelings go up and down from step to step: an uneven experience.';
    case 'rapidDrop': return 'Feelings fall sharply from one step to the next.';
    case 'trough': return 'The lowest point of the measured emotion line.';
    case 'peak': return 'The highest point of the measured emotion line.';
    default: return 'A shape in the measured emotion line.';
  }
}

/** How many findings of a kind show before "Show more". */
export const shownPerKind = 3;

const kindNouns: Record<FindingKind, [string, string]> = {
  bottleneck: ['bottleneck', 'bottlenecks'],
  momentOfTruth: ['moment of truth', 'moments of truth'],
  painPoint: ['pain point', 'pain points'],
  pattern: ['pattern', 'patterns'],
  mismatch: ['gap', 'gaps'],
};

/** "Show 1 more bottleneck", "Show 19 more pain points". */
export function moreLabel(kind: FindingKind, hidden: number): string {
  const [one, many] = kindNouns[kind];
  return `Show ${hidden} more ${hidden === 1 ? one : many}`;
}

/** "12 findings" / "1 finding". */
export function findingCount(n: number): string {
  return `${n} ${n === 1 ? 'finding' : 'findings'}`;
}

import { describe, expect, it } from 'vitest';
import { parseFeedbackResult, problemOf } from '../../api/feedbackData';
import { feedbackCurlSnippet, ingestUrl } from './ingestSnippet';
import { breakdown, formatScore, formatTime, scoreTone, scoreTypeLabels, sourceLabels } from './feedbackView';

describe('feedback upload result', () => {
  it('reads counts and rejected rows, naming the column before the reason', () => {
    const result = parseFeedbackResult({
      imported: 3, duplicates: 1, rejected: 2, seconds: 0.4,
      problems: [
        { line: 4, column: 'score', problem: '11 is out of range for nps (0-10).' },
        { line: 7, problem: 'The text is longer than 20,000 characters.' },
      ],
    });
    expect(result).toEqual({
      imported: 3, duplicates: 1, rejected: 2, seconds: 0.4,
      problems: [
        { line: 4, reason: 'score: 11 is out of range for nps (0-10).' },
        { line: 7, reason: 'The text is longer than 20,000 characters.' },
      ],
    });
  });

  it('does not repeat a column the reason already names, and survives missing parts', () => {
    const result = parseFeedbackResult({ imported: 1, problems: [{ column: 'source', problem: "Unknown source 'fax' in column source." }, {}] });
    expect(result.problems[0]).toEqual({ line: null, reason: "Unknown source 'fax' in column source." });
    expect(result.problems[1]?.reason).toBe('This row could not be read.');
    expect(result.duplicates).toBe(0);
    expect(parseFeedbackResult(undefined)).toEqual({ imported: 0, duplicates: 0, rejected: 0, problems: [], seconds: 0 });
  });

  it('reads an event upload’s problems ({line, reason}) the same way, for a file that failed as a whole', () => {
    expect(problemOf({ line: 2, reason: 'byte 0xE9 is not UTF-8' })).toEqual({ line: 2, reason: 'byte 0xE9 is not UTF-8' });
    expect(problemOf({ line: 3, column: 'Zeit', problem: 'cannot read "soon" as a date' })).toEqual({ line: 3, reason: 'Zeit: cannot read "soon" as a date' });
  });
});

describe('feedback view', () => {
  it('lists a breakdown largest first without zeros, with bar lengths against the largest', () => {
    const rows = breakdown({ review: 5, survey: 20, chat: 0, fax: 5 }, sourceLabels);
    expect(rows.map((r) => [r.label, r.count, r.share])).toEqual([['Survey', 20, 1], ['fax', 5, 0.25], ['Review', 5, 0.25]]);
    expect(breakdown({}, scoreTypeLabels)).toEqual([]);
  });

  it('formats scores on their scale and tells low from high', () => {
    expect(formatScore('nps', 4)).toBe('NPS 4/10');
    expect(formatScore('rating', 4.5)).toBe('Rating 4.5/5');
    expect(formatScore('none', 3)).toBeNull();
    expect(formatScore('csat', null)).toBeNull();
    expect([scoreTone('nps', 6), scoreTone('nps', 8), scoreTone('nps', 9)]).toEqual(['low', 'mid', 'high']);
    expect([scoreTone('ces', 2), scoreTone('ces', 7), scoreTone('csat', 4)]).toEqual(['low', 'high', 'high']);
  });

  it('shows times in UTC and leaves unreadable ones as they are', () => {
    expect(formatTime('2026-11-12T14:05:00Z')).toBe('12 Nov 2026, 14:05');
    expect(formatTime('soon')).toBe('soon');
  });

  it('sends one NDJSON feedback item to the feedback ingestion URL', () => {
    expect(ingestUrl('http://h:5080/', 'feedback')).toBe('http://h:5080/api/ingest/feedback');
    const snippet = feedbackCurlSnippet('http://h', undefined, new Date('2026-11-27T10:00:00.500Z'));
    expect(snippet).toContain('curl -X POST http://h/api/ingest/feedback');
    expect(snippet).toContain('"time":"2026-11-27T10:00:00Z"');
    expect(snippet).toContain('"scoreType":"nps"');
    expect(snippet).toContain('Bearer YOUR_API_KEY');
  });
});

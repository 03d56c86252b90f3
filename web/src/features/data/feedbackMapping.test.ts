import { describe, expect, it } from 'vitest';
import type { ImportPreview } from '../../api/data';
import { feedbackMappingProblem, feedbackRoles, guessFeedbackMapping } from './feedbackMapping';
import { initialMapping } from './uploadFlow';
import { feedbackUpload } from './uploadKinds';

describe('feedback column mapping', () => {
  it('guesses roles from usual names, ignoring case, spaces and separators', () => {
    const mapping = guessFeedbackMapping(['Response ID', 'customer_id', 'Submitted At', 'NPS', 'Comment', 'Channel', 'lang']);
    expect(mapping).toMatchObject({
      id: 'Response ID', customer: 'customer_id', time: 'Submitted At', score: 'NPS', text: 'Comment', source: 'Channel', language: 'lang',
    });
    expect(mapping.step).toBeNull();
    expect(mapping.scoreType).toBeNull();
  });

  it('prefers the earlier alias and gives a column one role only', () => {
    const mapping = guessFeedbackMapping(['rating', 'score', 'review']);
    expect(mapping.score).toBe('score');
    expect(mapping.text).toBe('review');
    const single = guessFeedbackMapping(['feedback']);
    expect(single.text).toBe('feedback');
    expect(single.id).toBeNull();
  });

  it('keeps the server’s guesses and fills the roles it left open without reusing a column', () => {
    const preview: ImportPreview = {
      format: 'csv', delimiter: null, columns: ['when', 'customer', 'comment', 'score'], rows: [], notes: [],
      mapping: { time: 'when', text: 'score', score: null },
    };
    const mapping = feedbackUpload.initialMapping(preview);
    expect(mapping.time).toBe('when');
    expect(mapping.text).toBe('score');
    expect(mapping.score).toBeNull(); // "score" already holds the text: never two roles for one column
    expect(mapping.customer).toBe('customer');
    expect(Object.keys(initialMapping(preview, feedbackRoles))).toHaveLength(feedbackRoles.length);
  });

  it('needs a time and a text or a score, each in its own column', () => {
    expect(feedbackMappingProblem('csv', { text: 'c' })).toBe('Choose the column that holds the time.');
    expect(feedbackMappingProblem('csv', { time: 't' })).toMatch(/text or the one that holds the score/);
    expect(feedbackMappingProblem('csv', { time: 't', score: 't' })).toMatch(/“t” is chosen for two roles/);
    expect(feedbackMappingProblem('ndjson', { time: 't', score: 's' })).toBeNull();
    expect(feedbackMappingProblem('xes', {})).toMatch(/XES files hold events/);
  });

  it('turns away XES files by name before reading them', () => {
    expect(feedbackUpload.fileProblem?.('log.xes.gz')).toMatch(/XES files hold events/);
    expect(feedbackUpload.fileProblem?.('answers.csv')).toBeNull();
  });

});

import { describe, expect, it } from 'vitest';
import type { ImportPreview } from '../../api/data';
import { importQuery } from '../../api/data';
import { count, fileProblem, formatBytes, initialMapping, mappingProblem, percentOf } from './uploadFlow';

const preview: ImportPreview = {
  format: 'csv', delimiter: ';', columns: ['Kunde', 'Aktion', 'Zeit'], rows: [],
  mapping: { customer: 'Kunde', activity: null, timestamp: 'gone' }, notes: [],
};

describe('upload flow', () => {
  it('keeps only guesses that name a previewed column', () => {
    expect(initialMapping(preview)).toEqual({ customer: 'Kunde', activity: null, timestamp: null, channel: null });
  });

  it('asks for each required role and refuses one column for two roles', () => {
    expect(mappingProblem('csv', { customer: 'Kunde' })).toBe('Choose the column that holds the activity.');
    expect(mappingProblem('csv', { customer: 'A', activity: 'A', timestamp: 'T' })).toMatch(/“A” is chosen for two roles/);
    expect(mappingProblem('csv', { customer: 'K', activity: 'A', timestamp: 'T', channel: null })).toBeNull();
    expect(mappingProblem('xes', {})).toBeNull();
  });

  it('turns away spreadsheets, archives and empty files by name and size', () => {
    expect(fileProblem('events.xlsx', 10)).toMatch(/save the sheet as CSV/);
    expect(fileProblem('events.zip', 10)).toMatch(/Archives/);
    expect(fileProblem('events.csv', 0)).toBe('The file is empty.');
    expect(fileProblem('events.csv.gz', 10)).toBeNull();
  });

  it('builds the import query with only the chosen roles', () => {
    const query = new URLSearchParams(importQuery({
      fileName: 'a b.csv', mapping: { customer: 'Kunde', activity: 'Aktion', timestamp: 'Zeit', channel: null }, delimiter: ';',
    }));
    expect(query.get('fileName')).toBe('a b.csv');
    expect(query.get('customer')).toBe('Kunde');
    expect(query.has('channel')).toBe(false);
    expect(query.get('delimiter')).toBe(';');
  });


  it('formats sizes, percents and counts', () => {
    expect(formatBytes(1)).toBe('1 byte');
    expect(formatBytes(2_400_000)).toBe('2.4 MB');
    expect(formatBytes(256_000_000)).toBe('256 MB');
    expect(percentOf(50, 200)).toBe(25);
    expect(percentOf(5, 0)).toBe(0);
    expect(percentOf(300, 200)).toBe(100);
    expect(count(1, 'event')).toBe('1 event');
    expect(count(12345, 'event')).toBe('12,345 events');
  });
});

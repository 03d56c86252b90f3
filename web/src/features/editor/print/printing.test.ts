import { describe, expect, it } from 'vitest';
import { isPrintKey, paperFor, printOptions, type PrintView } from './printing';

const view: PrintView = { personaFilter: null, dataOn: false, range: { preset: '7d' }, segment: null };
const now = new Date('2026-12-05T18:00:00Z');

describe('printOptions', () => {
  it('prints on the reader\'s paper with the persona filter', () => {
    expect(printOptions(view, 'en-GB', now)).toEqual({ pages: 'a4' });
    expect(printOptions({ ...view, personaFilter: 'per_a' }, 'en-US', now)).toEqual({ pages: 'letter', persona: 'per_a' });
    expect(paperFor('de')).toBe('a4');
  });

  it('carries the data view\'s figures when it is on', () => {
    expect(printOptions({ ...view, dataOn: true, segment: 'seg_a' }, 'fr-FR', now)).toEqual({
      pages: 'a4', data: true, from: '2026-11-29T00:00:00.000Z', to: '2026-12-06T00:00:00.000Z', segment: 'seg_a',
    });
    expect(printOptions({ ...view, dataOn: true, range: { preset: 'custom', fromDate: '2026-12-01', toDate: '2026-11-01' } }, 'en', now))
      .toEqual({ pages: 'a4' });
  });
});

describe('isPrintKey', () => {
  it('is Ctrl+P or Cmd+P only', () => {
    const key = { key: 'p', ctrlKey: true, metaKey: false, shiftKey: false, altKey: false };
    expect(isPrintKey(key)).toBe(true);
    expect(isPrintKey({ ...key, ctrlKey: false, metaKey: true, key: 'P' })).toBe(true);
    expect(isPrintKey({ ...key, shiftKey: true })).toBe(false);
    expect(isPrintKey({ ...key, ctrlKey: false })).toBe(false);
  });
});

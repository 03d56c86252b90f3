import { describe, expect, it } from 'vitest';
import { optionsFor, previewOptions, rangeError, type ExportChoice } from './exportChoices';

const base: ExportChoice = {
  format: 'pdf', pages: 'poster', scale: 2, persona: null, outlines: false, data: false, range: { preset: '30d' }, segment: null,
};
const now = new Date('2026-12-05T18:00:00Z');

describe('optionsFor', () => {
  it('sends only what the format reads', () => {
    expect(optionsFor(base)).toEqual({});
    expect(optionsFor({ ...base, pages: 'a4' })).toEqual({ pages: 'a4' });
    expect(optionsFor({ ...base, format: 'png', pages: 'a4' })).toEqual({ scale: 2 });
    expect(optionsFor({ ...base, format: 'svg', outlines: true })).toEqual({ text: 'paths' });
  });

  it('keeps the persona for every format but the map file', () => {
    expect(optionsFor({ ...base, format: 'csv', persona: 'per_a' })).toEqual({ persona: 'per_a' });
    expect(optionsFor({ ...base, format: 'json', persona: 'per_a' })).toEqual({});
  });
});

describe('the data strip', () => {
  it('asks for data with the period and segment on drawn formats only', () => {
    const choice: ExportChoice = { ...base, data: true, range: { preset: '7d' }, segment: 'seg_a' };
    expect(optionsFor(choice, now)).toEqual({ data: true, from: '2026-11-29T00:00:00.000Z', to: '2026-12-06T00:00:00.000Z', segment: 'seg_a' });
    expect(optionsFor({ ...choice, format: 'csv' }, now)).toEqual({});
    expect(optionsFor({ ...choice, range: { preset: 'all' }, segment: null }, now)).toEqual({ data: true });
  });

  it('previews the strip the download draws', () => {
    const choice: ExportChoice = { ...base, format: 'png', data: true, range: { preset: 'all' }, segment: 'seg_a', persona: 'per_a' };
    expect(previewOptions(choice, now)).toEqual({ persona: 'per_a', data: true, segment: 'seg_a' });
    expect(previewOptions({ ...choice, data: false }, now)).toEqual({ persona: 'per_a' });
  });

  it('names a reversed custom period', () => {
    const choice: ExportChoice = { ...base, data: true, range: { preset: 'custom', fromDate: '2026-11-10', toDate: '2026-11-01' } };
    expect(rangeError(choice, now)).toBe('The end date is before the start date.');
    expect(rangeError({ ...choice, data: false }, now)).toBeNull();
  });
});

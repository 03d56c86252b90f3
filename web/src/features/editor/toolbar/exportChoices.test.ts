import { describe, expect, it } from 'vitest';
import { optionsFor, type ExportChoice } from './exportChoices';

const base: ExportChoice = { format: 'pdf', pages: 'poster', scale: 2, persona: null, outlines: false };

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

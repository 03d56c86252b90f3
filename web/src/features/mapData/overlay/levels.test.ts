import { describe, expect, it } from 'vitest';
import { clampLevel, levelClassKey, levelMark, levelWord, worst } from './levels';

describe('levels', () => {
  it('maps each level to its class key, word and mark', () => {
    expect(levelClassKey('loss', 2)).toBe('loss2');
    expect(levelClassKey('wait', 0)).toBe('wait0');
    expect(levelWord('loss', 3)).toBe('severe loss');
    expect(levelWord('wait', 2)).toBe('long wait');
    expect(levelWord('wait', 0)).toBe('');
    expect(levelMark(2)).toBe('!!');
  });

  it('clamps what the server should never send', () => {
    expect(clampLevel(7)).toBe(3);
    expect(clampLevel(-1)).toBe(0);
    expect(clampLevel(null)).toBe(0);
    expect(levelClassKey('loss', 9)).toBe('loss3');
  });

  it('takes the worse of loss and wait', () => {
    expect(worst(1, 3)).toBe(3);
    expect(worst(0, 0)).toBe(0);
  });
});

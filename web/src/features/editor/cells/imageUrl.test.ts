import { describe, expect, it } from 'vitest';
import { checkImageUrl, checkOptionalImageUrl } from './imageUrl';

describe('checkImageUrl', () => {
  it('accepts absolute http and https addresses', () => {
    expect(checkImageUrl(' https://example.com/a.png ')).toEqual({ ok: true, url: 'https://example.com/a.png' });
    expect(checkImageUrl('http://example.com/b.jpg').ok).toBe(true);
  });

  it.each(['javascript:alert(1)', 'data:image/png;base64,AAAA', 'file:///etc/passwd', 'ftp://x.org/a.png'])(
    'refuses %s with a message', (url) => {
      const check = checkImageUrl(url);
      expect(check.ok).toBe(false);
      if (!check.ok) expect(check.message).toMatch(/http/);
    });

  it('refuses relative and empty input', () => {
    expect(checkImageUrl('/img/a.png').ok).toBe(false);
    expect(checkImageUrl('example.com/a.png').ok).toBe(false);
    expect(checkImageUrl('   ').ok).toBe(false);
  });

  it('lets an optional photo stay empty', () => {
    expect(checkOptionalImageUrl('')).toEqual({ ok: true, url: undefined });
    expect(checkOptionalImageUrl('javascript:x').ok).toBe(false);
  });
});

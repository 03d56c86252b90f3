import { describe, expect, it } from 'vitest';
import { altProblem } from '../features/images/altText';
import { checkImageUrl } from '../features/editor/cells/imageUrl';
import { imageSrc, storedImageId } from './images';

const id = 'ab'.repeat(32);

describe('stored images', () => {
  it('reads only image: and 64 lowercase hex digits as a stored image', () => {
    expect(storedImageId(`image:${id}`)).toBe(id);
    expect(storedImageId(`image:${id.toUpperCase()}`)).toBeNull();
    expect(storedImageId('image:../../etc/passwd')).toBeNull();
    expect(storedImageId('https://example.com/a.png')).toBeNull();
  });

  it('loads a stored image from its workspace and a web address as it is', () => {
    expect(imageSrc('demo', `image:${id}`)).toBe(`/api/workspaces/demo/images/${id}`);
    expect(imageSrc(null, `image:${id}`)).toBeUndefined();
    expect(imageSrc('demo', 'https://example.com/a.png')).toBe('https://example.com/a.png');
  });

  it('takes a stored image where a web address is asked for', () => {
    expect(checkImageUrl(`image:${id}`).ok).toBe(true);
    expect(checkImageUrl('image:nope').ok).toBe(false);
  });

  it('asks for alt text or an explicit decorative mark', () => {
    expect(altProblem(undefined)).not.toBeNull();
    expect(altProblem('   ')).not.toBeNull();
    expect(altProblem('')).toBeNull();
    expect(altProblem('A map on a wall')).toBeNull();
  });
});

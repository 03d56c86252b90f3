import { describe, expect, it } from 'vitest';
import { stageLostTitle, stageReachedTitle } from './stageTitles';

describe('stage titles', () => {
  it('name the steps whose losses make up the stage loss', () => {
    const steps = [
      { name: 'Creates an account', figures: { dropOff: 250 } },
      { name: 'Verifies email', figures: { dropOff: 147 } },
      { name: 'Unmeasured', figures: { dropOff: null } },
    ];
    expect(stageLostTitle(397, 0.218, steps)).toBe(
      '397 customers (22%) do not reach the next stage: 250 lost at Creates an account, 147 at Verifies email');
  });

  it('say the stage count is its first measured step', () => {
    expect(stageReachedTitle('Compares tools')).toContain('Compares tools, this stage');
  });
});

import { describe, expect, it } from 'vitest';
import { cssString, stepMarksCss } from './stepMarks';

describe('stepMarksCss', () => {
  it('is empty without marks', () => {
    expect(stepMarksCss(null)).toBe('');
    expect(stepMarksCss({})).toBe('');
  });

  it('marks visited steps with their event count and the selected one more strongly', () => {
    const css = stepMarksCss({ visited: { stp_a: 2, stp_b: 1 }, selected: 'stp_b' });
    expect(css).toContain('[data-step-id="stp_a"]::after { content: "2"');
    expect(css).toContain('[data-testid$="-stp_a"]');
    expect(css.match(/inset 0 0 0 2px var\(--accent\)/g)).toHaveLength(1);
    expect(css).toContain('rgba(47, 91, 211, 0.13)');
  });

  it('marks unreached steps', () => {
    expect(stepMarksCss({ unreached: ['stp_x'] })).toContain('[data-step-id="stp_x"]::after { content: "Unreached"');
  });

  it('marks the steps of a pointed move after the unreached ones, so it wins', () => {
    const css = stepMarksCss({ unreached: ['stp_x'], route: ['stp_x', 'stp_y'] });
    expect(css.lastIndexOf('[data-step-id="stp_x"] { box-shadow: inset 0 0 0 2px')).toBeGreaterThan(css.indexOf('Unreached'));
    expect(css).toContain('[data-step-id="stp_y"] { box-shadow');
  });

  it('escapes quotes and backslashes in ids', () => {
    expect(cssString('a"b\\c')).toBe('"a\\"b\\\\c"');
    expect(stepMarksCss({ unreached: ['x"]{}'] })).toContain('[data-step-id="x\\"]{}"]');
  });

  it('lights a shown step up with a fresh animation for each nonce', () => {
    const css = stepMarksCss({ flash: { stepId: 'stp_a', nonce: 3 } });
    expect(css).toContain('@keyframes step-flash-3');
    expect(css).toContain('[data-testid="step-header"][data-step-id="stp_a"]');
    expect(css).toContain('animation: step-flash-3 2.4s');
    expect(stepMarksCss({ flash: { stepId: 'stp_a', nonce: 4 } })).toContain('step-flash-4');
    expect(css).toContain('prefers-reduced-motion');
  });
});

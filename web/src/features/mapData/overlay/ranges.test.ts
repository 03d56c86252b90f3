import { describe, expect, it } from 'vitest';
import { describeRange, resolveRange } from './ranges';

const now = new Date('2026-11-27T15:30:00Z');

describe('resolveRange', () => {
  it('takes whole UTC days for the presets, today included', () => {
    expect(resolveRange({ preset: '7d' }, now)).toEqual({ from: '2026-11-21T00:00:00.000Z', to: '2026-11-28T00:00:00.000Z' });
    expect(resolveRange({ preset: '30d' }, now).from).toBe('2026-10-29T00:00:00.000Z');
    expect(resolveRange({ preset: '90d' }, now).from).toBe('2026-08-30T00:00:00.000Z');
  });

  it('asks for everything for all time', () => {
    expect(resolveRange({ preset: 'all' }, now)).toEqual({ from: null, to: null });
  });

  it('runs a custom range to the end of its last day, or leaves an open end open', () => {
    expect(resolveRange({ preset: 'custom', fromDate: '2026-11-01', toDate: '2026-11-15' }, now))
      .toEqual({ from: '2026-11-01T00:00:00.000Z', to: '2026-11-16T00:00:00.000Z' });
    expect(resolveRange({ preset: 'custom', fromDate: '2026-11-01' }, now)).toEqual({ from: '2026-11-01T00:00:00.000Z', to: null });
  });

  it('refuses a reversed or broken custom range', () => {
    expect(resolveRange({ preset: 'custom', fromDate: '2026-11-15', toDate: '2026-11-01' }, now).error).toMatch(/before the start/);
    expect(resolveRange({ preset: 'custom', fromDate: '15/11/2026' }, now).error).toMatch(/start date/);
  });

  it('describes ranges for headings', () => {
    expect(describeRange({ preset: '30d' })).toBe('Last 30 days');
    expect(describeRange({ preset: 'custom', fromDate: '2026-11-01', toDate: '2026-11-15' })).toBe('1 Nov 2026 – 15 Nov 2026');
    expect(describeRange({ preset: 'custom', fromDate: '2026-11-01' })).toBe('Since 1 Nov 2026');
  });
});

import { describe, expect, it } from 'vitest';
import { backtestLine, lastDays, periodProblem, periodRequest } from './backtest';

describe('lastDays', () => {
  it('is the last 30 days to today, across a month', () => {
    expect(lastDays(30, new Date(Date.UTC(2026, 11, 6, 23, 59)))).toEqual({ from: '2026-11-06', to: '2026-12-06' });
    expect(lastDays(30, new Date(Date.UTC(2026, 2, 1)))).toEqual({ from: '2026-01-30', to: '2026-03-01' });
  });
});

describe('periodRequest', () => {
  it('ends after the last day, as the data view asks', () => {
    expect(periodRequest('2026-11-06', '2026-12-06')).toEqual({ from: '2026-11-06T00:00:00.000Z', to: '2026-12-07T00:00:00.000Z' });
    expect(periodRequest('2026-12-31', '2026-12-31').to).toBe('2027-01-01T00:00:00.000Z');
  });
});

describe('periodProblem', () => {
  it('wants both dates in order', () => {
    expect(periodProblem('2026-11-01', '2026-11-30')).toBeNull();
    expect(periodProblem('', '2026-11-30')).toMatch(/both/);
    expect(periodProblem('2026-12-01', '2026-11-30')).toMatch(/starts before/);
  });
});

describe('backtestLine', () => {
  const r = { from: '', to: '', examples: [], truncated: false };
  it('counts customers and times', () => {
    expect(backtestLine({ ...r, customers: 12, firings: 15 })).toBe('Would have fired for 12 customers (15 times)');
    expect(backtestLine({ ...r, customers: 1, firings: 1 })).toBe('Would have fired for 1 customer (1 time)');
    expect(backtestLine({ ...r, customers: 1200, firings: 3400 })).toBe('Would have fired for 1,200 customers (3,400 times)');
    expect(backtestLine({ ...r, customers: 0, firings: 0 })).toBe('Would not have fired in this period');
  });
});

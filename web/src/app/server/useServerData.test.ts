import type { UseQueryResult } from '@tanstack/react-query';
import { describe, expect, it } from 'vitest';
import { toLoad } from './useServerData';

// Only the fields toLoad reads; the rest of a query result does not matter here.
function query(fields: { data?: string[]; error?: unknown; isError?: boolean; isFetching?: boolean }): UseQueryResult<string[]> {
  return { data: undefined, error: null, isError: false, isFetching: false, ...fields } as unknown as UseQueryResult<string[]>;
}

describe('toLoad', () => {
  it('is idle while the view asks for nothing', () => {
    expect(toLoad(query({ data: ['a'] }), false)).toEqual({ state: 'idle' });
  });

  it('says why a request cannot be made instead of asking', () => {
    expect(toLoad(query({}), true, 'The end is before the start.')).toEqual({ state: 'invalid', message: 'The end is before the start.' });
  });

  it('is loading until the first answer', () => {
    expect(toLoad(query({ isFetching: true }), true)).toEqual({ state: 'loading' });
  });

  it('is ready with the value, refreshing while it is asked for again', () => {
    expect(toLoad(query({ data: ['a'] }), true)).toEqual({ state: 'ready', value: ['a'], refreshing: false });
    expect(toLoad(query({ data: ['a'], isFetching: true }), true)).toEqual({ state: 'ready', value: ['a'], refreshing: true });
  });

  it('shows an error, and a retry after it as loading', () => {
    const error = new Error('down');
    expect(toLoad(query({ isError: true, error }), true)).toEqual({ state: 'error', error });
    expect(toLoad(query({ isError: true, error, isFetching: true }), true)).toEqual({ state: 'loading' });
  });
});

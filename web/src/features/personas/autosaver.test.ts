import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { ApiError } from '../../api/http';
import { Autosaver, type AutosaveSnapshot } from './autosaver';

interface Doc { name: string }

function setup(write: (doc: Doc, etag: string) => Promise<string>) {
  const seen: AutosaveSnapshot[] = [];
  const saver = new Autosaver<Doc>({ name: 'A' }, '"1"', {
    delay: 600,
    retryDelays: [2000, 5000],
    write,
    check: (d): Record<string, string[]> => (d.name.trim() ? {} : { name: ['required'] }),
    onChange: (s) => seen.push(s),
  });
  return { saver, last: () => seen[seen.length - 1]! };
}

beforeEach(() => { vi.useFakeTimers(); });
afterEach(() => { vi.useRealTimers(); });

describe('Autosaver', () => {
  it('saves once, shortly after a burst of edits, with the ETag it read', async () => {
    const write = vi.fn((_d: Doc, etag: string) => Promise.resolve(`"${Number(etag.replaceAll('"', '')) + 1}"`));
    const { saver, last } = setup(write);
    saver.edit({ name: 'B' });
    saver.edit({ name: 'Bo' });
    expect(last().status).toBe('pending');
    await vi.advanceTimersByTimeAsync(599);
    expect(write).not.toHaveBeenCalled();
    await vi.advanceTimersByTimeAsync(1);
    expect(write).toHaveBeenCalledTimes(1);
    expect(write).toHaveBeenCalledWith({ name: 'Bo' }, '"1"');
    expect(last().status).toBe('saved');
    expect(saver.etag).toBe('"2"');
    expect(saver.dirty).toBe(false);
  });

  it('sends edits made during a write in the next write, never two at once', async () => {
    let finish: (etag: string) => void = () => {};
    const write = vi.fn(() => new Promise<string>((resolve) => { finish = resolve; }));
    const { saver, last } = setup(write);
    saver.edit({ name: 'B' });
    await vi.advanceTimersByTimeAsync(600);
    saver.edit({ name: 'C' });
    await vi.advanceTimersByTimeAsync(600);
    expect(write).toHaveBeenCalledTimes(1);
    finish('"2"');
    await vi.advanceTimersByTimeAsync(0);
    expect(last().status).toBe('pending');
    await vi.advanceTimersByTimeAsync(600);
    expect(write).toHaveBeenCalledTimes(2);
    expect(write).toHaveBeenLastCalledWith({ name: 'C' }, '"2"');
    finish('"3"');
    await vi.advanceTimersByTimeAsync(0);
    expect(last().status).toBe('saved');
  });

  it('retries a failed write with backoff and keeps the edit', async () => {
    const write = vi.fn()
      .mockRejectedValueOnce(new ApiError(0, { detail: 'offline' }))
      .mockRejectedValueOnce(new ApiError(503, { detail: 'busy' }))
      .mockResolvedValue('"2"');
    const { saver, last } = setup(write);
    saver.edit({ name: 'B' });
    await vi.advanceTimersByTimeAsync(600);
    expect(last().status).toBe('failed');
    expect(last().failure).toContain('2 s');
    await vi.advanceTimersByTimeAsync(2000);
    expect(write).toHaveBeenCalledTimes(2);
    expect(last().failure).toContain('5 s');
    await vi.advanceTimersByTimeAsync(5000);
    expect(write).toHaveBeenCalledTimes(3);
    expect(last().status).toBe('saved');
    expect(write).toHaveBeenLastCalledWith({ name: 'B' }, '"1"');
  });

  it('stops on a stale write until the user keeps theirs, then writes over the reported version', async () => {
    const write = vi.fn()
      .mockRejectedValueOnce(new ApiError(412, { currentVersion: 7, updatedBy: 'Ana' }))
      .mockResolvedValue('"8"');
    const { saver, last } = setup(write);
    saver.edit({ name: 'B' });
    await vi.advanceTimersByTimeAsync(600);
    expect(last().status).toBe('conflict');
    expect(last().conflict?.updatedBy).toBe('Ana');
    saver.edit({ name: 'Bee' });
    await vi.advanceTimersByTimeAsync(5000);
    expect(write).toHaveBeenCalledTimes(1);
    await saver.keepMine(7);
    expect(write).toHaveBeenLastCalledWith({ name: 'Bee' }, '"7"');
    expect(last().status).toBe('saved');
    expect(last().conflict).toBeNull();
  });

  it('does not send a document that fails the local checks, nor loop on a rejected one', async () => {
    const write = vi.fn().mockRejectedValue(new ApiError(400, { errors: { quote: ['too long'] } }));
    const { saver, last } = setup(write);
    saver.edit({ name: ' ' });
    await vi.advanceTimersByTimeAsync(600);
    expect(write).not.toHaveBeenCalled();
    expect(last()).toMatchObject({ status: 'invalid', problems: { name: ['required'] } });
    saver.edit({ name: 'B' });
    await vi.advanceTimersByTimeAsync(10_000);
    expect(write).toHaveBeenCalledTimes(1);
    expect(last()).toMatchObject({ status: 'invalid', problems: { quote: ['too long'] } });
  });

  it('reset after a reload leaves nothing to save', async () => {
    const write = vi.fn().mockRejectedValue(new ApiError(412, { currentVersion: 3 }));
    const { saver, last } = setup(write);
    saver.edit({ name: 'B' });
    await vi.advanceTimersByTimeAsync(600);
    saver.reset({ name: 'Theirs' }, '"3"');
    expect(saver.dirty).toBe(false);
    expect(last()).toMatchObject({ status: 'saved', conflict: null });
    expect(saver.current).toEqual({ name: 'Theirs' });
  });
});

import { describe, expect, it } from 'vitest';
import { clampPos, nextPos, pageRows } from './navigation';

const shape = { rows: 4, cols: 6 };

describe('nextPos', () => {
  it('moves one cell with the arrow keys and stops at the edges', () => {
    expect(nextPos({ row: 1, col: 1 }, { key: 'ArrowRight' }, shape)).toEqual({ row: 1, col: 2 });
    expect(nextPos({ row: 1, col: 1 }, { key: 'ArrowDown' }, shape)).toEqual({ row: 2, col: 1 });
    expect(nextPos({ row: 0, col: 0 }, { key: 'ArrowLeft' }, shape)).toEqual({ row: 0, col: 0 });
    expect(nextPos({ row: 0, col: 0 }, { key: 'ArrowUp' }, shape)).toEqual({ row: 0, col: 0 });
    expect(nextPos({ row: 3, col: 5 }, { key: 'ArrowRight' }, shape)).toEqual({ row: 3, col: 5 });
    expect(nextPos({ row: 3, col: 5 }, { key: 'ArrowDown' }, shape)).toEqual({ row: 3, col: 5 });
  });

  it('Home and End go to the row ends, with Ctrl to the grid corners', () => {
    expect(nextPos({ row: 2, col: 3 }, { key: 'Home' }, shape)).toEqual({ row: 2, col: 0 });
    expect(nextPos({ row: 2, col: 3 }, { key: 'End' }, shape)).toEqual({ row: 2, col: 5 });
    expect(nextPos({ row: 2, col: 3 }, { key: 'Home', ctrl: true }, shape)).toEqual({ row: 0, col: 0 });
    expect(nextPos({ row: 2, col: 3 }, { key: 'End', ctrl: true }, shape)).toEqual({ row: 3, col: 5 });
  });

  it('PageUp and PageDown jump several rows', () => {
    const tall = { rows: 20, cols: 3 };
    expect(nextPos({ row: 1, col: 2 }, { key: 'PageDown' }, tall)).toEqual({ row: 1 + pageRows, col: 2 });
    expect(nextPos({ row: 1, col: 2 }, { key: 'PageUp' }, tall)).toEqual({ row: 0, col: 2 });
  });

  it('ignores other keys and empty grids', () => {
    expect(nextPos({ row: 0, col: 0 }, { key: 'a' }, shape)).toBeNull();
    expect(nextPos({ row: 0, col: 0 }, { key: 'ArrowDown' }, { rows: 0, cols: 3 })).toBeNull();
  });

  it('brings a position from a larger grid back inside', () => {
    expect(nextPos({ row: 9, col: 9 }, { key: 'ArrowLeft' }, shape)).toEqual({ row: 3, col: 4 });
    expect(clampPos({ row: 9, col: -1 }, shape)).toEqual({ row: 3, col: 0 });
    expect(clampPos({ row: 2, col: 2 }, { rows: 0, cols: 0 })).toEqual({ row: 0, col: 0 });
  });
});

describe('nextPos with headers', () => {
  // Two stages: columns 0-2 and 3-5; four lanes.
  const withHeaders = { rows: 4, cols: 6, stageStarts: [0, 3] };

  it('goes up from the first row to the step header and then the stage header of that column', () => {
    expect(nextPos({ row: 0, col: 4 }, { key: 'ArrowUp' }, withHeaders)).toEqual({ row: -1, col: 4 });
    expect(nextPos({ row: -1, col: 4 }, { key: 'ArrowUp' }, withHeaders)).toEqual({ row: -2, col: 3 });
    expect(nextPos({ row: -2, col: 3 }, { key: 'ArrowUp' }, withHeaders)).toEqual({ row: -2, col: 3 });
    expect(nextPos({ row: -2, col: 3 }, { key: 'ArrowDown' }, withHeaders)).toEqual({ row: -1, col: 3 });
    expect(nextPos({ row: -1, col: 3 }, { key: 'ArrowDown' }, withHeaders)).toEqual({ row: 0, col: 3 });
  });

  it('moves between stages one stage at a time', () => {
    expect(nextPos({ row: -2, col: 0 }, { key: 'ArrowRight' }, withHeaders)).toEqual({ row: -2, col: 3 });
    expect(nextPos({ row: -2, col: 3 }, { key: 'ArrowRight' }, withHeaders)).toEqual({ row: -2, col: 3 });
    expect(nextPos({ row: -2, col: 3 }, { key: 'ArrowLeft' }, withHeaders)).toEqual({ row: -2, col: 0 });
    expect(nextPos({ row: -2, col: 0 }, { key: 'ArrowLeft' }, withHeaders)).toEqual({ row: -2, col: 0 });
  });

  it('goes left from the first column to the lane title and never into the corner', () => {
    expect(nextPos({ row: 2, col: 0 }, { key: 'ArrowLeft' }, withHeaders)).toEqual({ row: 2, col: -1 });
    expect(nextPos({ row: 2, col: -1 }, { key: 'ArrowRight' }, withHeaders)).toEqual({ row: 2, col: 0 });
    expect(nextPos({ row: 2, col: -1 }, { key: 'ArrowDown' }, withHeaders)).toEqual({ row: 3, col: -1 });
    expect(nextPos({ row: 0, col: -1 }, { key: 'ArrowUp' }, withHeaders)).toEqual({ row: 0, col: -1 });
    expect(nextPos({ row: -1, col: 0 }, { key: 'ArrowLeft' }, withHeaders)).toEqual({ row: -1, col: 0 });
  });

  it('reaches step headers of a map without lanes', () => {
    const noLanes = { rows: 0, cols: 6, stageStarts: [0, 3] };
    expect(nextPos({ row: -1, col: 1 }, { key: 'ArrowRight' }, noLanes)).toEqual({ row: -1, col: 2 });
    expect(nextPos({ row: -1, col: 1 }, { key: 'ArrowDown' }, noLanes)).toEqual({ row: -1, col: 1 });
  });

  it('keeps moving inside the body as before', () => {
    expect(nextPos({ row: 1, col: 1 }, { key: 'ArrowUp' }, withHeaders)).toEqual({ row: 0, col: 1 });
    expect(nextPos({ row: 1, col: 1 }, { key: 'ArrowLeft' }, withHeaders)).toEqual({ row: 1, col: 0 });
  });
});

// Where focus goes when a key is pressed in the grid: pure maths over row and column numbers, so it is tested
// without a browser. Rows that span every column (the emotion curve) keep the column the person came from.

export interface GridPos {
  row: number;
  col: number;
}

export interface GridShape {
  rows: number;
  cols: number;
  /**
   * The first column of each stage, ascending. When given, focus can also reach the headers: row -1 is the step
   * headers, row -2 the stage headers (one stop per stage), column -1 the lane titles.
   */
  stageStarts?: readonly number[];
}

/** Row numbers of the header rows and the column of lane titles. */
export const stepHeaderRow = -1;
export const stageHeaderRow = -2;
export const laneTitleCol = -1;

export interface NavKey {
  key: string;
  ctrl?: boolean;
}

/** Rows moved by PageUp/PageDown. */
export const pageRows = 5;

const clamp = (value: number, max: number) => Math.max(0, Math.min(max, value));

/** The next focused cell for a navigation key, or null when the key does not move focus. */
export function nextPos(pos: GridPos, nav: NavKey, shape: GridShape): GridPos | null {
  if (shape.stageStarts && (pos.row < 0 || pos.col < 0 || isHeaderMove(pos, nav.key))) return nextWithHeaders(pos, nav, shape);
  if (shape.rows === 0 || shape.cols === 0) return null;
  const lastRow = shape.rows - 1;
  const lastCol = shape.cols - 1;
  const here = { row: clamp(pos.row, lastRow), col: clamp(pos.col, lastCol) };
  switch (nav.key) {
    case 'ArrowLeft': return { ...here, col: clamp(here.col - 1, lastCol) };
    case 'ArrowRight': return { ...here, col: clamp(here.col + 1, lastCol) };
    case 'ArrowUp': return { ...here, row: clamp(here.row - 1, lastRow) };
    case 'ArrowDown': return { ...here, row: clamp(here.row + 1, lastRow) };
    case 'Home': return nav.ctrl ? { row: 0, col: 0 } : { ...here, col: 0 };
    case 'End': return nav.ctrl ? { row: lastRow, col: lastCol } : { ...here, col: lastCol };
    case 'PageUp': return { ...here, row: clamp(here.row - pageRows, lastRow) };
    case 'PageDown': return { ...here, row: clamp(here.row + pageRows, lastRow) };
    default: return null;
  }
}

/** Keeps a remembered position inside a grid that shrank (a lane or step was deleted). */
export function clampPos(pos: GridPos, shape: GridShape): GridPos {
  return { row: clamp(pos.row, Math.max(0, shape.rows - 1)), col: clamp(pos.col, Math.max(0, shape.cols - 1)) };
}

function isHeaderMove(pos: GridPos, key: string): boolean {
  return (pos.row === 0 && key === 'ArrowUp') || (pos.col === 0 && key === 'ArrowLeft');
}

/** The stage containing a column: the index of the last stage start at or before it. */
function stageOfCol(col: number, starts: readonly number[]): number {
  let at = 0;
  starts.forEach((start, i) => { if (start <= col) at = i; });
  return at;
}

function nextWithHeaders(pos: GridPos, nav: NavKey, shape: GridShape): GridPos | null {
  const starts = shape.stageStarts ?? [];
  const lastRow = shape.rows - 1;
  const lastCol = shape.cols - 1;
  if (shape.cols === 0) return null;
  const { row, col } = pos;
  const allowed = (p: GridPos) => !(p.row < 0 && p.col < 0) && p.row <= lastRow && p.col <= lastCol;
  const go = (p: GridPos) => (allowed(p) ? p : pos);
  switch (nav.key) {
    case 'ArrowUp': return go({ row: Math.max(stageHeaderRow, row - 1), col: row - 1 === stageHeaderRow ? starts[stageOfCol(col, starts)] ?? col : col });
    case 'ArrowDown': return go({ row: row + 1, col });
    case 'ArrowLeft':
      if (row === stageHeaderRow) return go({ row, col: starts[stageOfCol(col, starts) - 1] ?? col });
      return go({ row, col: Math.max(laneTitleCol, col - 1) });
    case 'ArrowRight':
      if (row === stageHeaderRow) return go({ row, col: starts[stageOfCol(col, starts) + 1] ?? col });
      return go({ row, col: col + 1 });
    case 'Home': return nav.ctrl ? { row: 0, col: 0 } : go({ row, col: row === stageHeaderRow ? starts[0] ?? 0 : 0 });
    case 'End': return nav.ctrl ? { row: Math.max(0, lastRow), col: lastCol } : go({ row, col: row === stageHeaderRow ? starts[starts.length - 1] ?? lastCol : lastCol });
    default: return null;
  }
}

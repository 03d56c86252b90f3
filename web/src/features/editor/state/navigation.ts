// Where focus goes when a key is pressed in the grid: pure maths over row and column numbers, so it is tested
// without a browser. Rows that span every column (the emotion curve) keep the column the person came from.

export interface GridPos {
  row: number;
  col: number;
}

export interface GridShape {
  rows: number;
  cols: number;
}

export interface NavKey {
  key: string;
  ctrl?: boolean;
}

/** Rows moved by PageUp/PageDown. */
export const pageRows = 5;

const clamp = (value: number, max: number) => Math.max(0, Math.min(max, value));

/** The next focused cell for a navigation key, or null when the key does not move focus. */
export function nextPos(pos: GridPos, nav: NavKey, shape: GridShape): GridPos | null {
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

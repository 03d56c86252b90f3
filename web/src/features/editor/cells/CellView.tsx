// Placeholder: shows a cell's text. The lane-kind widgets replace this.
import type { CellProps } from './types';

export function CellView({ cell }: CellProps) {
  return <div>{cell?.text ?? ''}</div>;
}

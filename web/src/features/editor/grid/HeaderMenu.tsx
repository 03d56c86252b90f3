// A stage's or step's "⋯" menu: its changes with a comment item after the first two; in a read-only grid only the
// comment item (for those who may comment), and no menu at all when nothing is left.
import { Menu, type MenuItem } from './Menu';

interface HeaderMenuProps {
  label: string;
  testId?: string;
  /** "Comment on …"; null when the caller may not comment. */
  comment: MenuItem | null;
  readOnly: boolean;
  items: MenuItem[];
}

export function HeaderMenu({ label, testId, comment, readOnly, items }: HeaderMenuProps) {
  const shown = readOnly ? (comment ? [comment] : []) : comment ? [...items.slice(0, 2), comment, ...items.slice(2)] : items;
  return shown.length === 0 ? null : <Menu label={label} testId={testId} items={shown} />;
}

// A stage's or step's "⋯" menu: its changes with a comment item after the first two; in a read-only grid only the
// comment item (for those who may comment) and the items any reader may use (what-if), and no menu at all when
// nothing is left.
import { Menu, type MenuItem } from './Menu';

interface HeaderMenuProps {
  label: string;
  testId?: string;
  /** "Comment on …"; null when the caller may not comment. */
  comment: MenuItem | null;
  readOnly: boolean;
  items: MenuItem[];
  /** Items for every reader, after the comment item (e.g. "What if…"); none when left out. */
  readerItems?: MenuItem[];
}

export function HeaderMenu({ label, testId, comment, readOnly, items, readerItems = [] }: HeaderMenuProps) {
  const head = comment ? [comment] : [];
  const shown = readOnly
    ? [...head, ...readerItems.map((item, i) => (i === 0 && head.length === 0 ? { ...item, separated: false } : item))]
    : [...items.slice(0, 2), ...head, ...readerItems, ...items.slice(2)];
  return shown.length === 0 ? null : <Menu label={label} testId={testId} items={shown} />;
}

// The selection's tag menu: put a tag on the selected items (or take it off), or make a new tag and put it on.
// Renaming and deleting a tag live here too, for editors, so a team tidies its tags where it uses them.
import { useRef, useState, type FormEvent, type KeyboardEvent } from 'react';
import type { Named } from './ExplorerFilters';
import styles from './Explorer.module.css';

interface Props {
  tags: readonly Named[];
  /** "3 items", "all 1,204 matching" */
  what: string;
  busy: boolean;
  onApply: (tagId: string, add: boolean) => void;
  onCreate: (name: string) => void;
  onRename: (tagId: string, name: string) => void;
  onDelete: (tagId: string) => void;
}

export function TagMenu({ tags, what, busy, onApply, onCreate, onRename, onDelete }: Props) {
  const ref = useRef<HTMLDetailsElement>(null);
  const [name, setName] = useState('');
  const [renaming, setRenaming] = useState<{ id: string; name: string } | null>(null);
  const close = () => { if (ref.current) ref.current.open = false; };
  const create = (e: FormEvent) => {
    e.preventDefault();
    if (!name.trim()) return;
    onCreate(name.trim());
    setName('');
    close();
  };
  const onKey = (e: KeyboardEvent) => {
    if (e.key === 'Escape' && ref.current?.open) { close(); ref.current.querySelector('summary')?.focus(); }
  };
  return (
    <details ref={ref} className={styles.menu} data-testid="tag-menu" onKeyDown={onKey}>
      <summary className="btn btn-sm btn-primary">Tag {what}</summary>
      <div className={`${styles.menuPanel} ${styles.tagPanel}`}>
        <form className={styles.newTag} onSubmit={create}>
          <input className="input" placeholder="New tag" aria-label="New tag's name" maxLength={100} value={name}
            onChange={(e) => setName(e.target.value)} data-testid="tag-new-name" />
          <button type="submit" className="btn btn-sm" disabled={busy || !name.trim()} data-testid="tag-new">Create and tag</button>
        </form>
        {tags.length === 0 && <p className="muted">No tags yet.</p>}
        <ul className={styles.tagList}>
          {tags.map((t) => (
            <li key={t.id} className={styles.tagRow}>
              {renaming?.id === t.id
                ? (
                  <form className={styles.newTag} onSubmit={(e) => { e.preventDefault(); onRename(t.id, renaming.name); setRenaming(null); }}>
                    <input className="input" aria-label={`New name for ${t.name}`} value={renaming.name} maxLength={100} autoFocus
                      onChange={(e) => setRenaming({ id: t.id, name: e.target.value })} />
                    <button type="submit" className="btn btn-sm" disabled={!renaming.name.trim()}>Save</button>
                  </form>
                )
                : (
                  <>
                    <span className={styles.tagName}>{t.name}</span>
                    <button type="button" className="btn btn-sm" disabled={busy} data-testid="tag-apply" onClick={() => { onApply(t.id, true); close(); }}>Add</button>
                    <button type="button" className="btn btn-sm btn-ghost" disabled={busy} onClick={() => { onApply(t.id, false); close(); }}>Remove</button>
                    <button type="button" className="btn btn-sm btn-ghost" onClick={() => setRenaming({ id: t.id, name: t.name })}>Rename</button>
                    <button type="button" className="btn btn-sm btn-ghost" onClick={() => { if (confirm(`Delete the tag “${t.name}” from every item?`)) onDelete(t.id); }}>Delete</button>
                  </>
                )}
            </li>
          ))}
        </ul>
      </div>
    </details>
  );
}

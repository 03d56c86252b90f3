// The map's name, editable in place in the top bar: Enter or leaving the field keeps it, Esc restores it.
import { useState } from 'react';
import styles from './toolbar.module.css';

export function MapNameField({ name, onRename }: { name: string; onRename: (name: string) => void }) {
  const [draft, setDraft] = useState(name);
  // A new name from outside (undo, a reload) replaces the draft.
  const [draftOf, setDraftOf] = useState(name);
  if (name !== draftOf) {
    setDraftOf(name);
    setDraft(name);
  }
  const commit = () => {
    const text = draft.trim();
    if (text && text !== name) onRename(text);
    else setDraft(name);
  };
  return (
    <span className={styles.nameWrap} data-value={draft || ' '}>
    <input
      className={styles.name}
      aria-label="Map name"
      data-testid="map-name"
      value={draft}
      maxLength={200}
      size={1}
      onChange={(e) => setDraft(e.target.value)}
      onBlur={commit}
      onKeyDown={(e) => {
        if (e.key === 'Enter') { e.preventDefault(); e.currentTarget.blur(); }
        if (e.key === 'Escape') { e.preventDefault(); setDraft(name); requestAnimationFrame(() => (e.target as HTMLInputElement).blur()); }
      }}
    />
    </span>
  );
}

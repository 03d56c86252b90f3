// An editable list of short texts: Enter adds the next item, Backspace on an empty item removes it,
// Alt+Arrow moves an item; every action also has a labelled button.
import { useEffect, useRef, useState, type KeyboardEvent } from 'react';
import { insertAt, moveItem, removeAt, updateAt } from './listEdit';
import styles from './PersonaSheet.module.css';

interface ListEditorProps {
  label: string;
  /** What one item is called, for button labels ("Add need"). */
  itemName: string;
  items: string[] | undefined;
  onChange: (items: string[]) => void;
  problems?: string[];
  placeholder?: string;
}

export function ListEditor({ label, itemName, items = [], onChange, problems = [], placeholder }: ListEditorProps) {
  const listRef = useRef<HTMLOListElement>(null);
  // The item to focus once the next render has drawn it; each request is a new object, so it is focused once.
  const [focusAfter, setFocusAfter] = useState<{ index: number } | null>(null);

  useEffect(() => {
    if (focusAfter === null) return;
    listRef.current?.querySelectorAll<HTMLInputElement>('input')[focusAfter.index]?.focus();
  }, [focusAfter]);

  const change = (next: string[], focus: number | null) => {
    onChange(next);
    setFocusAfter(focus === null ? null : { index: focus });
  };

  const onKey = (e: KeyboardEvent<HTMLInputElement>, i: number) => {
    if (e.key === 'Enter') {
      e.preventDefault();
      change(insertAt(items, i + 1), i + 1);
    } else if (e.key === 'Backspace' && items[i] === '') {
      e.preventDefault();
      change(removeAt(items, i), Math.max(0, i - 1));
    } else if (e.altKey && (e.key === 'ArrowUp' || e.key === 'ArrowDown')) {
      e.preventDefault();
      const to = e.key === 'ArrowUp' ? i - 1 : i + 1;
      if (to >= 0 && to < items.length) change(moveItem(items, i, to), to);
    }
  };

  return (
    <section className={styles.listSection} aria-label={label}>
      <h3 className={styles.sectionTitle}>{label}</h3>
      {items.length > 0 && (
        <ol className={styles.list} ref={listRef}>
          {items.map((item, i) => (
            <li key={i} className={styles.listItem}>
              <span className={styles.bullet} aria-hidden="true" />
              <input
                className={styles.itemInput}
                value={item}
                aria-label={`${label}, item ${i + 1} of ${items.length}`}
                placeholder={placeholder}
                onChange={(e) => onChange(updateAt(items, i, e.target.value))}
                onKeyDown={(e) => onKey(e, i)}
                maxLength={4000}
              />
              <span className={styles.itemTools}>
                <button type="button" className="icon-btn" aria-label={`Move ${itemName} ${i + 1} up`} title="Move up (Alt+↑)" disabled={i === 0} onClick={() => change(moveItem(items, i, i - 1), null)}>↑</button>
                <button type="button" className="icon-btn" aria-label={`Move ${itemName} ${i + 1} down`} title="Move down (Alt+↓)" disabled={i === items.length - 1} onClick={() => change(moveItem(items, i, i + 1), null)}>↓</button>
                <button type="button" className="icon-btn" aria-label={`Remove ${itemName} ${i + 1}`} title="Remove" onClick={() => change(removeAt(items, i), null)}>✕</button>
              </span>
            </li>
          ))}
        </ol>
      )}
      <button type="button" className={`btn btn-ghost btn-sm ${styles.addButton}`} onClick={() => change(insertAt(items, items.length), items.length)}>
        + Add {itemName}
      </button>
      {problems.length > 0 && <FieldProblems problems={problems} />}
    </section>
  );
}

export function FieldProblems({ problems }: { problems: string[] }) {
  return <ul className={styles.fieldProblems} role="alert">{problems.map((p, i) => <li key={i}>{p}</li>)}</ul>;
}

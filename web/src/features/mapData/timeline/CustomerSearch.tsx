// Customer look-up: a combobox that suggests customer ids as you type (most active customers when empty). Arrow
// keys move through the suggestions, Enter opens one (or the id as typed), Esc closes the list.
import { api } from '../../../api/client';
import { useEffect, useId, useRef, useState, type KeyboardEvent } from 'react';
import { type CustomerSummary } from '../../../api/evidence';
import { keys } from '../../../app/server/keys';
import { useServerData } from '../../../app/server/useServerData';
import { formatCount } from '../paths/pathsView';
import { splitMatch } from './timelineView';
import styles from './Timeline.module.css';

const noRows: CustomerSummary[] = [];
const dateFormat = new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'short', year: 'numeric' });

export function CustomerSearch({ workspaceId, onOpen, initial = '' }: { workspaceId: string; onOpen: (id: string) => void; initial?: string }) {
  const [text, setText] = useState(initial);
  const [open, setOpen] = useState(false);
  const [active, setActive] = useState(-1);
  const listId = useId();
  const inputId = useId();
  const input = useRef<HTMLInputElement>(null);

  useEffect(() => { input.current?.focus(); }, []);
  // The look-up follows the typing 150 ms behind; the suggestions on screen stay until the next ones arrive.
  const [asked, setAsked] = useState(initial.trim());
  useEffect(() => {
    const timer = window.setTimeout(() => setAsked(text.trim()), 150);
    return () => window.clearTimeout(timer);
  }, [text]);
  const { load: suggestions } = useServerData({
    key: keys.customers(workspaceId, asked),
    enabled: open,
    keepPrevious: true,
    fetch: (signal) => api.customers.search(workspaceId, asked, 8, signal),
  });
  const rows = suggestions.state === 'ready' ? suggestions.value : noRows;
  // New suggestions start with none of them chosen.
  const [rowsShown, setRowsShown] = useState(rows);
  if (rows !== rowsShown) {
    setRowsShown(rows);
    setActive(-1);
  }
  const choose = (id: string) => {
    if (!id.trim()) return;
    setText(id);
    setOpen(false);
    onOpen(id);
  };
  const onKey = (e: KeyboardEvent<HTMLInputElement>) => {
    if (e.key === 'ArrowDown') { e.preventDefault(); setOpen(true); setActive((a) => Math.min(rows.length - 1, a + 1)); }
    else if (e.key === 'ArrowUp') { e.preventDefault(); setActive((a) => Math.max(-1, a - 1)); }
    else if (e.key === 'Enter') { e.preventDefault(); choose(active >= 0 && rows[active] ? rows[active].id : text.trim()); }
    else if (e.key === 'Escape' && open) { e.preventDefault(); e.stopPropagation(); setOpen(false); }
  };

  return (
    <div className={styles.search}>
      <label htmlFor={inputId} className={styles.searchLabel}>Customer id</label>
      <div className={styles.searchBox}>
        <svg width="16" height="16" viewBox="0 0 16 16" aria-hidden="true" className={styles.searchIcon}>
          <circle cx="7" cy="7" r="4.5" stroke="currentColor" strokeWidth="1.6" fill="none" />
          <path d="M10.5 10.5 14 14" stroke="currentColor" strokeWidth="1.6" strokeLinecap="round" />
        </svg>
        <input
          ref={input}
          id={inputId}
          className={`input ${styles.searchInput}`}
          data-testid="customer-search"
          role="combobox"
          aria-expanded={open}
          aria-controls={listId}
          aria-autocomplete="list"
          aria-activedescendant={open && active >= 0 ? `${listId}-${active}` : undefined}
          autoComplete="off"
          spellCheck={false}
          placeholder="Type an id, e.g. cus-01645"
          value={text}
          onChange={(e) => { setText(e.target.value); setOpen(true); }}
          onFocus={() => setOpen(true)}
          onBlur={() => setOpen(false)}
          onKeyDown={onKey}
        />
      </div>
      {open && (
        <ul id={listId} role="listbox" aria-label="Matching customers" className={styles.suggestions} data-testid="customer-suggestions">
          {suggestions.state === 'loading' && <li className={styles.suggestNote} role="presentation">Searching…</li>}
          {suggestions.state === 'error' && <li className={styles.suggestNote} role="presentation">Customers could not be searched.</li>}
          {suggestions.state === 'ready' && rows.length === 0 && (
            <li className={styles.suggestNote} role="presentation">
              {text.trim() ? `No customer id starts with “${text.trim()}”.` : 'No customers in this workspace yet.'}
            </li>
          )}
          {rows.map((c, i) => {
            const [match, rest] = splitMatch(c.id, text);
            return (
              <li
                key={c.id}
                id={`${listId}-${i}`}
                role="option"
                aria-selected={i === active}
                className={styles.suggestion}
                data-testid="customer-suggestion"
                onMouseDown={(e) => e.preventDefault()}
                onClick={() => choose(c.id)}
              >
                <span className={styles.suggestId}><strong>{match}</strong>{rest}</span>
                <span className={styles.suggestMeta}>
                  {formatCount(c.events)} {c.events === 1 ? 'event' : 'events'}
                  {c.lastSeen && ` · last ${dateFormat.format(new Date(c.lastSeen))}`}
                </span>
              </li>
            );
          })}
        </ul>
      )}
    </div>
  );
}

// Writes a comment. Enter sends, Shift+Enter starts a new line, "@" opens the list of members to mention (arrows to
// choose, Enter or Tab to pick, Esc to close it). What is typed is sent as text; only picked people become mentions.
import { useContext, useId, useLayoutEffect, useRef, useState, type KeyboardEvent } from 'react';
import { ApiError } from '../../api/http';
import { fromDraft, insertMention, mentionAt, toDraft, type Mentioned } from './mentions';
import { PanelContext } from './PanelContext';
import { matchMembers, useMembers } from './useMembers';
import styles from './Comments.module.css';

const maxLength = 5000;

interface ComposerProps {
  workspaceId: string;
  label: string;
  placeholder: string;
  submitLabel: string;
  /** A stored body to start from (editing a comment). */
  initial?: string;
  autoFocus?: boolean;
  onSubmit: (body: string) => Promise<unknown>;
  onCancel?: () => void;
}

export function Composer({ workspaceId, label, placeholder, submitLabel, initial, autoFocus, onSubmit, onCancel }: ComposerProps) {
  const [draft, setDraft] = useState(() => toDraft(initial ?? ''));
  const [query, setQuery] = useState<{ start: number; query: string } | null>(null);
  const [active, setActive] = useState(0);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const members = useMembers(workspaceId, useContext(PanelContext)?.mentions ?? true);
  const field = useRef<HTMLTextAreaElement>(null);
  // Where the caret goes once a picked mention is in the field: set as the new text is drawn, before the next key is
  // handled (a caret set a frame later put letters typed fast after a pick at the end of the text).
  const caretAfterPick = useRef<number | null>(null);
  useLayoutEffect(() => {
    const caret = caretAfterPick.current;
    if (caret === null || !field.current) return;
    caretAfterPick.current = null;
    field.current.focus();
    field.current.setSelectionRange(caret, caret);
  });
  const listId = useId();
  const options = query ? matchMembers(members, query.query) : [];
  const showList = options.length > 0;

  const track = (text: string, caret: number) => {
    setDraft((d) => ({ ...d, text }));
    setQuery(mentionAt(text, caret));
    setActive(0);
  };

  const pick = (person: Mentioned) => {
    const el = field.current;
    if (!el || !query) return;
    const next = insertMention(draft.text, query.start, el.selectionStart, person);
    setDraft((d) => ({ text: next.text, picked: d.picked.some((p) => p.userId === person.userId) ? d.picked : [...d.picked, person] }));
    setQuery(null);
    caretAfterPick.current = next.caret;
  };

  const submit = async () => {
    const body = fromDraft(draft.text, draft.picked);
    if (!body || busy) return;
    setBusy(true);
    setError(null);
    try {
      await onSubmit(body);
      setDraft({ text: '', picked: [] });
    } catch (e) {
      setError(e instanceof ApiError ? e.messages.join(' ') : 'The comment could not be sent.');
    } finally {
      setBusy(false);
    }
  };

  const onKey = (e: KeyboardEvent<HTMLTextAreaElement>) => {
    if (e.nativeEvent.isComposing) return;
    if (showList && (e.key === 'ArrowDown' || e.key === 'ArrowUp')) {
      e.preventDefault();
      setActive((a) => (a + (e.key === 'ArrowDown' ? 1 : -1) + options.length) % options.length);
    } else if (showList && (e.key === 'Enter' || e.key === 'Tab')) {
      e.preventDefault();
      pick(options[active] ?? options[0]!);
    } else if (e.key === 'Escape' && (showList || onCancel)) {
      e.preventDefault();
      e.stopPropagation();
      if (showList) setQuery(null); else onCancel?.();
    } else if (e.key === 'Enter' && !e.shiftKey) {
      e.preventDefault();
      void submit();
    }
  };

  const length = draft.text.length;
  return (
    <div className={styles.composer}>
      {showList && (
        <ul id={listId} role="listbox" aria-label="Members to mention" className={styles.mentionList} data-testid="mention-list">
          {options.map((m, i) => (
            <li key={m.userId} id={`${listId}-${i}`} role="option" aria-selected={i === active} className={styles.mentionOption}
              onMouseDown={(e) => { e.preventDefault(); pick(m); }}>
              {m.displayName}
            </li>
          ))}
        </ul>
      )}
      <textarea
        ref={field}
        className={`textarea ${styles.field}`}
        aria-label={label}
        placeholder={placeholder}
        value={draft.text}
        rows={2}
        maxLength={maxLength}
        autoFocus={autoFocus}
        readOnly={busy}
        aria-autocomplete="list"
        aria-controls={showList ? listId : undefined}
        aria-activedescendant={showList ? `${listId}-${active}` : undefined}
        data-testid="comment-composer"
        onChange={(e) => track(e.target.value, e.target.selectionStart)}
        onSelect={(e) => setQuery(mentionAt(e.currentTarget.value, e.currentTarget.selectionStart))}
        onKeyDown={onKey}
      />
      {error && <p className={styles.error} role="alert">{error}</p>}
      <div className={styles.composerBar}>
        <span className={styles.hint}>{length > maxLength - 500 ? `${length} / ${maxLength}` : 'Enter to send · Shift+Enter for a new line'}</span>
        {onCancel && <button type="button" className="btn btn-sm btn-ghost" onClick={onCancel}>Cancel</button>}
        <button type="button" className="btn btn-sm btn-primary" disabled={busy || draft.text.trim() === ''} onClick={() => void submit()}
          data-testid="comment-send">
          {submitLabel}
        </button>
      </div>
    </div>
  );
}

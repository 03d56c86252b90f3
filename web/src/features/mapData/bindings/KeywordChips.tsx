// The binding dialog's "Feedback keywords": chips for the words that place feedback on the step when its text
// mentions them. Enter (or a comma) adds what is typed, Backspace in the empty field removes the last chip, × removes one.
//
// data-testid: binding-keywords (the section), binding-keyword-input, binding-keyword (each chip, data-keyword),
// binding-keyword-remove (its × button), binding-keyword-problem.
import { useId, useRef, useState } from 'react';
import { addKeywords, maxKeywordLength, maxKeywords, removeKeyword } from './keywords';
import styles from './Bindings.module.css';

interface KeywordChipsProps {
  keywords: string[];
  onChange: (keywords: string[]) => void;
  problem?: string;
}

export function KeywordChips({ keywords, onChange, problem }: KeywordChipsProps) {
  const heading = useId();
  const hint = useId();
  const inputId = useId();
  const [text, setText] = useState('');
  const [error, setError] = useState<string | undefined>();
  const input = useRef<HTMLInputElement>(null);
  const add = (): boolean => {
    if (!text.trim()) return false;
    const next = addKeywords(keywords, text);
    setError(next.error);
    if (next.list.length !== keywords.length) onChange(next.list);
    if (!next.error) setText('');
    return true;
  };
  const remove = (index: number) => {
    onChange(removeKeyword(keywords, index));
    setError(undefined);
    input.current?.focus();
  };
  const shown = error ?? problem;
  return (
    <section className={styles.section} aria-labelledby={heading} data-testid="binding-keywords">
      <h3 id={heading} className={styles.sectionTitle}>
        Feedback keywords
        {keywords.length > 0 ? <span className={styles.tally}>{keywords.length}</span> : <span className={styles.optional}>optional</span>}
      </h3>
      <p id={hint} className={styles.hint}>
        Feedback that nothing else places (no step, activity or recent event) lands on this step when its text mentions
        one of these words. Press Enter after each; up to {maxKeywords}.
      </p>
      <div className={styles.keywordBox} onClick={() => input.current?.focus()}>
        {keywords.length > 0 && (
          <ul className={styles.keywordList} aria-label="Feedback keywords">
            {keywords.map((k, i) => (
              <li key={k} className={styles.chip} data-testid="binding-keyword" data-keyword={k}>
                <span className={styles.chipName} title={k}>{k}</span>
                <button type="button" className={styles.chipRemove} aria-label={`Remove keyword ${k}`} title="Remove"
                  data-testid="binding-keyword-remove" onClick={(e) => { e.stopPropagation(); remove(i); }}>✕</button>
              </li>
            ))}
          </ul>
        )}
        <label htmlFor={inputId} className="visually-hidden">Add a feedback keyword</label>
        <input id={inputId} ref={input} className={styles.keywordInput} value={text} maxLength={maxKeywordLength * 4}
          placeholder={keywords.length >= maxKeywords ? 'Keyword limit reached' : 'Add a keyword'}
          aria-describedby={hint} aria-invalid={shown ? true : undefined} data-testid="binding-keyword-input"
          onChange={(e) => { setText(e.target.value); setError(undefined); }}
          onBlur={() => { add(); }}
          onKeyDown={(e) => {
            if (e.key === 'Enter' || e.key === ',') {
              // Enter adds the keyword; it never saves the dialog half-typed.
              e.preventDefault();
              add();
            } else if (e.key === 'Backspace' && text === '' && keywords.length > 0) {
              e.preventDefault();
              remove(keywords.length - 1);
            }
          }} />
      </div>
      {shown && <p className={styles.problem} role="alert" data-testid="binding-keyword-problem">{shown}</p>}
    </section>
  );
}

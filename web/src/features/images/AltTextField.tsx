// The alt text of an image: what it shows, or marked decorative (stored as an empty alt, as in HTML). One of the two
// is asked for; neither is an error the editor shows.
import { useId } from 'react';
import { altProblem } from './altText';
import styles from './Images.module.css';

interface AltTextFieldProps {
  /** undefined: not given yet; "": decorative; text: described. */
  alt: string | undefined;
  onChange: (alt: string | undefined) => void;
  /** Show the missing-alt message (after a try to save, or once an image is set). */
  showProblem: boolean;
  decorativeHint: string;
}

export function AltTextField({ alt, onChange, showProblem, decorativeHint }: AltTextFieldProps) {
  const ids = { alt: useId(), problem: useId() };
  const decorative = alt === '';
  const problem = showProblem ? altProblem(alt) : null;
  return (
    <div className={styles.alt}>
      <label htmlFor={ids.alt} className={styles.altLabel}>Alt text</label>
      <input id={ids.alt} className="input" value={decorative ? '' : alt ?? ''} maxLength={500} disabled={decorative}
        placeholder={decorative ? 'Decorative: no description' : 'What the image shows'} data-testid="image-alt"
        aria-invalid={problem ? true : undefined} aria-describedby={problem ? ids.problem : undefined}
        onChange={(e) => onChange(e.target.value === '' ? undefined : e.target.value)} />
      <label className={styles.decorative}>
        <input type="checkbox" checked={decorative} data-testid="image-decorative"
          onChange={(e) => onChange(e.target.checked ? '' : undefined)} />
        Decorative <span className={styles.hint}>({decorativeHint})</span>
      </label>
      {problem && <p id={ids.problem} className={styles.error} role="alert">{problem}</p>}
    </div>
  );
}

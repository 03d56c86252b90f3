// A labelled field of the rule editor with its problem under it (the server's or the form's), tied to the control
// by aria-describedby so a screen reader reads it with the field.
import { useId, type ReactNode } from 'react';
import styles from './Rules.module.css';

interface Props {
  label: ReactNode;
  error?: string;
  hint?: ReactNode;
  /** Draws the control; `id` goes on it, `described` on aria-describedby when there is a problem or hint. */
  children: (a11y: { id: string; 'aria-invalid'?: true; 'aria-describedby'?: string }) => ReactNode;
  className?: string;
}

export function Field({ label, error, hint, children, className }: Props) {
  const id = useId();
  const note = `${id}-note`;
  return (
    <div className={`field ${className ?? ''}`}>
      <label htmlFor={id}>{label}</label>
      {children({ id, 'aria-invalid': error ? true : undefined, 'aria-describedby': error || hint ? note : undefined })}
      {error ? <span id={note} className={styles.fieldError} data-testid="field-error">{error}</span>
        : hint ? <span id={note} className={styles.hint}>{hint}</span> : null}
    </div>
  );
}

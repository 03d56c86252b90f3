// A number typed as text: what is typed stays as typed (so "1." or "-" can be on the way to a number), and the
// value is reported once it parses (blank reports undefined).
import { useState } from 'react';
import { parseTarget } from '../cells/kpiFormat';

export function NumberField({ value, onValue, label, placeholder, onBlur }: {
  value: number | undefined; onValue: (v: number | undefined) => void; label: string; placeholder?: string; onBlur?: () => void;
}) {
  const [text, setText] = useState(value?.toString() ?? '');
  // A new value from outside (undo, another field) replaces the text unless the text already reads as that value.
  const [textOf, setTextOf] = useState(value);
  if (!Object.is(value, textOf)) {
    setTextOf(value);
    setText((t) => (parseTarget(t) === value ? t : value?.toString() ?? ''));
  }
  const bad = text.trim() !== '' && parseTarget(text) === undefined;
  return (
    <input className="input" inputMode="decimal" value={text} aria-label={label} placeholder={placeholder} aria-invalid={bad}
      title={bad ? 'Type a number' : undefined} onBlur={onBlur}
      onChange={(e) => {
        setText(e.target.value);
        const n = parseTarget(e.target.value);
        if (n !== undefined || e.target.value.trim() === '') onValue(n);
      }} />
  );
}

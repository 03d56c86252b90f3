// Editing a point's label in place: Enter keeps it, Esc drops the change, leaving the field keeps it.
import { useEffect, useRef, useState } from 'react';
import styles from './EmotionCurve.module.css';

export function LabelEditor({ x, y, initial, stepName, onDone }: {
  x: number; y: number; initial: string; stepName: string;
  onDone: (label: string | null) => void;
}) {
  const [value, setValue] = useState(initial);
  const done = useRef(false);
  const ref = useRef<HTMLInputElement>(null);
  useEffect(() => {
    ref.current?.focus();
    ref.current?.select();
  }, []);
  const finish = (label: string | null) => {
    if (done.current) return;
    done.current = true;
    onDone(label);
  };
  return (
    <input ref={ref} className={`input ${styles.labelInput}`} style={{ left: x, top: y }} value={value} maxLength={80}
      aria-label={`Label of the emotion at ${stepName}`} placeholder="Label"
      onChange={(e) => setValue(e.target.value)}
      onKeyDown={(e) => {
        e.stopPropagation();
        if (e.key === 'Enter') { e.preventDefault(); finish(value.trim()); }
        if (e.key === 'Escape') { e.preventDefault(); finish(null); }
      }}
      onBlur={() => finish(value.trim())}
      onMouseDown={(e) => e.stopPropagation()}
      onDoubleClick={(e) => e.stopPropagation()} />
  );
}

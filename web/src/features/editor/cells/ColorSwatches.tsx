// Choosing a card colour: a radio group of swatches (arrow keys move, like any radio group), "none" first.
import { useRef, type KeyboardEvent } from 'react';
import { cardColors, type CardColor } from '../../../api/model';
import { cardPaint, plainCard } from './cardColors';
import styles from './Cards.module.css';

const options: (CardColor | undefined)[] = [undefined, ...cardColors];

export function ColorSwatches({ value, onChange, label }: { value: CardColor | undefined; onChange: (c: CardColor | undefined) => void; label: string }) {
  const ref = useRef<HTMLDivElement>(null);
  const current = Math.max(0, options.indexOf(value));
  const onKeyDown = (e: KeyboardEvent) => {
    const by = e.key === 'ArrowRight' || e.key === 'ArrowDown' ? 1 : e.key === 'ArrowLeft' || e.key === 'ArrowUp' ? -1 : 0;
    if (!by) return;
    e.preventDefault();
    const next = (current + by + options.length) % options.length;
    onChange(options[next]);
    ref.current?.querySelectorAll<HTMLElement>('[role="radio"]')[next]?.focus();
  };
  return (
    <div ref={ref} className={styles.swatches} role="radiogroup" aria-label={label} onKeyDown={onKeyDown}>
      {options.map((c, i) => {
        const paint = c ? cardPaint[c] : plainCard;
        const checked = i === current;
        return (
          <button
            key={c ?? 'none'}
            type="button"
            role="radio"
            aria-checked={checked}
            aria-label={paint.label}
            title={paint.label}
            tabIndex={checked ? 0 : -1}
            className={styles.swatch}
            style={{ background: paint.fill, borderColor: paint.edge }}
            onClick={() => onChange(c)}
          >
            {checked && <svg viewBox="0 0 12 12" aria-hidden="true"><path d="M2.5 6.2l2.3 2.3 4.7-5" fill="none" stroke="#1d2330" strokeWidth="1.8" strokeLinecap="round" strokeLinejoin="round" /></svg>}
          </button>
        );
      })}
    </div>
  );
}

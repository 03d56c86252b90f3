// A sticky note as readers see it: its colour, its text and its tags.
import { memo } from 'react';
import type { Card } from '../../../api/model';
import { paintOf } from './cardColors';
import styles from './Cards.module.css';

export const CardView = memo(function CardView({ card }: { card: Card }) {
  const paint = paintOf(card.color);
  return (
    <div className={styles.card} style={{ background: paint.fill, borderLeftColor: paint.edge }}>
      <p className={styles.cardText}>{card.text}</p>
      {card.tags && card.tags.length > 0 && (
        <ul className={styles.tags} aria-label="Tags">
          {card.tags.map((t) => <li key={t} className={styles.tag}>{t}</li>)}
        </ul>
      )}
    </div>
  );
});

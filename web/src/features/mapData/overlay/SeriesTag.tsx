// The letter of a compared segment (A or B) in its colour, so the columns read without relying on colour.
import styles from './Overlay.module.css';

/** "A" or "B" in the series' colour: which column is which without relying on colour. The name is read out. */
export function SeriesTag({ index, name }: { index: number; name: string }) {
  return (
    <span className={`${styles.tag} ${index === 0 ? styles.tagA : styles.tagB}`}>
      {index === 0 ? 'A' : 'B'}<span className="visually-hidden"> {name}</span>
    </span>
  );
}

import { mapKindLabel } from './kinds';
import styles from './KindBadge.module.css';

/** The map kind as a small tinted pill; each kind has its own soft colour. */
export function KindBadge({ kind }: { kind: string }) {
  return <span className={`${styles.badge} ${styles[kind] ?? styles.custom}`}>{mapKindLabel(kind)}</span>;
}

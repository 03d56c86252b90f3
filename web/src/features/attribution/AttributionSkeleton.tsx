// The table's outline while the credits load, so the panel does not jump when they come.
import styles from './Attribution.module.css';

export function AttributionSkeleton() {
  return (
    <div className={styles.skeletonTable} role="status" aria-label="Loading the attribution" data-testid="attribution-loading">
      {[0, 1, 2, 3, 4].map((i) => (
        <div key={i} className={styles.skeletonRow}>
          <span className={`${styles.skeleton} ${styles.skeletonName}`} />
          {[0, 1, 2, 3, 4, 5].map((j) => <span key={j} className={styles.skeleton} />)}
        </div>
      ))}
    </div>
  );
}

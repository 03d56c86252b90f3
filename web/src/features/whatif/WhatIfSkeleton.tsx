// The answer's outline while it loads, so the panel does not jump when it comes.
import styles from './WhatIf.module.css';

export function WhatIfSkeleton() {
  return (
    <div className={styles.skeletonBlock} role="status" aria-label="Loading the projection" data-testid="whatif-loading">
      <div className={styles.skeletonRow}>
        {[0, 1, 2].map((i) => <span key={i} className={`${styles.skeleton} ${styles.skeletonBig}`} />)}
      </div>
      {[0, 1, 2, 3].map((i) => <span key={i} className={`${styles.skeleton} ${styles.skeletonLine}`} />)}
    </div>
  );
}

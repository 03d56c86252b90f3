// Shown when a save found the persona changed by someone else: who and when, then Reload or Keep mine.
import { useState } from 'react';
import type { Problem } from '../../api/http';
import { exactTime } from '../../ui/relativeTime';
import styles from './PersonaPage.module.css';

interface ConflictBannerProps {
  conflict: Problem;
  onReload: () => Promise<void>;
  onKeepMine: () => void;
}

export function ConflictBanner({ conflict, onReload, onKeepMine }: ConflictBannerProps) {
  const [error, setError] = useState<string | null>(null);
  const who = conflict.updatedBy ? conflict.updatedBy : 'Someone else';
  const when = conflict.updatedAt ? ` at ${exactTime(conflict.updatedAt)}` : '';
  const reload = () => onReload().catch((e: unknown) => setError(e instanceof Error ? e.message : String(e)));
  return (
    <div className={styles.conflict} role="alert">
      <div>
        <strong>{who} changed this persona{when}.</strong>
        <p>Your latest edits are not saved. Reload to see their version (your edits are dropped), or keep yours and overwrite theirs.</p>
        {error && <p className={styles.conflictError}>Reload failed: {error}</p>}
      </div>
      <div className={styles.conflictActions}>
        <button type="button" className="btn" onClick={() => void reload()}>Reload their version</button>
        <button type="button" className="btn btn-primary" onClick={onKeepMine}>Keep mine</button>
      </div>
    </div>
  );
}

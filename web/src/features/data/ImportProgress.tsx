// Step three: the upload's real progress (bytes sent); once all is sent, the server reads and stores the file.
import { FileLine } from './MappingStep';
import { formatBytes, percentOf } from './uploadFlow';
import styles from './Data.module.css';

export function ImportProgress({ file, sent, total, onCancel }: { file: File; sent: number; total: number; onCancel: () => void }) {
  const percent = percentOf(sent, total);
  const storing = total > 0 && sent >= total;
  return (
    <div className={styles.step}>
      <FileLine file={file} />
      <div className={styles.progressBlock}>
        <div className={styles.progressHead}>
          <span id="upload-progress-label">{storing ? 'Reading and storing events…' : 'Uploading…'}</span>
          <span className={styles.progressFigure}>{storing ? '' : `${percent}% · ${formatBytes(sent)} of ${formatBytes(total)}`}</span>
        </div>
        <div
          className={`${styles.progress} ${storing ? styles.progressBusy : ''}`}
          role="progressbar"
          aria-labelledby="upload-progress-label"
          aria-valuemin={0}
          aria-valuemax={100}
          aria-valuenow={storing ? undefined : percent}
        >
          <span className={styles.progressFill} style={{ width: `${storing ? 100 : percent}%` }} />
        </div>
        <p className="muted">Rows that cannot be read are skipped and listed when the import ends; events already stored are not added twice.</p>
      </div>
      <div className={styles.actions}>
        <span />
        <button type="button" className="btn" onClick={onCancel} disabled={storing}>Cancel upload</button>
      </div>
    </div>
  );
}

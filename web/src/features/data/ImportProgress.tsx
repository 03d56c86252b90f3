// Step three: the upload's real progress (bytes sent); once all is sent, the server reads and stores the file.
import { FileLine } from './MappingStep';
import { formatBytes, percentOf } from './uploadFlow';
import type { UploadKind } from './uploadKinds';
import styles from './Data.module.css';

interface Props {
  kind: UploadKind;
  file: File;
  sent: number;
  total: number;
  onCancel: () => void;
}

export function ImportProgress({ kind, file, sent, total, onCancel }: Props) {
  const labelId = `${kind.id}-progress-label`;
  const percent = percentOf(sent, total);
  const storing = total > 0 && sent >= total;
  return (
    <div className={styles.step}>
      <FileLine file={file} />
      <div className={styles.progressBlock}>
        <div className={styles.progressHead}>
          <span id={labelId}>{storing ? kind.storing : 'Uploading…'}</span>
          <span className={styles.progressFigure}>{storing ? '' : `${percent}% · ${formatBytes(sent)} of ${formatBytes(total)}`}</span>
        </div>
        <div
          className={`${styles.progress} ${storing ? styles.progressBusy : ''}`}
          role="progressbar"
          aria-labelledby={labelId}
          aria-valuemin={0}
          aria-valuemax={100}
          aria-valuenow={storing ? undefined : percent}
        >
          <span className={styles.progressFill} style={{ width: `${storing ? 100 : percent}%` }} />
        </div>
        <p className="muted">Rows that cannot be read are skipped and listed when the import ends; {kind.plural} already stored are not added twice.</p>
      </div>
      <div className={styles.actions}>
        <span />
        <button type="button" className="btn" onClick={onCancel} disabled={storing}>Cancel upload</button>
      </div>
    </div>
  );
}

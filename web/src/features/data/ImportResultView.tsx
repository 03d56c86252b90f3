// Step four: what the import did — stored, already there, rejected with line and reason — and where to go next.
import type { ImportProblem, ImportResult } from '../../api/data';
import { Link } from '../../app/Link';
import { FileLine } from './MappingStep';
import { count } from './uploadFlow';
import styles from './Data.module.css';

export function ImportResultView({ file, result, onAnother }: { file: File; result: ImportResult; onAnother: () => void }) {
  const headline = result.imported > 0
    ? `${count(result.imported, 'event')} imported`
    : result.duplicates > 0 ? 'Nothing new: every event was already stored' : 'No events imported';
  return (
    <div className={styles.step}>
      <FileLine file={file} />
      <div className={styles.resultHead} role="status">
        <span className={`${styles.resultIcon} ${result.imported > 0 ? styles.resultOk : styles.resultNeutral}`} aria-hidden="true">
          {result.imported > 0 ? '✓' : 'i'}
        </span>
        <div>
          <h3>{headline}</h3>
          <p className="muted">
            {count(result.customers, 'customer')} and {count(result.activities, 'activity', 'activities')} in the file · read in {result.seconds.toFixed(1)} s
          </p>
        </div>
      </div>
      <dl className={styles.tiles}>
        <Tile label="Imported" value={result.imported} tone="ok" help="New events stored in the workspace." />
        <Tile label="Duplicates" value={result.duplicates} tone="neutral" help="Events already stored (same content): skipped, not added twice." />
        <Tile label="Rejected" value={result.rejected} tone={result.rejected > 0 ? 'danger' : 'neutral'} help="Rows that could not be read: skipped, listed below." />
      </dl>
      {result.problems.length > 0 && <ProblemTable problems={result.problems} total={result.rejected} />}
      <div className={styles.actions}>
        <span />
        <div className={styles.buttons}>
          <button type="button" className="btn" onClick={onAnother}>Upload another file</button>
          <Link href="/" className="btn btn-primary">Back to the maps</Link>
        </div>
      </div>
    </div>
  );
}

function Tile({ label, value, tone, help }: { label: string; value: number; tone: 'ok' | 'neutral' | 'danger'; help: string }) {
  return (
    <div className={`${styles.tile} ${styles[`tile_${tone}`]}`} title={help}>
      <dt>{label}</dt>
      <dd>{value.toLocaleString('en-US')}</dd>
    </div>
  );
}

/** Rejected rows by line and reason (the server lists the first 100). */
export function ProblemTable({ problems, total }: { problems: ImportProblem[]; total?: number }) {
  const more = total !== undefined && total > problems.length ? total - problems.length : 0;
  return (
    <div className={styles.problems}>
      <h4>{total !== undefined ? 'Rejected rows' : 'Where the file went wrong'}</h4>
      <div className={styles.tableWrap} tabIndex={0} role="region" aria-label="Rejected rows">
        <table className={styles.table}>
          <thead>
            <tr><th scope="col" className={styles.lineCell}>Line</th><th scope="col">Reason</th></tr>
          </thead>
          <tbody>
            {problems.map((p, i) => (
              <tr key={i}>
                <td className={styles.lineCell}>{p.line ?? '—'}</td>
                <td className={styles.reason}>{p.reason}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      {more > 0 && <p className="muted">…and {count(more, 'more row')} not listed.</p>}
    </div>
  );
}

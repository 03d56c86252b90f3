// Step four: what the import did — stored, already there, rejected with line and reason — and where to go next.
import type { ImportProblem, UploadResult } from '../../api/data';
import { Link } from '../../app/Link';
import { FileLine } from './MappingStep';
import { count } from './uploadFlow';
import type { UploadKind } from './uploadKinds';
import styles from './Data.module.css';

interface Props {
  kind: UploadKind;
  file: File;
  result: UploadResult;
  onAnother: () => void;
}

export function ImportResultView({ kind, file, result, onAnother }: Props) {
  const headline = result.imported > 0
    ? `${count(result.imported, kind.noun, kind.plural)} imported`
    : result.duplicates > 0 ? `Nothing new: every ${kind.noun} was already stored` : `No ${kind.plural} imported`;
  const detail = kind.resultDetail(result);
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
            {detail ? `${detail} · ` : ''}read in {result.seconds.toFixed(1)} s
          </p>
        </div>
      </div>
      <dl className={styles.tiles}>
        <Tile label="Imported" value={result.imported} tone="ok" help={`New ${kind.plural} stored in the workspace.`} />
        <Tile label="Duplicates" value={result.duplicates} tone="neutral" help={`${capital(kind.plural)} already stored (same id or content): skipped, not added twice.`} />
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

function capital(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

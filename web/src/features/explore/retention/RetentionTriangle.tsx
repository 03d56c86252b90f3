// The retention triangle as a table: one row per cohort (its first day and size), one column per later period,
// heat-coloured by the share returning; the weighted average first. Incomplete cells are hatched and starred; cells
// not reached yet stay empty.
import type { RetentionResult } from '../../../api/retention';
import type { Granularity } from './retentionSettings';
import type { CellDisplay } from './retentionSettings';
import { cellDescription, cohortName, formatCount, formatShare, heat, maxShare, periodName } from './retentionView';
import styles from './Retention.module.css';

export function RetentionTriangle({ result, show }: { result: RetentionResult; show: CellDisplay }) {
  const by = result.granularity as Granularity;
  const periods = Array.from({ length: result.periods }, (_, i) => i + 1);
  const max = maxShare(result.cohorts.map((c) => c.cells));
  return (
    <div className={styles.tableWrap} tabIndex={0} role="region" aria-label="Retention table">
      <table className={styles.table} data-testid="retention-table">
        <caption className="visually-hidden">
          Customers returning per {by} after their first start; cells marked * are periods not yet complete.
        </caption>
        <thead>
          <tr>
            <th scope="col" className={styles.cohortHead}>Cohort</th>
            <th scope="col" className={styles.num}>Customers</th>
            {periods.map((k) => <th key={k} scope="col" className={styles.num}>{periodName(k, by)}</th>)}
          </tr>
        </thead>
        <tbody>
          <tr className={styles.averageRow} data-testid="retention-average">
            <th scope="row">All cohorts <span className={styles.muted}>(weighted)</span></th>
            <td className={styles.num}>{formatCount(result.customers)}</td>
            {periods.map((k) => {
              const a = result.average[k];
              return (
                <td key={k} className={styles.num} data-testid="retention-average-cell" data-period={k}
                  title={a && a.share !== null ? `${formatCount(a.customers)} of ${formatCount(a.cohortCustomers)} in cohorts that completed ${periodName(k, by)}` : 'No cohort has completed this period yet'}>
                  {show === 'count' ? (a && a.share !== null ? formatCount(a.customers) : '—') : formatShare(a?.share)}
                </td>
              );
            })}
          </tr>
          {result.cohorts.map((cohort) => (
            <tr key={cohort.start} data-testid="retention-row" data-start={cohort.start}>
              <th scope="row" className={styles.cohort}>
                {cohortName(cohort.start, by)}
                {cohort.incomplete && <span className={styles.star} title="This cohort’s own period is not wholly inside the scope">*</span>}
              </th>
              <td className={styles.num} data-testid="retention-size">{formatCount(cohort.customers)}</td>
              {periods.map((k) => {
                const cell = cohort.cells[k];
                if (!cell || cell.state === 'notYet') return <td key={k} className={styles.future} aria-label={`${periodName(k, by)}: not reached yet`} />;
                const colours = heat(cell.share, max);
                return (
                  <td key={k} className={`${styles.num} ${styles.cell} ${cell.state === 'incomplete' ? styles.incomplete : ''}`}
                    style={colours} title={cellDescription(cell, cohort.customers, by)} data-testid="retention-cell"
                    data-period={k} data-customers={cell.customers} data-state={cell.state}>
                    {show === 'count' ? formatCount(cell.customers) : formatShare(cell.share)}
                    {cell.state === 'incomplete' && <span aria-label=" (incomplete)">*</span>}
                  </td>
                );
              })}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

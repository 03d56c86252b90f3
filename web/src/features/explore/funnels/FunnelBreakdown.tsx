// The funnel per breakdown group, as grouped bars (each step's groups side by side) or as a table; a cell opens the
// customers of that group at that step. Segments may overlap, which the caption says.
import { useState } from 'react';
import { formatCount, formatShare } from './funnelFormat';
import type { ChosenBar, FunnelAnswer } from './funnelTypes';
import styles from './Funnels.module.css';

const palette = ['#2f5bd3', '#1e7a44', '#b45309', '#7c3aed', '#0e7490', '#be185d', '#4d7c0f', '#9a3412'];
const groupColor = (i: number) => palette[i % palette.length]!;

export function FunnelBreakdown({ answer, onChoose }: { answer: FunnelAnswer; onChoose: (bar: ChosenBar) => void }) {
  const [asTable, setAsTable] = useState(false);
  const breakdown = answer.breakdown;
  if (!breakdown) return null;
  const groups = breakdown.groups;
  const title = breakdown.by === 'attribute' ? `By ${breakdown.attribute}` : breakdown.by === 'segment' ? 'By segment' : 'By channel of the first step';
  const max = Math.max(1, ...groups.map((g) => g.customers[0] ?? 0));
  const choose = (step: number, g: { key: string; name: string }) => onChoose({ step, dropped: false, group: { key: g.key, name: g.name } });
  return (
    <section className={styles.card} aria-labelledby="funnel-breakdown-title" data-testid="funnel-breakdown">
      <div className={styles.cardHead}>
        <h3 id="funnel-breakdown-title">{title}</h3>
        <div className={styles.toggle} role="group" aria-label="Show the breakdown as">
          <button type="button" className="btn btn-sm" aria-pressed={!asTable} onClick={() => setAsTable(false)}>Bars</button>
          <button type="button" className="btn btn-sm" aria-pressed={asTable} onClick={() => setAsTable(true)} data-testid="breakdown-table-toggle">Table</button>
        </div>
      </div>
      {breakdown.overlapping && <p className={styles.note}>Segments may overlap: a customer in several counts in each.</p>}
      {groups.length === 0 && <p className={styles.note}>No customer reached the first step.</p>}
      {asTable ? (
        <div className={styles.tableWrap}>
          <table className={styles.table} data-testid="breakdown-table">
            <thead>
              <tr><th scope="col">Group</th>{answer.steps.map((s, i) => <th key={i} scope="col">{i + 1}. {s.name}</th>)}<th scope="col">Converted</th></tr>
            </thead>
            <tbody>
              {groups.map((g) => (
                <tr key={g.key} data-testid="breakdown-row" data-group={g.key}>
                  <th scope="row">{g.name}</th>
                  {g.customers.map((c, i) => (
                    <td key={i}><button type="button" className={styles.cellBtn} onClick={() => choose(i, g)}>{formatCount(c)}</button></td>
                  ))}
                  <td>{formatShare(g.conversion)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      ) : (
        <>
          <ul className={styles.legend} aria-label="Groups">
            {groups.map((g, gi) => (
              <li key={g.key}><span className={styles.swatch} style={{ background: groupColor(gi) }} aria-hidden="true" />{g.name} · {formatShare(g.conversion)} converted</li>
            ))}
          </ul>
          <div className={styles.grouped}>
            {answer.steps.map((s, i) => (
              <div key={i} className={styles.cluster}>
                <div className={styles.columns}>
                  {groups.map((g, gi) => (
                    <button key={g.key} type="button" className={styles.column} data-testid="group-bar" data-group={g.key} data-step={i}
                      style={{ height: `${(100 * (g.customers[i] ?? 0)) / max}%`, background: groupColor(gi) }}
                      aria-label={`${g.name} at ${s.name}: ${formatCount(g.customers[i] ?? 0)} customers. Show them.`}
                      title={`${g.name}: ${formatCount(g.customers[i] ?? 0)}`} onClick={() => choose(i, g)} />
                  ))}
                </div>
                <span className={styles.clusterName}>{i + 1}. {s.name}</span>
              </div>
            ))}
          </div>
        </>
      )}
    </section>
  );
}

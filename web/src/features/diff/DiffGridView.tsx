// The map as it is now, read-only, with the diff marked on it: stage and step headers, lane titles and cells carry
// their mark (colour, sign and word), removed stages, steps and lanes stand as hatched ghosts, and a changed cell
// shows each change before → after.
import type { JourneyMap } from '../../api/model';
import { laneTints } from '../editor/grid/laneTints';
import { cellLines } from './cellLines';
import { cellKey, markOf, markText, type DiffGrid, type MapChange, type Mark } from './diffGrid';
import styles from './Compare.module.css';

function MarkBadge({ mark }: { mark: Mark | null }) {
  if (!mark) return null;
  return <span className={`${styles.badge} ${styles[mark]}`} data-mark={mark}><span aria-hidden="true">{markText[mark].sign}</span> {markText[mark].label}</span>;
}

const partNames: Record<string, string> = {
  text: 'Text', cards: 'Card', channels: 'Channels', painPoints: 'Pain point', ideas: 'Idea', kpis: 'KPI',
  momentOfTruth: 'Moment of truth', image: 'Image', owner: 'Owner', score: 'Emotion', label: 'Emotion label',
};

function Change({ change }: { change: MapChange }) {
  return (
    <li className={styles.change}>
      <span className={styles.part}>{partNames[change.part ?? ''] ?? change.part}</span>
      {change.from != null && <del className={styles.from}>{change.from}</del>}
      {change.from != null && change.to != null && <span aria-label="became"> → </span>}
      {change.to != null && <ins className={styles.to}>{change.to}</ins>}
    </li>
  );
}

export function DiffGridView({ map, grid }: { map: JourneyMap; grid: DiffGrid }) {
  const columns = grid.stages.flatMap((s) => s.columns.map((c) => ({ stage: s, column: c })));
  return (
    <div className={styles.gridScroll}>
      <table className={styles.grid} data-testid="diff-grid" aria-label={`${map.name}: differences marked on the map`}>
        <thead>
          <tr>
            <th className={styles.corner} rowSpan={2} scope="col"><span className="visually-hidden">Lane</span></th>
            {grid.stages.map((s) => (
              <th key={s.key} colSpan={Math.max(1, s.columns.length)} scope="colgroup" tabIndex={s.mark ? 0 : undefined}
                className={`${styles.stage} ${s.ghost ? styles.ghost : ''} ${s.mark ? styles[`edge_${s.mark}`] : ''}`}
                data-diff-key={s.ghost ? s.key : s.stageId} data-mark={s.mark ?? undefined} data-testid="diff-stage">
                <span className={styles.headName}>{s.name}</span> <MarkBadge mark={s.mark} />
              </th>
            ))}
          </tr>
          <tr>
            {grid.stages.map((s) => s.columns.length === 0
              ? <th key={s.key + '-none'} className={`${styles.step} ${styles.ghost}`} />
              : s.columns.map((c) => (
                <th key={c.key} scope="col" tabIndex={c.mark ? 0 : undefined} data-testid="diff-step"
                  className={`${styles.step} ${c.ghost ? styles.ghost : ''} ${c.mark ? styles[`edge_${c.mark}`] : ''}`}
                  data-diff-key={c.ghost ? c.key : c.stepId} data-mark={c.mark ?? undefined}>
                  <span className={styles.headName}>{c.name}</span> <MarkBadge mark={c.mark} />
                </th>
              )))}
          </tr>
        </thead>
        <tbody>
          {grid.rows.map((r) => (
            <tr key={r.key}>
              <th scope="row" className={`${styles.laneHead} ${r.ghost ? styles.ghost : ''} ${r.mark ? styles[`edge_${r.mark}`] : ''}`}
                tabIndex={r.mark ? 0 : undefined} data-diff-key={r.key} data-mark={r.mark ?? undefined} data-testid="diff-lane">
                <span className={styles.headName}>{r.title}</span> <MarkBadge mark={r.mark} />
              </th>
              {columns.map(({ stage, column }) => {
                if (r.ghost || column.ghost || !r.lane || !column.stepId) {
                  return <td key={column.key} className={`${styles.cell} ${styles.ghost}`} aria-label="Removed" />;
                }
                const key = cellKey(r.lane.id, column.stepId);
                const changes = grid.cells.get(key) ?? [];
                const added = stage.mark === 'added' || column.mark === 'added' || r.mark === 'added';
                return (
                  <td key={column.key} className={`${styles.cell} ${changes.length ? styles.changedCell : ''} ${added ? styles.addedCell : ''}`}
                    style={{ background: changes.length ? undefined : laneTints[r.lane.kind] }}
                    tabIndex={changes.length ? 0 : undefined} data-diff-key={key} data-testid={changes.length ? 'diff-cell' : undefined}
                    data-lane={r.lane.id} data-step={column.stepId}>
                    {changes.length > 0 && <MarkBadge mark={markOf(changes)} />}
                    {changes.length > 0
                      ? <ul className={styles.changes}>{changes.map((c, i) => <Change key={i} change={c} />)}</ul>
                      : cellLines(r.lane.cells?.[column.stepId]).slice(0, 3).map((line, i) => <p key={i} className={styles.line}>{line}</p>)}
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

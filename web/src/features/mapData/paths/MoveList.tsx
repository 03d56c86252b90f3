// The moves between steps, strongest first: from → to, a bar, customers and their share; the top ten until asked.
import { useState } from 'react';
import type { PathsResult } from '../../../api/evidence';
import type { JourneyMap } from '../../../api/model';
import { endLabel, formatCount, formatShare, moveLabels, splitDefinition, splitText, startLabel, transitionRows, type TransitionRow } from './pathsView';
import shared from '../evidence/Evidence.module.css';
import styles from './Paths.module.css';

const shownAtFirst = 10;

export function MoveList({ result, map, onPoint }: { result: PathsResult; map: JourneyMap; onPoint: (steps: string[]) => void }) {
  const [all, setAll] = useState(false);
  const rows = transitionRows(result, map);
  const shown = all ? rows : rows.slice(0, shownAtFirst);
  return (
    <section className={shared.section} aria-labelledby="moves-title">
      <div className={shared.sectionHead}>
        <h3 id="moves-title">Moves between steps</h3>
        <span className={shared.count}>{rows.length}</span>
      </div>
      {/* Pointing at a move outlines its two steps on the grid. */}
      <ol className={shared.list} data-testid="transitions" onMouseLeave={() => onPoint([])}>
        {shown.map((row) => (
          <Move key={row.key} row={row}
            onPoint={() => onPoint([row.fromStepId, row.toStepId].filter((id): id is string => id !== null))} />
        ))}
      </ol>
      {rows.length > shownAtFirst && (
        <button type="button" className={`btn btn-sm btn-ghost ${styles.more}`} onClick={() => setAll(!all)} aria-expanded={all}>
          {all ? 'Show the top ten' : `Show all ${rows.length} moves`}
        </button>
      )}
    </section>
  );
}

function Move({ row, onPoint }: { row: TransitionRow; onPoint: () => void }) {
  const name = (text: string, terminal: boolean) => (
    <span className={`${styles.stepName} ${terminal ? styles.terminal : ''}`}>{text}</span>
  );
  return (
    <li
      className={`${styles.move} ${styles[row.kind] ?? ''}`}
      data-testid="transition"
      data-from={row.fromStepId ?? ''}
      data-to={row.toStepId ?? ''}
      data-customers={row.customers}
      onMouseEnter={onPoint}
      aria-label={`${row.from} to ${row.to}: ${formatCount(row.customers)} customers, ${formatShare(row.share)}; ${moveLabels[row.kind]}`}
    >
      <span className={styles.route}>
        {name(row.from, row.from === startLabel && row.fromStepId === null)}
        <svg className={styles.arrow} width="14" height="10" viewBox="0 0 14 10" aria-hidden="true">
          <path d="M1 5h11M8.5 1.5 12 5l-3.5 3.5" fill="none" stroke="currentColor" strokeWidth="1.6" strokeLinecap="round" strokeLinejoin="round" />
        </svg>
        {name(row.to, row.to === endLabel && row.toStepId === null)}
      </span>
      <span className={styles.figure}>
        {formatCount(row.customers)}<span className={styles.figureSub}>{formatShare(row.share)}</span>
      </span>
      <span className={styles.moveMeta}>
        <span className={shared.bar} aria-hidden="true"><span className={shared.barFill} style={{ display: 'block', width: `${Math.max(2, row.bar * 100)}%` }} /></span>
        <span className={styles.kind}>{row.kind === 'next' ? '' : moveLabels[row.kind]}</span>
      </span>
      {row.split && (
        <span className={styles.split} data-testid="leave-split" data-lost-here={row.split.lostHere} data-lost={row.split.lost}
          data-others={row.split.others} title={splitDefinition(row.split, row.from)}>
          {splitText(row.split)}
        </span>
      )}
    </li>
  );
}

// The table of credits: a row per channel or touchpoint, a column per model with a small bar so the eye sees which
// model credits what, the touches, and the totals (each model hands out every conversion once). Headings sort; a
// touchpoint's name shows its step on the map.
import type { AttributionBy } from '../../api/attribution';
import { formatCount } from '../mapData';
import { formatCredit, models, type AttributionView, type CreditCell, type Sort, type SortKey } from './attributionView';
import styles from './Attribution.module.css';

interface Props {
  view: AttributionView;
  by: AttributionBy;
  sort: Sort;
  onSort: (key: SortKey) => void;
  onShowStep: (stepId: string) => void;
}

export function AttributionTable({ view, by, sort, onSort, onShowStep }: Props) {
  const { rows, totals } = view;
  const noun = by === 'channel' ? 'channel' : 'touchpoint';
  const conversions = `${formatCount(totals.conversions)} ${totals.conversions === 1 ? 'conversion' : 'conversions'}`;
  return (
    <div className={styles.scroller} role="region" aria-label={`Credit by ${noun}`} tabIndex={0}>
      <table className={styles.table} data-testid="attribution-table" data-by={by}>
        <caption className={styles.caption}>
          Conversions credited to each {noun} by each model; every model hands out all {conversions}.
        </caption>
        <thead>
          <tr>
            <Heading sortKey="name" sort={sort} onSort={onSort} className={styles.nameHead} label={by === 'channel' ? 'Channel' : 'Touchpoint'}
              hint={by === 'channel' ? 'The channel of the events' : 'The map\'s step, in map order'} />
            <Heading sortKey="touches" sort={sort} onSort={onSort} label="Touches" hint="Touches, and conversions that followed a touch" />
            {models.map((m) => <Heading key={m.id} sortKey={m.id} sort={sort} onSort={onSort} label={m.short} hint={`${m.label}: ${m.explain}`} />)}
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr key={row.key} data-testid="attribution-row" data-player={row.key}>
              <th scope="row" className={styles.name}>
                {row.stepId
                  ? <button type="button" className={styles.stepLink} onClick={() => onShowStep(row.stepId!)} title={`${row.name}: show this step on the map`}>{row.name}</button>
                  : <span title={row.name}>{row.name}</span>}
              </th>
              <td className={styles.touches}>
                {formatCount(row.touches)}
                <span className={styles.sub}> / {formatCount(row.conversionsTouched)}</span>
              </td>
              {row.cells.map((c) => <Credit key={c.model} cell={c} />)}
            </tr>
          ))}
        </tbody>
        <tfoot>
          {totals.withoutTouch > 0 && (
            <tr className={styles.noTouch} data-testid="attribution-no-touch">
              <th scope="row" className={styles.name}>No touch before</th>
              <td className={styles.touches}>–</td>
              {models.map((m) => <td key={m.id} className={styles.credit}>{formatCredit(totals.withoutTouch)}</td>)}
            </tr>
          )}
          <tr className={styles.total} data-testid="attribution-total">
            <th scope="row" className={styles.name}>Total</th>
            <td className={styles.touches}>{formatCount(totals.touches)}</td>
            {totals.cells.map((c) => <td key={c.model} className={styles.credit} data-model={c.model}>{c.text}</td>)}
          </tr>
        </tfoot>
      </table>
    </div>
  );
}

interface HeadingProps { sortKey: SortKey; sort: Sort; onSort: (key: SortKey) => void; label: string; hint: string; className?: string }

function Heading({ sortKey, sort, onSort, label, hint, className }: HeadingProps) {
  const active = sort.key === sortKey;
  const order = active ? (sort.descending ? 'descending' : 'ascending') : undefined;
  return (
    <th scope="col" aria-sort={order} className={className ?? styles.figureHead}>
      <button type="button" className={styles.sort} title={hint} onClick={() => onSort(sortKey)} data-testid={`attribution-sort-${sortKey}`}>
        {label}
        <span className={active ? styles.arrow : styles.arrowIdle} aria-hidden="true">{active && !sort.descending ? '▲' : '▼'}</span>
      </button>
    </th>
  );
}

function Credit({ cell }: { cell: CreditCell }) {
  return (
    <td className={styles.credit} data-model={cell.model}>
      <span className={styles.figure}>{cell.text}</span>
      {cell.value !== null && (
        <span className={styles.bar} aria-hidden="true"><span className={styles.barFill} style={{ width: `${Math.round(cell.fraction * 100)}%` }} /></span>
      )}
    </td>
  );
}

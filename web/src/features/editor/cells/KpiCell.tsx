// KPI cells: a metric with its target and unit ("Sign-up completion → 70 %"); the editor edits the list.
import type { KeyboardEvent } from 'react';
import type { KpiCell } from '../../../api/model';
import { formatTarget, parseTarget } from './kpiFormat';
import { EditShell } from './EditShell';
import { PlusIcon, TrashIcon } from './icons';
import type { CellProps } from './types';
import { useCellDraft } from './useCellDraft';
import styles from './Cell.module.css';
import kpi from './Kpi.module.css';

interface Row { metric: string; target: string; unit: string }

export function KpiView({ cell }: Pick<CellProps, 'cell'>) {
  const items = cell?.kpis ?? [];
  if (items.length === 0) return <span className={styles.empty}>Double-click to add a KPI</span>;
  return (
    <ul className={kpi.list}>
      {items.map((k, i) => (
        <li key={i} className={kpi.item}>
          <span className={kpi.metric}>{k.metric}</span>
          {(k.target !== undefined || k.unit) && (
            <span className={kpi.target}><span className="visually-hidden">target </span>{formatTarget(k.target, k.unit)}</span>
          )}
        </li>
      ))}
    </ul>
  );
}

export function KpiEditor(props: CellProps) {
  const { lane, step } = props;
  const { draft, setDraft, commit, cancel } = useCellDraft<Row[]>(
    props,
    (c) => (c?.kpis ?? []).map((k) => ({ metric: k.metric, target: k.target?.toString() ?? '', unit: k.unit ?? '' })),
    (d, c) => {
      const kpis: KpiCell[] = d.filter((r) => r.metric.trim()).map((r) => ({
        metric: r.metric.trim(), target: parseTarget(r.target), unit: r.unit.trim() || undefined,
      }));
      return { ...c, kpis: kpis.length ? kpis : undefined };
    },
  );
  const set = (i: number, p: Partial<Row>) => setDraft((d) => d.map((r, j) => (j === i ? { ...r, ...p } : r)));
  const enter = (e: KeyboardEvent) => { if (e.key === 'Enter') { e.preventDefault(); commit(); } };
  return (
    <EditShell label={`Edit ${lane.title} at ${step.name}`} onCommit={commit} onCancel={cancel} doneButton>
      {draft.map((r, i) => {
        const bad = r.target.trim() !== '' && parseTarget(r.target) === undefined;
        return (
          <div key={i} className={kpi.editRow} role="group" aria-label={`KPI ${i + 1}`}>
            <div className={styles.row}>
              <input className={`input ${styles.grow}`} value={r.metric} placeholder="Metric" aria-label={`KPI ${i + 1} metric`}
                autoFocus={i === draft.length - 1 && r.metric === ''} onChange={(e) => set(i, { metric: e.target.value })} onKeyDown={enter} />
              <button type="button" className={`icon-btn ${styles.deleteButton}`} aria-label={`Delete KPI ${i + 1}`}
                onClick={() => setDraft((d) => d.filter((_, j) => j !== i))}><TrashIcon /></button>
            </div>
            <div className={kpi.pair}>
              <input className="input" value={r.target} placeholder="Target" inputMode="decimal" aria-label={`KPI ${i + 1} target`}
                aria-invalid={bad} onChange={(e) => set(i, { target: e.target.value })} onKeyDown={enter} />
              <input className="input" value={r.unit} placeholder="Unit" aria-label={`KPI ${i + 1} unit`} maxLength={20}
                onChange={(e) => set(i, { unit: e.target.value })} onKeyDown={enter} />
            </div>
            {bad && <p className={kpi.error} role="alert">The target must be a number.</p>}
          </div>
        );
      })}
      <button type="button" className={styles.addButton} data-autofocus={draft.length === 0 ? '' : undefined}
        onClick={() => setDraft((d) => [...d, { metric: '', target: '', unit: '' }])}><PlusIcon /> Add KPI</button>
    </EditShell>
  );
}

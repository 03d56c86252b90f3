// The map's KPI targets: name, unit, baseline, target and due date per target; add and remove.
import type { KpiTarget } from '../../../api/model';
import { useMapSession } from '../../map/MapSession';
import { PlusIcon, TrashIcon } from '../cells/icons';
import { appendItem, orUndefined, removeItem, updateItem } from '../cells/listEdits';
import { newId } from '../../map/state/ids';
import { isPast } from './dates';
import { NumberField } from './NumberField';
import styles from './ScopePanel.module.css';

export function KpiTargets() {
  const { map, dispatch, seal } = useMapSession();
  const targets = map.scope?.kpiTargets ?? [];
  const write = (list: KpiTarget[], key?: string) => dispatch({ type: 'updateScope', patch: { kpiTargets: orUndefined(list) } }, key);
  const patch = (id: string, field: keyof Omit<KpiTarget, 'id'>, value: KpiTarget[typeof field]) =>
    write(updateItem(targets, id, { [field]: value }), `scope-kpi-${id}-${field}`);
  const add = () => {
    seal();
    write(appendItem(targets, { id: newId('kpi'), name: 'New KPI' }));
  };
  return (
    <div className={styles.kpis}>
      {targets.length === 0 && <p className={styles.none}>No KPI targets yet. Add the measures this journey should move.</p>}
      {targets.map((t, i) => (
        <fieldset key={t.id} className={styles.kpi}>
          <legend className="visually-hidden">KPI target {i + 1}</legend>
          <div className={styles.kpiTop}>
            <input className={`input ${styles.kpiName}`} value={t.name} aria-label={`KPI target ${i + 1} name`} placeholder="Name" maxLength={200}
              onChange={(e) => patch(t.id, 'name', e.target.value)} onBlur={seal} />
            <button type="button" className="icon-btn" aria-label={`Remove KPI target ${t.name || i + 1}`}
              onClick={() => { seal(); write(removeItem(targets, t.id)); }}><TrashIcon /></button>
          </div>
          <div className={styles.kpiGrid}>
            <label><span>Baseline</span><NumberField value={t.baseline} label={`Baseline of ${t.name}`} onValue={(v) => patch(t.id, 'baseline', v)} onBlur={seal} /></label>
            <label><span>Target</span><NumberField value={t.target} label={`Target of ${t.name}`} onValue={(v) => patch(t.id, 'target', v)} onBlur={seal} /></label>
            <label><span>Unit</span><input className="input" value={t.unit ?? ''} maxLength={20} placeholder="%"
              onChange={(e) => patch(t.id, 'unit', e.target.value || undefined)} onBlur={seal} /></label>
            <label className={styles.kpiDue}><span>Due</span><input className="input" type="date" value={t.due ?? ''} aria-invalid={isPast(t.due)}
              onChange={(e) => patch(t.id, 'due', e.target.value || undefined)} onBlur={seal} /></label>
          </div>
        </fieldset>
      ))}
      <button type="button" className="btn btn-sm" onClick={add}><PlusIcon /> Add KPI target</button>
    </div>
  );
}

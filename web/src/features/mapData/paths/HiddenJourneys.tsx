// Activities customers do that no step is bound to, most customers first, each with a "bind to step" choice that
// adds the activity to a step's binding as one undoable edit.
import type { PathsResult } from '../../../api/evidence';
import type { JourneyMap } from '../../../api/model';
import { useMapSession } from '../../map/MapSession';
import { useBindings } from '../bindings/BindingsContext';
import { bindingEdit } from '../bindings/binding';
import { stepsOf } from '../../map/state/queries';
import { formatCount, hiddenRows } from './pathsView';
import shared from '../evidence/Evidence.module.css';
import styles from './Paths.module.css';

export function HiddenJourneys({ result, map }: { result: PathsResult; map: JourneyMap }) {
  const { dispatch, seal } = useMapSession();
  const { readOnly } = useBindings();
  const rows = hiddenRows(result);
  const steps = stepsOf(map);
  const bind = (activity: string, stepId: string) => {
    const step = steps.find((s) => s.step.id === stepId)?.step;
    if (!step) return;
    const binding = step.binding ?? {};
    seal();
    dispatch(bindingEdit(step.id, { ...binding, activities: [...(binding.activities ?? []), activity] }));
    seal();
  };
  return (
    <section className={shared.section} aria-labelledby="hidden-title">
      <div className={shared.sectionHead}>
        <h3 id="hidden-title">Hidden journeys</h3>
        <span className={shared.count}>{rows.length}</span>
      </div>
      <p className={shared.hint}>Activities customers do that no step is bound to.</p>
      {rows.length === 0
        ? <p className={styles.allGood}><span aria-hidden="true">✓</span> Every activity in the data is on a step.</p>
        : (
          <ul className={shared.list} data-testid="hidden-activities">
            {rows.map((h) => (
              <li key={h.name} className={styles.hidden} data-testid="hidden-activity" data-name={h.name}>
                <span className={styles.hiddenName} title={h.name}>{h.name}</span>
                <span className={styles.figure}>{formatCount(h.customers)}<span className={styles.figureSub}>customers</span></span>
                <span className={shared.bar} style={{ gridColumn: '1 / -1' }} aria-hidden="true">
                  <span className={shared.barFill} style={{ display: 'block', width: `${Math.max(2, h.bar * 100)}%`, background: '#9aa3b2' }} />
                </span>
                {!readOnly && <select
                  className={`select ${styles.bindSelect}`}
                  aria-label={`Bind ${h.name} to a step`}
                  value=""
                  onChange={(e) => { if (e.target.value) bind(h.name, e.target.value); }}
                >
                  <option value="">Bind to step…</option>
                  {steps.map((s) => <option key={s.step.id} value={s.step.id}>{s.step.name || 'Untitled step'}</option>)}
                </select>}
              </li>
            ))}
          </ul>
        )}
    </section>
  );
}

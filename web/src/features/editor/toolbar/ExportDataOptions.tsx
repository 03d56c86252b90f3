// The Export menu's data strip: on or off, and the period and segment its figures are measured over (the data view's
// own choices by default, so the file says what the screen says).
import { useId } from 'react';
import type { Segment } from '../../../api/segments';
import type { Load } from '../../../ui/load';
import { rangePresets, type RangePreset } from '../../mapData';
import type { ExportChoice } from './exportChoices';
import styles from './toolbar.module.css';

interface ExportDataOptionsProps {
  choice: ExportChoice;
  set: (patch: Partial<ExportChoice>) => void;
  segments: Load<Segment[]>;
  error: string | null;
}

export function ExportDataOptions({ choice, set, segments, error }: ExportDataOptionsProps) {
  const ids = { period: useId(), segment: useId(), from: useId(), to: useId(), error: useId() };
  const list = segments.state === 'ready' ? segments.value : [];
  const range = choice.range;
  return (
    <div className={styles.exportData}>
      <label className={styles.check}>
        <input type="checkbox" checked={choice.data} data-testid="export-data" onChange={(e) => set({ data: e.target.checked })} />
        Data strip: measured figures under each step
      </label>
      {choice.data && (
        <div className={styles.exportDataFields}>
          <label className="field" htmlFor={ids.period}><span>Period</span>
            <select id={ids.period} className="select" value={range.preset} data-testid="export-period"
              onChange={(e) => set({ range: { ...range, preset: e.target.value as RangePreset } })}>
              {rangePresets.map((p) => <option key={p.id} value={p.id}>{p.label}</option>)}
            </select>
          </label>
          <label className="field" htmlFor={ids.segment}><span>Segment</span>
            <select id={ids.segment} className="select" value={choice.segment ?? ''} data-testid="export-segment"
              onChange={(e) => set({ segment: e.target.value || null })}>
              <option value="">All customers</option>
              {list.map((s) => <option key={s.id} value={s.id}>{s.name}</option>)}
            </select>
          </label>
          {range.preset === 'custom' && (
            <>
              <label className="field" htmlFor={ids.from}><span>From</span>
                <input id={ids.from} type="date" className="input" value={range.fromDate ?? ''} aria-describedby={error ? ids.error : undefined}
                  onChange={(e) => set({ range: { ...range, fromDate: e.target.value || undefined } })} />
              </label>
              <label className="field" htmlFor={ids.to}><span>To</span>
                <input id={ids.to} type="date" className="input" value={range.toDate ?? ''} aria-describedby={error ? ids.error : undefined}
                  onChange={(e) => set({ range: { ...range, toDate: e.target.value || undefined } })} />
              </label>
            </>
          )}
          {segments.state === 'error' && <p className={styles.popNote}>The segments could not be loaded; all customers are measured.</p>}
          {error && <p id={ids.error} className={styles.exportError} role="alert">{error}</p>}
        </div>
      )}
    </div>
  );
}

// The funnel's settings beside its steps: how the steps must follow each other, the conversion window, what must
// not happen between two steps, the breakdown (by a customer attribute the source holds) and the periods of the
// conversion over time.
import { useId, useState } from 'react';
import type { Load } from '../../../ui/load';
import { refKey, type StepRef } from '../steps/stepRefs';
import type { StepOptions } from '../steps/useStepOptions';
import { modes, unitLabels, type Breakdown, type FunnelDefinition, type WindowUnit } from './funnelDefinition';
import styles from './Funnels.module.css';

/** A customer attribute the source holds and how many customers have a value for it. */
export interface AttributeChoice { key: string; count: number }

interface Props {
  definition: FunnelDefinition;
  onChange: (next: FunnelDefinition) => void;
  options: StepOptions;
  /** The source's customer attribute names, most common first. */
  attributes: Load<AttributeChoice[]>;
}

export function FunnelSettings({ definition: d, onChange, options, attributes }: Props) {
  const ids = { window: useId(), unit: useId(), by: useId(), attribute: useId(), top: useId(), over: useId(), exclude: useId(), after: useId() };
  const [excludeAfter, setExcludeAfter] = useState(0);
  const set = (patch: Partial<FunnelDefinition>) => onChange({ ...d, ...patch });
  const byValue = d.breakdown?.by ?? '';
  const names = attributes.state === 'ready' ? attributes.value : [];
  const chosen = d.breakdown?.by === 'attribute' ? d.breakdown.attribute : undefined;
  // A key from a link the source does not hold stays listed, so the select shows what is measured.
  const listed = chosen && !names.some((a) => a.key === chosen) ? [...names, { key: chosen, count: 0 }] : names;
  const firstAttribute = chosen ?? names[0]?.key;
  const setBy = (by: string) => set({
    breakdown: by === 'channel' || by === 'segment' ? { by }
      : by === 'attribute' && firstAttribute ? { by: 'attribute', attribute: firstAttribute } : null,
  });
  const addExclusion = (value: string) => {
    const ref: StepRef | null = value.startsWith('s:') ? { stepId: value.slice(2) } : value.startsWith('a:') ? { activity: value.slice(2) } : null;
    if (ref) set({ exclusions: [...d.exclusions, { ref, after: Math.min(excludeAfter, Math.max(0, d.steps.length - 2)) }] });
  };
  const between = (after: number) => `between ${after + 1} and ${after + 2}`;
  return (
    <div className={styles.settings}>
      <fieldset className={styles.fieldset}>
        <legend className={styles.legendTitle}>Order</legend>
        <div className={styles.segmented} role="radiogroup" aria-label="How the steps follow each other">
          {modes.map((m) => (
            <label key={m.id} className={styles.segment} title={m.hint}>
              <input type="radio" name="funnel-mode" value={m.id} checked={d.mode === m.id} data-testid={`mode-${m.id}`}
                onChange={() => set({ mode: m.id })} />
              <span>{m.label}</span>
            </label>
          ))}
        </div>
        <p className={styles.hint}>{modes.find((m) => m.id === d.mode)?.hint}</p>
      </fieldset>

      <fieldset className={styles.fieldset}>
        <legend className={styles.legendTitle}>Conversion window</legend>
        <div className={styles.inline}>
          <label className="visually-hidden" htmlFor={ids.window}>Window length</label>
          <input id={ids.window} type="number" min={1} max={9999} className={`input ${styles.number}`} placeholder="none" data-testid="window-value"
            value={d.window?.value ?? ''} onChange={(e) => {
              const value = Math.floor(Number(e.target.value));
              set({ window: e.target.value === '' || !(value > 0) ? null : { value: Math.min(9999, value), unit: d.window?.unit ?? 'd' } });
            }} />
          <label className="visually-hidden" htmlFor={ids.unit}>Window unit</label>
          <select id={ids.unit} className="select" value={d.window?.unit ?? 'd'} data-testid="window-unit"
            onChange={(e) => set({ window: { value: d.window?.value ?? 1, unit: e.target.value as WindowUnit } })}>
            {(Object.keys(unitLabels) as WindowUnit[]).map((u) => <option key={u} value={u}>{unitLabels[u]}</option>)}
          </select>
        </div>
        <p className={styles.hint}>{d.window ? `Every step within ${d.window.value} ${unitLabels[d.window.unit]} of the first.` : 'No limit: any time later counts.'}</p>
      </fieldset>

      <fieldset className={styles.fieldset}>
        <legend className={styles.legendTitle}>Exclusions</legend>
        {d.exclusions.length > 0 && (
          <ul className={styles.chips} aria-label="Exclusions">
            {d.exclusions.map((e, i) => (
              <li key={`${refKey(e.ref)}@${e.after}`} className={styles.chip} data-testid="exclusion">
                Not “{options.nameOf(e.ref)}” {between(e.after)}
                <button type="button" className="icon-btn" aria-label={`Remove the exclusion of ${options.nameOf(e.ref)}`}
                  onClick={() => set({ exclusions: d.exclusions.filter((_, j) => j !== i) })}>×</button>
              </li>
            ))}
          </ul>
        )}
        {d.steps.length >= 2 && (
          <div className={styles.inline}>
            <label className="visually-hidden" htmlFor={ids.after}>Between steps</label>
            <select id={ids.after} className="select" value={excludeAfter} data-testid="exclusion-after" onChange={(e) => setExcludeAfter(Number(e.target.value))}>
              {d.steps.slice(0, -1).map((_, i) => <option key={i} value={i}>{between(i)}</option>)}
            </select>
            <label className="visually-hidden" htmlFor={ids.exclude}>Exclude</label>
            <select id={ids.exclude} className="select" value="" data-testid="exclusion-add" onChange={(e) => addExclusion(e.target.value)}>
              <option value="">+ Exclude…</option>
              {options.mapSteps.some((m) => m.bound) && (
                <optgroup label="Map steps">
                  {options.mapSteps.filter((m) => m.bound).map((m) => <option key={m.stepId} value={`s:${m.stepId}`}>{m.name}</option>)}
                </optgroup>
              )}
              <optgroup label="Activities">
                {options.activities.map((a) => <option key={a} value={`a:${a}`}>{a}</option>)}
              </optgroup>
            </select>
          </div>
        )}
      </fieldset>

      <fieldset className={styles.fieldset}>
        <legend className={styles.legendTitle}>Breakdown</legend>
        <div className={styles.inline}>
          <label className="visually-hidden" htmlFor={ids.by}>Break down by</label>
          <select id={ids.by} className="select" value={byValue} data-testid="breakdown-by" onChange={(e) => setBy(e.target.value)}>
            <option value="">None</option>
            <option value="channel">Channel of the first step</option>
            <option value="segment">Saved segments</option>
            <option value="attribute" disabled={names.length === 0 && !chosen}>
              {attributes.state === 'loading' ? 'Customer attribute (loading…)' : names.length === 0 && !chosen ? 'Customer attribute (none in this source)' : 'Customer attribute'}
            </option>
          </select>
          {d.breakdown && (
            <>
              <label className="visually-hidden" htmlFor={ids.top}>Groups shown</label>
              <select id={ids.top} className="select" value={d.top} data-testid="breakdown-top" onChange={(e) => set({ top: Number(e.target.value) })}>
                {[3, 5, 10, 20].map((n) => <option key={n} value={n}>top {n}</option>)}
              </select>
            </>
          )}
        </div>
        {d.breakdown?.by === 'attribute' && (
          <div className={styles.inline}>
            <label className={styles.small} htmlFor={ids.attribute}>Attribute</label>
            <select id={ids.attribute} className="select" value={chosen} data-testid="breakdown-attribute"
              onChange={(e) => set({ breakdown: { by: 'attribute', attribute: e.target.value } satisfies Breakdown })}>
              {listed.map((a) => (
                <option key={a.key} value={a.key}>{a.count > 0 ? `${a.key} (${a.count.toLocaleString('en-US')} customers)` : `${a.key} (not in this source)`}</option>
              ))}
            </select>
          </div>
        )}
      </fieldset>

      <fieldset className={styles.fieldset}>
        <legend className={styles.legendTitle}>Over time</legend>
        <label className="visually-hidden" htmlFor={ids.over}>Conversion over time by</label>
        <select id={ids.over} className="select" value={d.over} data-testid="over" onChange={(e) => set({ over: e.target.value as FunnelDefinition['over'] })}>
          <option value="day">by day</option>
          <option value="week">by week</option>
          <option value="month">by month</option>
        </select>
      </fieldset>
    </div>
  );
}

// Who it acts on and how often: a segment and customer attributes, then re-entry (once per customer, every time, or
// again after a wait) and a daily cap per customer.
import { useId } from 'react';
import { Field } from './Field';
import { FilterRows } from './FilterRows';
import { Duration } from './TriggerFields';
import { errorAt, type FieldErrors, type RuleDraft } from './ruleForm';
import styles from './Rules.module.css';

interface Props { draft: RuleDraft; set: (patch: Partial<RuleDraft>) => void; errors: FieldErrors; segments: { id: string; name: string }[] }

export function ConditionFields({ draft, set, errors, segments }: Props) {
  return (
    <fieldset className={styles.group}>
      <legend>Only for</legend>
      <Field label="Segment" error={errorAt(errors, 'conditions.segmentId')}>
        {(a) => (
          <select className="select" {...a} value={draft.conditionSegmentId} onChange={(e) => set({ conditionSegmentId: e.target.value })}>
            <option value="">All customers</option>
            {segments.map((s) => <option key={s.id} value={s.id}>{s.name}</option>)}
          </select>
        )}
      </Field>
      <FilterRows legend="Attribute" rows={draft.attributes} path="conditions.attributes" errors={errors}
        onChange={(attributes) => set({ attributes })} addLabel="+ Attribute filter" />
    </fieldset>
  );
}

const reentries: { id: RuleDraft['reentry']; label: string }[] = [
  { id: 'once', label: 'Once per customer' }, { id: 'always', label: 'Every time' }, { id: 'after', label: 'Again after a wait' },
];

export function FrequencyFields({ draft, set, errors }: Omit<Props, 'segments'>) {
  const name = useId();
  return (
    <fieldset className={styles.group}>
      <legend>How often</legend>
      <div className={styles.radios} role="radiogroup" aria-label="Re-entry">
        {reentries.map((r) => (
          <label key={r.id} className={styles.check}>
            <input type="radio" name={name} checked={draft.reentry === r.id} onChange={() => set({ reentry: r.id })} />
            <span>{r.label}</span>
          </label>
        ))}
      </div>
      {draft.reentry === 'after' && (
        <Duration label="Wait" value={draft.reentryAfter} unit={draft.reentryUnit} error={errorAt(errors, 'frequency.reentryAfterSeconds')}
          onChange={(reentryAfter, reentryUnit) => set({ reentryAfter, reentryUnit })} />
      )}
      <Field label="At most per customer a day" error={errorAt(errors, 'frequency.maxPerDay')} hint="Empty: no cap." className={styles.narrow}>
        {(a) => <input className="input" {...a} inputMode="numeric" value={draft.maxPerDay} onChange={(e) => set({ maxPerDay: e.target.value })} />}
      </Field>
    </fieldset>
  );
}

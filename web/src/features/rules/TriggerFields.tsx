// The rule editor's trigger: its kind and that kind's fields. Step pickers list the map's steps by their labels;
// durations are a number and a unit.
import { durationUnits, type DurationUnit } from './duration';
import { Field } from './Field';
import { FilterRows } from './FilterRows';
import type { StepOption } from './RulesPanel';
import { errorAt, type FieldErrors, type RuleDraft } from './ruleForm';
import type { Intent, TriggerKind } from './rulesApi';
import styles from './Rules.module.css';

const intents: Intent[] = ['cancel', 'switch', 'refund', 'complaint', 'praise', 'question'];

const triggerKinds: { id: TriggerKind; label: string }[] = [
  { id: 'stalled', label: 'Customers stall between two steps' },
  { id: 'reached-step', label: 'Customers reach a step' },
  { id: 'event', label: 'An event matches' },
  { id: 'feedback', label: 'Feedback arrives on a step' },
  { id: 'segment-entered', label: 'Customers enter a segment' },
];

interface Props {
  draft: RuleDraft;
  set: (patch: Partial<RuleDraft>) => void;
  errors: FieldErrors;
  steps: StepOption[];
  segments: { id: string; name: string }[];
}

export function TriggerFields({ draft, set, errors, steps, segments }: Props) {
  const stepPicker = (label: string, value: string, path: string, onPick: (id: string) => void, testId: string) => (
    <Field label={label} error={errorAt(errors, path)}>
      {(a) => (
        <select className="select" {...a} value={value} onChange={(e) => onPick(e.target.value)} data-testid={testId}>
          <option value="">Pick a step…</option>
          {steps.map((s) => <option key={s.id} value={s.id}>{s.label}</option>)}
        </select>
      )}
    </Field>
  );
  return (
    <fieldset className={styles.group}>
      <legend>When</legend>
      <Field label="Trigger">
        {(a) => (
          <select className="select" {...a} value={draft.kind} onChange={(e) => set({ kind: e.target.value as TriggerKind })} data-testid="rule-kind">
            {triggerKinds.map((k) => <option key={k.id} value={k.id}>{k.label}</option>)}
          </select>
        )}
      </Field>
      {(draft.kind === 'stalled' || draft.kind === 'reached-step' || draft.kind === 'feedback') &&
        stepPicker(draft.kind === 'stalled' ? 'Reached step' : 'Step', draft.stepId, 'trigger.stepId', (stepId) => set({ stepId }), 'rule-step')}
      {draft.kind === 'stalled' && (
        <>
          {stepPicker('But not step', draft.untilStepId, 'trigger.untilStepId', (untilStepId) => set({ untilStepId }), 'rule-until-step')}
          <Duration label="Within" value={draft.within} unit={draft.withinUnit} error={errorAt(errors, 'trigger.withinSeconds')}
            hint="From one minute to one year." onChange={(within, withinUnit) => set({ within, withinUnit })} testId="rule-within" />
        </>
      )}
      {draft.kind === 'event' && (
        <>
          <Field label="Activity" error={errorAt(errors, 'trigger.activity')} hint="The event's activity name, as your data sends it.">
            {(a) => <input className="input" {...a} value={draft.activity} onChange={(e) => set({ activity: e.target.value })} />}
          </Field>
          <FilterRows legend="Property" rows={draft.properties} path="trigger.properties" errors={errors}
            onChange={(properties) => set({ properties })} addLabel="+ Property filter" />
        </>
      )}
      {draft.kind === 'feedback' && <FeedbackFields draft={draft} set={set} errors={errors} />}
      {draft.kind === 'segment-entered' && (
        <Field label="Segment" error={errorAt(errors, 'trigger.segmentId')}>
          {(a) => (
            <select className="select" {...a} value={draft.triggerSegmentId} onChange={(e) => set({ triggerSegmentId: e.target.value })}>
              <option value="">Pick a segment…</option>
              {segments.map((s) => <option key={s.id} value={s.id}>{s.name}</option>)}
            </select>
          )}
        </Field>
      )}
    </fieldset>
  );
}

function FeedbackFields({ draft, set, errors }: Pick<Props, 'draft' | 'set' | 'errors'>) {
  return (
    <div className={styles.pair}>
      <Field label="Score from" error={errorAt(errors, 'trigger.feedback.scoreMin')}>
        {(a) => <input className="input" {...a} inputMode="numeric" value={draft.scoreMin} placeholder="any" onChange={(e) => set({ scoreMin: e.target.value })} />}
      </Field>
      <Field label="to" error={errorAt(errors, 'trigger.feedback.scoreMax')}>
        {(a) => <input className="input" {...a} inputMode="numeric" value={draft.scoreMax} placeholder="any" onChange={(e) => set({ scoreMax: e.target.value })} />}
      </Field>
      <Field label="Sentiment" error={errorAt(errors, 'trigger.feedback.sentiment')}>
        {(a) => (
          <select className="select" {...a} value={draft.sentiment} onChange={(e) => set({ sentiment: e.target.value as RuleDraft['sentiment'] })}>
            <option value="">Any</option><option value="negative">Negative</option><option value="neutral">Neutral</option><option value="positive">Positive</option>
          </select>
        )}
      </Field>
      <Field label="Intent" error={errorAt(errors, 'trigger.feedback.intent')}>
        {(a) => (
          <select className="select" {...a} value={draft.intent} onChange={(e) => set({ intent: e.target.value as RuleDraft['intent'] })}>
            <option value="">Any</option>
            {intents.map((i) => <option key={i} value={i}>{i[0]!.toUpperCase() + i.slice(1)}</option>)}
          </select>
        )}
      </Field>
    </div>
  );
}

export function Duration({ label, value, unit, error, hint, onChange, testId }: {
  label: string; value: string; unit: DurationUnit; error?: string; hint?: string; onChange: (value: string, unit: DurationUnit) => void; testId?: string;
}) {
  return (
    <Field label={label} error={error} hint={hint}>
      {(a) => (
        <div className={styles.duration}>
          <input className="input" {...a} inputMode="decimal" value={value} onChange={(e) => onChange(e.target.value, unit)} data-testid={testId} />
          <select className="select" aria-label={`${label}: unit`} value={unit} onChange={(e) => onChange(value, e.target.value as DurationUnit)}>
            {durationUnits.map((u) => <option key={u} value={u}>{u}</option>)}
          </select>
        </div>
      )}
    </Field>
  );
}

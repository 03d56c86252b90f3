// The rule editor: name, trigger, conditions, frequency and actions; the form's checks are the server's, and the
// server's 400 errors are shown beside the field they name. Save keeps the rule as it is (a new one off); the
// backtest then offers "Switch on".
import { useState } from 'react';
import { ApiError } from '../../api/http';
import { ActionFields } from './ActionFields';
import { BacktestBox } from './BacktestBox';
import { periodRequest } from './backtest';
import { Field } from './Field';
import { ConditionFields, FrequencyFields } from './FrequencyFields';
import type { StepOption } from './RulesPanel';
import { useRules } from './RulesContext';
import { TriggerFields } from './TriggerFields';
import { checkDraft, errorAt, maxName, requestOf, serverErrors, unplacedErrors, type FieldErrors, type RuleDraft } from './ruleForm';
import { rulesApi, type Rule, type RuleRequest } from './rulesApi';
import styles from './Rules.module.css';

/** The paths the form's fields show; any other error of the server is listed at the top. */
const placed = ['name', 'enabled', 'trigger.kind', 'trigger.stepId', 'trigger.untilStepId', 'trigger.withinSeconds', 'trigger.activity',
  'trigger.properties', 'trigger.feedback', 'trigger.segmentId', 'conditions.segmentId', 'conditions.attributes',
  'frequency.reentryAfterSeconds', 'frequency.maxPerDay', 'actions'];

interface Props {
  workspaceId: string;
  mapId: string;
  initial: RuleDraft;
  ruleId?: string;
  steps: StepOption[];
  segments: { id: string; name: string }[];
  save: (args: { ruleId?: string; rule: RuleRequest }) => Promise<Rule>;
  canEdit: boolean;
}

export function RuleEditor({ workspaceId, mapId, initial, ruleId, steps, segments, save, canEdit }: Props) {
  const { show } = useRules();
  const [draft, setDraft] = useState(initial);
  const [tried, setTried] = useState(false);
  const [server, setServer] = useState<FieldErrors>({});
  const [failure, setFailure] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const stepIds = new Set(steps.map((s) => s.id));
  const local = checkDraft(draft, stepIds);
  const errors: FieldErrors = { ...(tried ? local : {}), ...server };
  const set = (patch: Partial<RuleDraft>) => { setDraft((d) => ({ ...d, ...patch })); setServer({}); setFailure(null); };
  const ready = () => { setTried(true); return Object.keys(local).length === 0; };
  const fail = (err: unknown, prefix = '') => {
    const named = err instanceof ApiError ? serverErrors(err.problem.errors) : {};
    const stripped = Object.fromEntries(Object.entries(named).map(([p, m]) => [prefix && p.startsWith(prefix) ? p.slice(prefix.length) : p, m]));
    setServer(stripped);
    setFailure(Object.keys(stripped).length > 0 ? null : err instanceof ApiError ? err.message : String(err));
  };

  const store = async (enabled: boolean) => {
    if (!ready()) return;
    setBusy(true);
    try {
      const saved = await save({ ruleId, rule: { ...requestOf(draft), enabled } });
      show({ kind: 'rule', ruleId: saved.id });
    } catch (err) { fail(err); } finally { setBusy(false); }
  };
  const backtest = async (from: string, to: string) => {
    if (!ready()) return null;
    try {
      return await rulesApi.backtest(workspaceId, mapId, { rule: requestOf(draft), ...periodRequest(from, to) });
    } catch (err) { fail(err, 'rule.'); return null; }
  };

  if (!canEdit) return <p className={styles.hint}>Editors of this map make and change its rules.</p>;
  const general = unplacedErrors(server, placed);
  return (
    <form className={styles.editor} onSubmit={(e) => { e.preventDefault(); void store(draft.enabled); }} noValidate data-testid="rule-editor">
      <button type="button" className={styles.back} onClick={() => show(ruleId ? { kind: 'rule', ruleId } : { kind: 'list' })}>← {ruleId ? 'Back to the rule' : 'All rules'}</button>
      {(failure || general.length > 0) && (
        <div className={styles.error} role="alert">{failure ?? 'The server refused the rule:'}{general.length > 0 && <ul>{general.map((g) => <li key={g}>{g}</li>)}</ul>}</div>
      )}
      <Field label="Name" error={errorAt(errors, 'name')}>
        {(a) => <input className="input" {...a} value={draft.name} maxLength={maxName + 20} onChange={(e) => set({ name: e.target.value })} data-testid="rule-name" />}
      </Field>
      <TriggerFields draft={draft} set={set} errors={errors} steps={steps} segments={segments} />
      <ConditionFields draft={draft} set={set} errors={errors} segments={segments} />
      <FrequencyFields draft={draft} set={set} errors={errors} />
      <ActionFields draft={draft} set={set} errors={errors} />
      <BacktestBox run={backtest} canSwitchOn={!draft.enabled} busy={busy} onSwitchOn={() => void store(true)} />
      <div className={styles.footer}>
        <button type="submit" className="btn btn-sm btn-primary" disabled={busy} data-testid="save-rule">
          {busy ? 'Saving…' : draft.enabled ? 'Save' : ruleId ? 'Save (off)' : 'Save, off for now'}
        </button>
        <button type="button" className="btn btn-sm" onClick={() => show(ruleId ? { kind: 'rule', ruleId } : { kind: 'list' })}>Cancel</button>
      </div>
    </form>
  );
}

// The map's rules: name, what sets each off, on or off (a switch for editors), when it last fired and how often in
// the last day, and a broken rule's problem.
import { useState } from 'react';
import { ApiError } from '../../api/http';
import { exactTime, relativeTime } from '../../ui/relativeTime';
import { EmptyState, LoadView } from '../../ui/States';
import { useRules } from './RulesContext';
import { emptyDraft } from './ruleForm';
import { rulesAtStep, triggerSummary, type Names } from './ruleSummary';
import type { Rule } from './rulesApi';
import type { useMapRules } from './useMapRules';
import styles from './Rules.module.css';

interface Props {
  workspaceId: string; rules: ReturnType<typeof useMapRules>; names: Names; canEdit: boolean;
  /** Only the rules that start or end at this step (from the live view's rules marker). */
  stepId?: string;
}

export function RuleList({ rules, names, canEdit, stepId }: Props) {
  const { show } = useRules();
  const [error, setError] = useState<string | null>(null);
  const [switching, setSwitching] = useState<string | null>(null);
  const flip = async (rule: Rule) => {
    setError(null);
    setSwitching(rule.id);
    try { await rules.switchRule(rule, !rule.enabled); } catch (err) {
      setError(`“${rule.name}” could not be switched ${rule.enabled ? 'off' : 'on'}: ${err instanceof ApiError ? err.messages.join(' ') : String(err)}`);
    } finally { setSwitching(null); }
  };
  return (
    <>
      <div className={styles.intro}>
        <p className={styles.lead}>Rules act while customers are still on the journey: when they reach a step, stall or give feedback, Waymark calls a webhook and notes it in the activity feed.</p>
        {canEdit
          ? <button type="button" className="btn btn-sm" onClick={() => show({ kind: 'edit', draft: emptyDraft() })} data-testid="new-rule">+ New rule</button>
          : <p className={styles.hint}>Editors of this map make and change its rules.</p>}
      </div>
      {error && <p className={styles.error} role="alert">{error}</p>}
      {stepId !== undefined && (
        <p className={styles.hint} data-testid="rules-step-filter">
          Rules at “{names.step(stepId) ?? 'a step no longer on the map'}”{' · '}
          <button type="button" className={styles.linkBtn} onClick={() => show({ kind: 'list' })}>Show all rules</button>
        </p>
      )}
      <LoadView load={rules.load} loading="Loading rules" errorTitle="The rules could not be loaded" onRetry={rules.retry}>
        {(all) => { const list = rulesAtStep(all, stepId); return (list.length === 0
          ? <EmptyState title={stepId !== undefined && all.length > 0 ? 'No rules at this step' : 'No rules on this map yet'}>Open a step’s menu and pick “When customers stall here…” to start one.</EmptyState>
          : (
            <ul className={styles.rules} aria-label="Rules on this map">
              {list.map((rule) => (
                <li key={rule.id} className={styles.rule} data-rule-id={rule.id} data-state={rule.state}>
                  <div className={styles.ruleHead}>
                    <button type="button" className={styles.ruleName} onClick={() => show({ kind: 'rule', ruleId: rule.id })}>{rule.name}</button>
                    <StateBadge rule={rule} />
                  </div>
                  <p className={styles.summary}>{triggerSummary(rule.trigger, names)}</p>
                  {rule.state === 'broken' && rule.problem && <p className={styles.problem} data-testid="rule-problem">{rule.problem}</p>}
                  <div className={styles.ruleFoot}>
                    <span className={styles.hint}>
                      {rule.lastFiredAt ? <>Last fired <span title={exactTime(rule.lastFiredAt)}>{relativeTime(rule.lastFiredAt)}</span></> : 'Never fired'}
                      {' · '}{rule.firings24h} in 24 h
                    </span>
                    {canEdit && (
                      <label className={styles.switch}>
                        <input type="checkbox" role="switch" checked={rule.enabled} disabled={switching === rule.id} onChange={() => void flip(rule)}
                          aria-label={`${rule.name}: ${rule.enabled ? 'on' : 'off'}`} />
                        <span>{rule.enabled ? 'On' : 'Off'}</span>
                      </label>
                    )}
                  </div>
                </li>
              ))}
            </ul>
          )); }}
      </LoadView>
    </>
  );
}

export function StateBadge({ rule }: { rule: Rule }) {
  if (rule.state === 'broken') return <span className="badge badge-danger">Broken</span>;
  return rule.state === 'on' ? <span className="badge badge-ok">On</span> : <span className="badge">Off</span>;
}

// What the rule does: the workspace's webhook endpoints to call (owners manage them under Data → Webhooks; others
// cannot list them, so they are told so) and an entry on the map's activity feed.
import { ApiError } from '../../api/http';
import { Link } from '../../app/Link';
import { useCan, useWorkspace } from '../../app/workspace';
import { useWebhooks } from '../webhooks/useWebhooks';
import { errorAt, type FieldErrors, type RuleDraft } from './ruleForm';
import styles from './Rules.module.css';

export function ActionFields({ draft, set, errors }: { draft: RuleDraft; set: (patch: Partial<RuleDraft>) => void; errors: FieldErrors }) {
  const workspace = useWorkspace();
  const owner = useCan('owner');
  const { load, retry } = useWebhooks(workspace.id, owner);
  const toggle = (id: string, on: boolean) =>
    set({ webhookEndpointIds: on ? [...draft.webhookEndpointIds, id] : draft.webhookEndpointIds.filter((w) => w !== id) });
  const problem = errorAt(errors, 'actions');
  return (
    <fieldset className={styles.group} aria-describedby={problem ? 'rule-actions-problem' : undefined}>
      <legend>Then</legend>
      <div className={styles.checks} role="group" aria-label="Webhooks to call">
        <span className={styles.groupLabel}>Call webhooks</span>
        {!owner && (
          <p className={styles.hint}>
            Only owners see the workspace’s webhooks.{' '}
            {draft.webhookEndpointIds.length > 0 ? `This rule calls ${draft.webhookEndpointIds.length}; an owner can change which.` : 'Ask an owner to add one to this rule.'}
          </p>
        )}
        {owner && load.state === 'loading' && <p className={styles.hint}>Loading webhooks…</p>}
        {owner && load.state === 'error' && (
          <p className={styles.error} role="alert">
            The webhooks could not be loaded: {load.error instanceof ApiError ? load.error.message : String(load.error)}{' '}
            <button type="button" className={styles.linkBtn} onClick={retry}>Try again</button>
          </p>
        )}
        {owner && load.state === 'ready' && load.value.length === 0 && (
          <p className={styles.hint} data-testid="no-webhooks">
            This workspace has no webhooks yet. <Link href="/data/webhooks">Add one under Data → Webhooks</Link>, then pick it here.
          </p>
        )}
        {owner && load.state === 'ready' && load.value.map((hook) => (
          <label key={hook.id} className={styles.check}>
            <input type="checkbox" checked={draft.webhookEndpointIds.includes(hook.id)} onChange={(e) => toggle(hook.id, e.target.checked)}
              data-testid="rule-webhook" />
            <span className={styles.checkText}>
              <span className={styles.endpoint}>{hook.url}</span>
              {!hook.enabled && <span className={styles.problemInline}> (disabled: {hook.disabledReason ?? 'off'})</span>}
              {hook.description && <span className={styles.hint}>{hook.description}</span>}
            </span>
          </label>
        ))}
      </div>
      <label className={styles.check}>
        <input type="checkbox" checked={draft.activityFeed} onChange={(e) => set({ activityFeed: e.target.checked })} />
        <span>Note it on the map’s activity feed</span>
      </label>
      {problem && <span id="rule-actions-problem" className={styles.fieldError} data-testid="field-error">{problem}</span>}
    </fieldset>
  );
}

// What the rule does: the workspace's webhook endpoints to call (owners manage them under Data → Webhooks; editors
// pick from their hosts; viewers and commenters are told who picks) and an entry on the map's activity feed.
import { ApiError } from '../../api/http';
import { Link } from '../../app/Link';
import { useCan, useWorkspace } from '../../app/workspace';
import { noEndpointsText } from './endpointOptions';
import { errorAt, type FieldErrors, type RuleDraft } from './ruleForm';
import { useEndpointOptions } from './useEndpointOptions';
import styles from './Rules.module.css';

export function ActionFields({ draft, set, errors }: { draft: RuleDraft; set: (patch: Partial<RuleDraft>) => void; errors: FieldErrors }) {
  const workspace = useWorkspace();
  const owner = useCan('owner');
  const editor = useCan('editor');
  const picks = owner || editor;
  const { load, retry } = useEndpointOptions(workspace.id, { owner, editor });
  const toggle = (id: string, on: boolean) =>
    set({ webhookEndpointIds: on ? [...draft.webhookEndpointIds, id] : draft.webhookEndpointIds.filter((w) => w !== id) });
  const problem = errorAt(errors, 'actions');
  return (
    <fieldset className={styles.group} aria-describedby={problem ? 'rule-actions-problem' : undefined}>
      <legend>Then</legend>
      <div className={styles.checks} role="group" aria-label="Webhooks to call">
        <span className={styles.groupLabel}>Call webhooks</span>
        {!picks && (
          <p className={styles.hint}>
            Editors pick the workspace’s webhooks.{' '}
            {draft.webhookEndpointIds.length > 0 ? `This rule calls ${draft.webhookEndpointIds.length}.` : 'This rule calls none.'}
          </p>
        )}
        {picks && load.state === 'loading' && <p className={styles.hint}>Loading webhooks…</p>}
        {picks && load.state === 'error' && (
          <p className={styles.error} role="alert">
            The webhooks could not be loaded: {load.error instanceof ApiError ? load.error.message : String(load.error)}{' '}
            <button type="button" className={styles.linkBtn} onClick={retry}>Try again</button>
          </p>
        )}
        {picks && load.state === 'ready' && load.value.length === 0 && (
          <p className={styles.hint} data-testid="no-webhooks">
            {noEndpointsText(owner)}
            {owner && <> <Link href="/data/webhooks">Add one under Data → Webhooks</Link>, then pick it here.</>}
          </p>
        )}
        {picks && load.state === 'ready' && load.value.map((hook) => (
          <label key={hook.id} className={styles.check}>
            <input type="checkbox" checked={draft.webhookEndpointIds.includes(hook.id)} onChange={(e) => toggle(hook.id, e.target.checked)}
              data-testid="rule-webhook" />
            <span className={styles.checkText}>
              <span className={styles.endpoint}>{hook.target}</span>
              {hook.offReason !== null && <span className={styles.problemInline}> (disabled: {hook.offReason})</span>}
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

// One rule: what sets it off, its state, editing, a test send and deleting it (editors), and its firings, newest
// first, each with the webhook deliveries it made.
import { useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { ApiError } from '../../api/http';
import { ConfirmDialog } from '../../ui/Dialog';
import { LoadView } from '../../ui/States';
import { RuleFirings } from './RuleFirings';
import { StateBadge } from './RuleList';
import { useRules } from './RulesContext';
import { draftOf } from './ruleForm';
import { triggerSummary, type Names } from './ruleSummary';
import { rulesApi } from './rulesApi';
import { ruleKeys, type useMapRules } from './useMapRules';
import styles from './Rules.module.css';

interface Props { workspaceId: string; mapId: string; ruleId: string; rules: ReturnType<typeof useMapRules>; names: Names; canEdit: boolean }

export function RuleDetail({ workspaceId, mapId, ruleId, rules, names, canEdit }: Props) {
  const { show } = useRules();
  const client = useQueryClient();
  const [note, setNote] = useState<{ text: string; error: boolean } | null>(null);
  const [testing, setTesting] = useState(false);
  const [deleting, setDeleting] = useState(false);
  const say = (text: string, error = false) => setNote({ text, error });
  const problem = (err: unknown) => (err instanceof ApiError ? err.messages.join(' ') : String(err));

  return (
    <>
      <button type="button" className={styles.back} onClick={() => show({ kind: 'list' })}>← All rules</button>
      <LoadView load={rules.load} loading="Loading the rule" errorTitle="The rule could not be loaded" onRetry={rules.retry}>
        {(list) => {
          const rule = list.find((r) => r.id === ruleId);
          if (!rule) return <p className={styles.hint}>This rule was deleted.</p>;
          const test = async () => {
            setTesting(true);
            setNote(null);
            try {
              const { deliveryIds } = await rulesApi.test(workspaceId, mapId, rule.id);
              say(deliveryIds.length === 0 ? 'Test sent to the activity feed only: the rule calls no webhook.'
                : `Test queued to ${deliveryIds.length} ${deliveryIds.length === 1 ? 'webhook' : 'webhooks'}: see Webhooks under Data for the answers.`);
              void client.invalidateQueries({ queryKey: ruleKeys.firings(workspaceId, mapId, rule.id) });
            } catch (err) { say(`The test could not be sent: ${problem(err)}`, true); } finally { setTesting(false); }
          };
          const remove = async () => {
            setDeleting(false);
            try { await rules.remove(rule.id); show({ kind: 'list' }); } catch (err) { say(`The rule could not be deleted: ${problem(err)}`, true); }
          };
          return (
            <>
              <section className={styles.section} aria-label="Rule">
                <div className={styles.ruleHead}>
                  <h3 className={styles.detailName}>{rule.name}</h3>
                  <StateBadge rule={rule} />
                </div>
                <p className={styles.summary}>{triggerSummary(rule.trigger, names)}</p>
                {rule.state === 'broken' && rule.problem && <p className={styles.problem}>{rule.problem}</p>}
                <p className={styles.hint}>
                  {rule.actions.webhookEndpointIds.length} {rule.actions.webhookEndpointIds.length === 1 ? 'webhook' : 'webhooks'}
                  {rule.actions.activityFeed ? ' and the activity feed' : ''} · {rule.firingsTotal} {rule.firingsTotal === 1 ? 'firing' : 'firings'} in all
                </p>
                {canEdit && (
                  <div className={styles.buttons}>
                    <button type="button" className="btn btn-sm" onClick={() => show({ kind: 'edit', draft: draftOf(rule), ruleId: rule.id })}>Edit</button>
                    <button type="button" className="btn btn-sm" disabled={testing} onClick={() => void test()} data-testid="rule-test">{testing ? 'Sending…' : 'Send test'}</button>
                    <button type="button" className={`btn btn-sm ${styles.danger}`} onClick={() => setDeleting(true)}>Delete…</button>
                  </div>
                )}
                {note && <p className={note.error ? styles.error : styles.ok} role={note.error ? 'alert' : 'status'}>{note.text}</p>}
              </section>
              <RuleFirings workspaceId={workspaceId} mapId={mapId} ruleId={rule.id} />
              <ConfirmDialog open={deleting} title="Delete this rule?"
                message={<>“{rule.name}” stops firing and its firings are forgotten. Deliveries already sent stay in the webhooks’ logs.</>}
                confirmLabel="Delete rule" onConfirm={() => void remove()} onCancel={() => setDeleting(false)} />
            </>
          );
        }}
      </LoadView>
    </>
  );
}

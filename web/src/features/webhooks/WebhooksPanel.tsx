// The workspace's webhook endpoints (owners manage them; the server refuses others): each with its URL, events and
// state (a disabled one says why), its delivery log, a test send, switching it off and on, rotating its secret and
// deleting it. Others see what webhooks are for and who manages them, not buttons that would fail.
import { useState } from 'react';
import { ApiError } from '../../api/http';
import { useCan, useWorkspace } from '../../app/workspace';
import { ConfirmDialog } from '../../ui/Dialog';
import { EmptyState, LoadView } from '../../ui/States';
import { CreateWebhookDialog } from './CreateWebhookDialog';
import { RotateSecretDialog } from './RotateSecretDialog';
import { WebhookItem } from './WebhookItem';
import { useWebhooks } from './useWebhooks';
import type { Webhook } from './webhooksApi';
import styles from './Webhooks.module.css';

export function WebhooksPanel() {
  const workspace = useWorkspace();
  const owner = useCan('owner');
  const hooks = useWebhooks(workspace.id, owner);
  const [creating, setCreating] = useState(false);
  const [rotating, setRotating] = useState<Webhook | null>(null);
  const [deleting, setDeleting] = useState<Webhook | null>(null);
  const [error, setError] = useState<string | null>(null);

  const run = async (what: string, change: () => Promise<unknown>) => {
    setError(null);
    try { await change(); } catch (err) { setError(`${what}: ${err instanceof ApiError ? err.message : String(err)}`); }
  };
  const confirmDelete = () => {
    const hook = deleting;
    setDeleting(null);
    if (hook) void run(`${hook.url} could not be deleted`, () => hooks.remove(hook.id));
  };

  return (
    <section className={styles.card} aria-labelledby="webhooks-title" data-testid="webhooks-panel">
      <header className={styles.cardHead}>
        <div>
          <h2 id="webhooks-title">Webhooks</h2>
          <p className="muted">Journey rules call these URLs when customers reach, stall at or give feedback on a step. Each call is signed, retried for three days and logged.</p>
        </div>
        {owner && <button type="button" className="btn btn-primary" onClick={() => setCreating(true)} data-testid="new-webhook"><span aria-hidden="true">+</span> New webhook</button>}
      </header>
      {!owner && (
        <p className={styles.readerNote} data-testid="webhooks-owners-only">
          Only owners of {workspace.name} add and change webhooks, since their secrets sign what Waymark sends. Ask an owner to add an
          endpoint; rules on your maps can then call it.
        </p>
      )}
      {error && <p className={styles.noticeError} role="alert">{error}</p>}
      {owner && (
        <LoadView load={hooks.load} loading="Loading webhooks" errorTitle="The webhooks could not be loaded" onRetry={hooks.retry}>
          {(list) => (list.length === 0
            ? <EmptyState title="No webhooks yet">Add the URL of a system that should hear about your customers — a CRM, a help desk or your own service.</EmptyState>
            : (
              <ul className={styles.list}>
                {list.map((hook) => (
                  <WebhookItem key={hook.id} workspaceId={workspace.id} webhook={hook}
                    onToggle={() => void run(`${hook.url} could not be ${hook.enabled ? 'disabled' : 'enabled'}`,
                      () => hooks.update({ id: hook.id, body: { enabled: !hook.enabled } }))}
                    onRotate={() => setRotating(hook)} onDelete={() => setDeleting(hook)} onError={setError} />
                ))}
              </ul>
            ))}
        </LoadView>
      )}
      <CreateWebhookDialog open={creating} onClose={() => setCreating(false)} onCreate={hooks.create} />
      <RotateSecretDialog webhook={rotating} onClose={() => setRotating(null)} onRotate={(hours) => hooks.rotate({ id: rotating!.id, hours })} />
      <ConfirmDialog
        open={deleting !== null}
        title="Delete this webhook?"
        message={<>Waymark stops calling <strong className={styles.url}>{deleting?.url}</strong> and deletes its delivery log. Rules that call it stop calling it. This cannot be undone.</>}
        confirmLabel="Delete webhook"
        onConfirm={confirmDelete}
        onCancel={() => setDeleting(null)}
      />
    </section>
  );
}

// One webhook endpoint in the settings: URL, description, events, whether it is on (and why not), the secret's
// rotation, then its commands and, when opened, its delivery log.
import { useQueryClient } from '@tanstack/react-query';
import { useId, useState } from 'react';
import { ApiError } from '../../api/http';
import { exactTime, relativeTime } from '../../ui/relativeTime';
import { DeliveryLog } from './DeliveryLog';
import { webhookKeys } from './useWebhooks';
import { webhooksApi, type Webhook } from './webhooksApi';
import styles from './Webhooks.module.css';

interface Props {
  workspaceId: string;
  webhook: Webhook;
  onToggle: () => void;
  onRotate: () => void;
  onDelete: () => void;
  onError: (message: string) => void;
}

export function WebhookItem({ workspaceId, webhook: hook, onToggle, onRotate, onDelete, onError }: Props) {
  const [open, setOpen] = useState(false);
  const [testing, setTesting] = useState(false);
  const [sent, setSent] = useState(false);
  const client = useQueryClient();
  const logId = useId();
  const test = async () => {
    setTesting(true);
    setSent(false);
    try {
      await webhooksApi.test(workspaceId, hook.id);
      setSent(true);
      setOpen(true);
      void client.invalidateQueries({ queryKey: webhookKeys.deliveries(workspaceId, hook.id) });
    } catch (err) {
      onError(`The test could not be sent: ${err instanceof ApiError ? err.message : String(err)}`);
    } finally {
      setTesting(false);
    }
  };
  return (
    <li className={styles.item} data-webhook-id={hook.id}>
      <div className={styles.itemHead}>
        <div className={styles.itemText}>
          <span className={styles.url} data-testid="webhook-url-text">{hook.url}</span>
          {hook.description && <span className={styles.description}>{hook.description}</span>}
          <span className={styles.eventList} aria-label="Events">
            {hook.events.map((e) => <code key={e} className={styles.eventType}>{e}</code>)}
          </span>
        </div>
        <div className={styles.state}>
          {hook.enabled
            ? <span className="badge badge-ok">Enabled</span>
            : <span className="badge badge-danger" title={hook.disabledAt ? exactTime(hook.disabledAt) : undefined}>Disabled</span>}
          {!hook.enabled && hook.disabledReason && <span className={styles.reason} data-testid="webhook-disabled-reason">{hook.disabledReason}</span>}
          {hook.enabled && hook.consecutiveFailures > 0 && (
            <span className={styles.reasonWarn}>{hook.consecutiveFailures} failed {hook.consecutiveFailures === 1 ? 'attempt' : 'attempts'} in a row</span>
          )}
        </div>
      </div>
      <p className={styles.secretLine}>
        Secret made <span title={exactTime(hook.secretCreatedAt)}>{relativeTime(hook.secretCreatedAt)}</span>
        {hook.previousSecretValidUntil && <> · the old one also signs until <span title={exactTime(hook.previousSecretValidUntil)}>{exactTime(hook.previousSecretValidUntil)}</span></>}
      </p>
      <div className={styles.commands}>
        <button type="button" className="btn btn-sm" aria-expanded={open} aria-controls={logId} onClick={() => setOpen((o) => !o)} data-testid="webhook-deliveries">
          {open ? 'Hide deliveries' : 'Deliveries'}
        </button>
        <button type="button" className="btn btn-sm" disabled={!hook.enabled || testing} onClick={() => void test()}
          title={hook.enabled ? 'Queue a webhook.test delivery to this URL' : 'Enable the endpoint to send a test'} data-testid="webhook-test">
          {testing ? 'Sending…' : 'Send test'}
        </button>
        <button type="button" className="btn btn-sm" onClick={onToggle}>{hook.enabled ? 'Disable' : 'Enable'}</button>
        <button type="button" className="btn btn-sm" onClick={onRotate}>Rotate secret…</button>
        <button type="button" className={`btn btn-sm ${styles.danger}`} onClick={onDelete} aria-label={`Delete ${hook.url}`}>Delete…</button>
        {sent && <span className={styles.sent} role="status">Test queued: it shows in the log below.</span>}
      </div>
      <div id={logId} hidden={!open}>
        {open && <DeliveryLog workspaceId={workspaceId} webhookId={hook.id} enabled={hook.enabled} />}
      </div>
    </li>
  );
}

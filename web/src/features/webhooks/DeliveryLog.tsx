// One endpoint's delivery log, newest first, a page at a time: state, event type, attempts, the next attempt, what the
// last attempt got (status and the start of the answer, shown as text) and how long it took; any delivery can be
// replayed. While a delivery is pending the log asks again every few seconds.
import { useEffect, useState } from 'react';
import { ApiError } from '../../api/http';
import { useServerPages } from '../../app/server/useServerPages';
import { exactTime, relativeTime } from '../../ui/relativeTime';
import { EmptyState, LoadView } from '../../ui/States';
import { webhookKeys } from './useWebhooks';
import { deliveryChip, formatMs } from './webhookView';
import { webhooksApi, type WebhookDelivery } from './webhooksApi';
import styles from './Webhooks.module.css';

export function DeliveryLog({ workspaceId, webhookId, enabled }: { workspaceId: string; webhookId: string; enabled: boolean }) {
  const pages = useServerPages<WebhookDelivery, string>(webhookKeys.deliveries(workspaceId, webhookId), async (before, signal) => {
    const page = await webhooksApi.deliveries(workspaceId, webhookId, before, signal);
    return { items: page.items, next: page.nextBefore };
  });
  const [error, setError] = useState<string | null>(null);
  const [replaying, setReplaying] = useState<string | null>(null);
  const { retry } = pages;
  const waiting = pages.load.state === 'ready' && pages.load.value.some((d) => d.state === 'pending');
  useEffect(() => {
    if (!waiting) return;
    const timer = window.setInterval(retry, 3000);
    return () => window.clearInterval(timer);
  }, [waiting, retry]);

  const replay = async (d: WebhookDelivery) => {
    setError(null);
    setReplaying(d.id);
    try {
      await webhooksApi.replay(workspaceId, webhookId, d.id);
      retry();
    } catch (err) {
      setError(`The delivery could not be replayed: ${err instanceof ApiError ? err.message : String(err)}`);
    } finally {
      setReplaying(null);
    }
  };

  return (
    <div className={styles.log} data-testid="delivery-log">
      <div className={styles.logHead}>
        <p className="muted">Newest first. Each delivery keeps its <code>webhook-id</code> on every attempt and replay, so receivers can drop repeats.</p>
        <button type="button" className="btn btn-sm" onClick={retry}>Refresh</button>
      </div>
      {error && <p className={styles.noticeError} role="alert">{error}</p>}
      <LoadView load={pages.load} loading="Loading deliveries" errorTitle="The deliveries could not be loaded" onRetry={retry}>
        {(items) => (items.length === 0
          ? <EmptyState title="No deliveries yet">Rules that fire and test sends appear here with the receiver's answer.</EmptyState>
          : (
            <div className={styles.logScroll} tabIndex={0} aria-label="Deliveries">
              <table className={styles.table}>
                <thead>
                  <tr>
                    <th scope="col">State</th><th scope="col">Event</th><th scope="col">Sent</th><th scope="col" className={styles.num}>Attempts</th>
                    <th scope="col">Last answer</th><th scope="col" className={styles.num}>Took</th><th scope="col"><span className="visually-hidden">Actions</span></th>
                  </tr>
                </thead>
                <tbody>
                  {items.map((d) => (
                    <DeliveryRow key={d.id} delivery={d} canReplay={enabled && d.state !== 'pending'} busy={replaying === d.id} onReplay={() => void replay(d)} />
                  ))}
                </tbody>
              </table>
            </div>
          ))}
      </LoadView>
      {pages.hasMore && (
        <button type="button" className="btn btn-sm" disabled={pages.loadingMore} onClick={pages.loadMore}>
          {pages.loadingMore ? 'Loading…' : 'Older deliveries'}
        </button>
      )}
      {pages.moreError != null && <p className={styles.noticeError} role="alert">Older deliveries could not be loaded.</p>}
      {!enabled && <p className="muted">The endpoint is disabled: switch it on to replay deliveries.</p>}
    </div>
  );
}

function DeliveryRow({ delivery: d, canReplay, busy, onReplay }: { delivery: WebhookDelivery; canReplay: boolean; busy: boolean; onReplay: () => void }) {
  const chip = deliveryChip(d.state);
  return (
    <tr data-delivery-id={d.id} data-state={d.state}>
      <td>
        <span className={`badge ${toneClass[chip.tone]}`} title={d.stateReason ?? undefined}>{chip.label}</span>
        {d.state === 'pending' && d.nextAttemptAt && (
          <span className={styles.next} title={exactTime(d.nextAttemptAt)}>next {relativeTime(d.nextAttemptAt)}</span>
        )}
      </td>
      <td><code className={styles.eventType}>{d.eventType}</code></td>
      <td title={exactTime(d.createdAt)}>{relativeTime(d.createdAt)}</td>
      <td className={styles.num}>{d.attempts}</td>
      <td className={styles.answer}>
        <Answer delivery={d} />
      </td>
      <td className={styles.num}>{formatMs(d.lastDurationMs)}</td>
      <td className={styles.rowActions}>
        <button type="button" className="btn btn-sm" disabled={!canReplay || busy} onClick={onReplay}
          title={canReplay ? 'Send it again with the same webhook-id' : d.state === 'pending' ? 'Still on its way' : undefined}>
          {busy ? 'Replaying…' : 'Replay'}
        </button>
      </td>
    </tr>
  );
}

/** The last attempt's status and the start of the body, as text (never markup), or the error when no answer came. */
function Answer({ delivery: d }: { delivery: WebhookDelivery }) {
  if (d.attempts === 0) return <span className="muted">Not sent yet</span>;
  const head = d.lastStatus != null ? `HTTP ${d.lastStatus}` : 'No answer';
  const body = d.lastResponse ?? d.lastError ?? '';
  if (!body) return <span data-testid="delivery-status">{head}</span>;
  return (
    <details className={styles.details}>
      <summary><span data-testid="delivery-status">{head}</span> <span className={styles.excerpt}>{body.slice(0, 60)}</span></summary>
      <pre className={styles.body} data-testid="delivery-body">{body}</pre>
      {d.stateReason && <p className="muted">{d.stateReason}</p>}
    </details>
  );
}

const toneClass = { ok: 'badge-ok', warn: 'badge-warn', danger: 'badge-danger', neutral: '' } as const;

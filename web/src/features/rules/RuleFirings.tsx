// A rule's firings, newest first, a page at a time: who, when, what happened, and each webhook delivery it made with
// its state, attempts and the receiver's last status. Asks again while a delivery is on its way.
import { useEffect } from 'react';
import { useServerPages } from '../../app/server/useServerPages';
import { exactTime, relativeTime } from '../../ui/relativeTime';
import { EmptyState, LoadView } from '../../ui/States';
import { deliveryChip } from '../webhooks/webhookView';
import { rulesApi, type RuleFiring } from './rulesApi';
import { ruleKeys } from './useMapRules';
import styles from './Rules.module.css';

const toneClass = { ok: 'badge-ok', warn: 'badge-warn', danger: 'badge-danger', neutral: '' } as const;

export function RuleFirings({ workspaceId, mapId, ruleId }: { workspaceId: string; mapId: string; ruleId: string }) {
  const pages = useServerPages<RuleFiring, string>(ruleKeys.firings(workspaceId, mapId, ruleId), async (before, signal) => {
    const page = await rulesApi.firings(workspaceId, mapId, ruleId, before, signal);
    return { items: page.items, next: page.next ?? null };
  });
  const { retry } = pages;
  const waiting = pages.load.state === 'ready' && pages.load.value.some((f) => f.deliveries.some((d) => d.state === 'pending'));
  useEffect(() => {
    const timer = window.setInterval(retry, waiting ? 3000 : 15_000);
    return () => window.clearInterval(timer);
  }, [waiting, retry]);
  return (
    <section className={styles.section} aria-labelledby="rule-firings-title" data-testid="rule-firings">
      <div className={styles.sectionHead}>
        <h3 id="rule-firings-title">Firings</h3>
        <button type="button" className={styles.linkBtn} onClick={retry}>Refresh</button>
      </div>
      <LoadView load={pages.load} loading="Loading firings" errorTitle="The firings could not be loaded" onRetry={retry}>
        {(items) => (items.length === 0
          ? <EmptyState title="No firings yet">When the rule fires, each customer it fired for shows here with its deliveries.</EmptyState>
          : (
            <ol className={styles.firings}>
              {items.map((f) => (
                <li key={f.id} className={styles.firing} data-firing-id={f.id}>
                  <div className={styles.firingHead}>
                    <span className={styles.customer}>{f.customer}</span>
                    <span className={styles.hint} title={exactTime(f.firedAt)}>{relativeTime(f.firedAt)}</span>
                  </div>
                  <p className={styles.firingDetail}><code className={styles.eventType}>{f.eventType}</code> {f.detail}</p>
                  {f.deliveries.length > 0 && (
                    <ul className={styles.deliveries} aria-label="Deliveries">
                      {f.deliveries.map((d) => {
                        const chip = deliveryChip(d.state);
                        return (
                          <li key={d.webhookId} className={styles.delivery} data-delivery-id={d.webhookId} data-state={d.state}>
                            <span className={`badge ${toneClass[chip.tone]}`}>{chip.label}</span>
                            <span className={styles.endpoint} title={d.endpointUrl}>{d.endpointUrl}</span>
                            <span className={styles.hint}>
                              {d.lastStatus != null ? `HTTP ${d.lastStatus}` : d.attempts === 0 ? 'not sent yet' : 'no answer'}
                              {d.attempts > 1 ? ` · ${d.attempts} attempts` : ''}
                              {d.state === 'pending' && d.nextAttemptAt ? ` · next ${relativeTime(d.nextAttemptAt)}` : ''}
                            </span>
                          </li>
                        );
                      })}
                    </ul>
                  )}
                </li>
              ))}
            </ol>
          ))}
      </LoadView>
      {pages.hasMore && (
        <button type="button" className="btn btn-sm" disabled={pages.loadingMore} onClick={pages.loadMore}>{pages.loadingMore ? 'Loading…' : 'Older firings'}</button>
      )}
      {pages.moreError != null && <p className={styles.error} role="alert">Older firings could not be loaded.</p>}
    </section>
  );
}

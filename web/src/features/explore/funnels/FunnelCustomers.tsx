// The customers behind a bar, a page at a time, each opening their timeline. The total is the bar's own figure:
// both come from the engine's one funnel (docs/analytics.md, "The customers behind a bar").
import { useEffect, useRef, useState } from 'react';
import { api } from '../../../api/client';
import type { JourneyMap } from '../../../api/model';
import { keys } from '../../../app/server/keys';
import { useServerData } from '../../../app/server/useServerData';
import { LoadView } from '../../../ui/States';
import { CustomerTimeline } from './CustomerTimeline';
import { formatCount } from './funnelFormat';
import type { ChosenBar, FunnelAnswer } from './funnelTypes';
import styles from './Funnels.module.css';

const pageSize = 25;
const dateFormat = new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'short', year: 'numeric', hour: '2-digit', minute: '2-digit', timeZone: 'UTC' });

interface Props {
  workspaceId: string;
  body: Record<string, unknown>;
  answer: FunnelAnswer;
  bar: ChosenBar;
  map: JourneyMap | null;
  onClose: () => void;
}

export function FunnelCustomers({ workspaceId, body, answer, bar, map, onClose }: Props) {
  const [offset, setOffset] = useState(0);
  const [customer, setCustomer] = useState<string | null>(null);
  const heading = useRef<HTMLHeadingElement>(null);
  const request = { ...body, step: bar.step, dropped: bar.dropped, group: bar.group?.key ?? null, offset, limit: pageSize };
  const { load, retry } = useServerData({
    key: keys.funnelCustomers(workspaceId, request),
    keepPrevious: true,
    fetch: (signal) => api.funnels.customers(workspaceId, request as Parameters<typeof api.funnels.customers>[1], signal),
  });
  // The heading takes focus when the sheet opens and when it turns to a timeline or back, so Esc always reaches it.
  useEffect(() => { heading.current?.focus(); }, [customer]);
  const step = answer.steps[bar.step]?.name ?? '';
  const next = answer.steps[bar.step + 1]?.name ?? '';
  const title = bar.dropped ? `Reached “${step}”, not “${next}”` : `Reached “${step}”`;
  return (
    <aside className={styles.sheet} aria-labelledby="funnel-customers-title" data-testid="funnel-customers"
      onKeyDown={(e) => { if (e.key === 'Escape') { e.stopPropagation(); if (customer) setCustomer(null); else onClose(); } }}>
      <div className={styles.sheetHead}>
        <div>
          <h3 id="funnel-customers-title" ref={heading} tabIndex={-1}>{customer ?? title}</h3>
          <p className={styles.note}>{customer ? title : bar.group ? `Group: ${bar.group.name}` : 'All customers in the funnel'}</p>
        </div>
        <button type="button" className="icon-btn" aria-label="Close" onClick={onClose} data-testid="funnel-customers-close">×</button>
      </div>
      {customer ? (
        <>
          <button type="button" className="btn btn-sm btn-ghost" onClick={() => setCustomer(null)} data-testid="timeline-back">← Back to the customers</button>
          <CustomerTimeline workspaceId={workspaceId} customerId={customer} map={map} />
        </>
      ) : (
        <LoadView load={load} loading="Loading the customers" errorTitle="The customers could not be loaded" onRetry={retry}>
          {(page) => (
            <>
              <p className={styles.total} data-testid="funnel-customers-total" data-total={page.total}>
                {formatCount(page.total)} {page.total === 1 ? 'customer' : 'customers'}
              </p>
              <ul className={styles.customerList}>
                {page.customers.map((c) => (
                  <li key={c.id}>
                    <button type="button" className={styles.customer} data-testid="funnel-customer" onClick={() => setCustomer(c.id)}>
                      <span className={styles.customerId}>{c.id}</span>
                      <span className={styles.note}>
                        {c.reached} of {answer.steps.length} steps{c.started ? ` · entered ${dateFormat.format(new Date(c.started))}` : ''}
                      </span>
                      <span className={styles.open} aria-hidden="true">Timeline →</span>
                    </button>
                  </li>
                ))}
              </ul>
              {page.total > pageSize && (
                <div className={styles.pager}>
                  <button type="button" className="btn btn-sm" disabled={offset === 0} onClick={() => setOffset(Math.max(0, offset - pageSize))}>Previous</button>
                  <span className={styles.note}>{formatCount(offset + 1)}–{formatCount(Math.min(page.total, offset + pageSize))} of {formatCount(page.total)}</span>
                  <button type="button" className="btn btn-sm" disabled={offset + pageSize >= page.total} onClick={() => setOffset(offset + pageSize)}>Next</button>
                </div>
              )}
            </>
          )}
        </LoadView>
      )}
    </aside>
  );
}

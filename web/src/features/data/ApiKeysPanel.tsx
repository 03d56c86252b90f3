// Live ingestion: the workspace's API keys (list, create, revoke) and a curl example that sends an event.
import { useState } from 'react';
import { ApiError } from '../../api/http';
import { useWorkspace } from '../../app/workspace';
import { ConfirmDialog } from '../../ui/Dialog';
import { exactTime, relativeTime } from '../../ui/relativeTime';
import { EmptyState, LoadView } from '../../ui/States';
import { CopyButton } from './CopyButton';
import { CreateKeyDialog } from './CreateKeyDialog';
import { curlSnippet } from './ingestSnippet';
import { useApiKeys } from './useApiKeys';
import type { ApiKey, EventSource } from '../../api/data';
import styles from './Data.module.css';

/** `sources` to pick from when creating a key (the selected one first), and the one the page shows. */
export function ApiKeysPanel({ sources, selected }: { sources: EventSource[]; selected: string | null }) {
  const workspace = useWorkspace();
  const { load, retry, create, revoke } = useApiKeys(workspace.id);
  const [creating, setCreating] = useState(false);
  const [revoking, setRevoking] = useState<ApiKey | null>(null);
  const [error, setError] = useState<string | null>(null);
  const snippet = curlSnippet(window.location.origin);

  const confirmRevoke = async () => {
    const key = revoking;
    setRevoking(null);
    if (!key) return;
    try {
      setError(null);
      await revoke(key.id);
    } catch (err) {
      setError(`The key “${key.name}” could not be revoked: ${err instanceof ApiError ? err.message : String(err)}`);
    }
  };

  return (
    <section className={styles.card} aria-labelledby="keys-title">
      <header className={styles.cardHead}>
        <div>
          <h2 id="keys-title">Live ingestion</h2>
          <p className="muted">Systems send events to the ingestion API with an API key; each key writes into one event source.</p>
        </div>
        <button type="button" className="btn btn-primary" onClick={() => setCreating(true)}><span aria-hidden="true">+</span> New API key</button>
      </header>
      {error && <p className={styles.noticeError} role="alert">{error}</p>}
      <LoadView load={load} loading="Loading API keys" errorTitle="The API keys could not be loaded" onRetry={retry}>
        {(keys) => (keys.length === 0
          ? <EmptyState title="No API keys yet">Create a key for each system that sends events, so each can be revoked on its own.</EmptyState>
          : (
            <table className={`${styles.table} ${styles.keys}`}>
              <thead>
                <tr><th scope="col">Name</th><th scope="col">Source</th><th scope="col">Key</th><th scope="col">Created</th><th scope="col">Status</th><th scope="col"><span className="visually-hidden">Actions</span></th></tr>
              </thead>
              <tbody>
                {keys.map((key) => (
                  <tr key={key.id} data-key-id={key.id}>
                    <td className={styles.keyName}>{key.name}</td>
                    <td data-testid="key-source">{key.sourceName}</td>
                    <td><code>{key.prefix}…</code></td>
                    <td title={exactTime(key.createdAt)}>{relativeTime(key.createdAt)}</td>
                    <td>
                      {key.revokedAt
                        ? <span className="badge" title={exactTime(key.revokedAt)}>Revoked {relativeTime(key.revokedAt)}</span>
                        : <span className="badge badge-ok">Active</span>}
                    </td>
                    <td className={styles.rowActions}>
                      {!key.revokedAt && (
                        <button type="button" className="btn btn-sm" onClick={() => setRevoking(key)} aria-label={`Revoke ${key.name}`}>Revoke</button>
                      )}
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          ))}
      </LoadView>
      <div className={styles.snippet}>
        <div className={styles.snippetHead}>
          <h3>Send events</h3>
          <CopyButton text={snippet} label="Copy command" />
        </div>
        <pre tabIndex={0} aria-label="Example: send one event with curl"><code>{snippet}</code></pre>
        <p className="muted">Send a JSON array or one event per line (NDJSON). Events with an <code>id</code> are stored once, so retries are safe.</p>
      </div>
      <CreateKeyDialog open={creating} onClose={() => setCreating(false)} onCreate={(name, sourceId) => create({ name, sourceId })}
        sources={sources} initialSource={selected ?? sources[0]?.id ?? ''} />
      <ConfirmDialog
        open={revoking !== null}
        title="Revoke this API key?"
        message={<>Systems sending with <strong>{revoking?.name}</strong> will be refused from now on. This cannot be undone.</>}
        confirmLabel="Revoke key"
        onConfirm={() => void confirmRevoke()}
        onCancel={() => setRevoking(null)}
      />
    </section>
  );
}

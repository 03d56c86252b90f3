// The workspace's event sources ("Web shop", "Trial app"): each one's figures, which one the page shows, uploads
// into and makes keys for; editors add, rename and delete empty ones. A map reads one source (its data view says
// which), so two data sets whose activity names coincide never mix.
import { useState, type FormEvent } from 'react';
import type { EventSource } from '../../api/data';
import { ApiError } from '../../api/http';
import { useCan, useWorkspace } from '../../app/workspace';
import { ConfirmDialog } from '../../ui/Dialog';
import { LoadView } from '../../ui/States';
import { useSources } from './useSources';
import styles from './Data.module.css';

const count = (n: number) => n.toLocaleString('en-US');

export function SourcesPanel({ selected, onSelect }: { selected: string | null; onSelect: (source: EventSource) => void }) {
  const workspace = useWorkspace();
  const canEdit = useCan('editor');
  const { load, retry, create, rename, remove } = useSources(workspace.id);
  const [name, setName] = useState('');
  const [renaming, setRenaming] = useState<{ id: string; name: string } | null>(null);
  const [deleting, setDeleting] = useState<EventSource | null>(null);
  const [error, setError] = useState<string | null>(null);
  const fail = (what: string) => (err: unknown) => setError(`${what}: ${err instanceof ApiError ? err.messages.join(' ') : String(err)}`);

  const add = async (e: FormEvent) => {
    e.preventDefault();
    setError(null);
    try {
      onSelect(await create(name.trim()));
      setName('');
    } catch (err) { fail('The source could not be added')(err); }
  };
  const saveName = async (e: FormEvent) => {
    e.preventDefault();
    if (!renaming) return;
    setError(null);
    try {
      await rename(renaming);
      setRenaming(null);
    } catch (err) { fail('The source could not be renamed')(err); }
  };
  const confirmDelete = async () => {
    const source = deleting;
    setDeleting(null);
    if (!source) return;
    setError(null);
    try { await remove(source.id); } catch (err) { fail(`“${source.name}” could not be deleted`)(err); }
  };

  return (
    <section className={styles.card} aria-labelledby="sources-title" data-testid="sources">
      <header className={styles.cardHead}>
        <div>
          <h2 id="sources-title">Event sources</h2>
          <p className="muted">Each source is its own set of customers and events. A map reads one source, so a web shop’s and an app’s events never mix.</p>
        </div>
        {canEdit && (
          <form className={styles.sourceAdd} onSubmit={(e) => void add(e)}>
            <input className="input" value={name} maxLength={200} placeholder="e.g. Web shop" aria-label="New source name" onChange={(e) => setName(e.target.value)} />
            <button type="submit" className="btn" disabled={name.trim().length === 0}><span aria-hidden="true">+</span> Add source</button>
          </form>
        )}
      </header>
      {error && <p className={styles.noticeError} role="alert">{error}</p>}
      <LoadView load={load} loading="Loading sources" errorTitle="The sources could not be loaded" onRetry={retry}>
        {(sources) => (
          <table className={`${styles.table} ${styles.sources}`}>
            <thead>
              <tr>
                <th scope="col">Source</th><th scope="col" className={styles.num}>Events</th><th scope="col" className={styles.num}>Customers</th>
                <th scope="col" className={styles.num}>Activities</th><th scope="col" className={styles.num}>Maps</th><th scope="col" className={styles.num}>API keys</th>
                <th scope="col"><span className="visually-hidden">Actions</span></th>
              </tr>
            </thead>
            <tbody>
              {sources.map((s) => (
                <tr key={s.id} data-source-id={s.id} className={s.id === selected ? styles.sourceSelected : undefined}>
                  <td>
                    {renaming?.id === s.id
                      ? (
                        <form className={styles.sourceRename} onSubmit={(e) => void saveName(e)}>
                          <input className="input" value={renaming.name} maxLength={200} autoFocus aria-label={`New name for ${s.name}`}
                            onChange={(e) => setRenaming({ id: s.id, name: e.target.value })} onKeyDown={(e) => { if (e.key === 'Escape') setRenaming(null); }} />
                          <button type="submit" className="btn btn-sm btn-primary" disabled={renaming.name.trim().length === 0}>Save</button>
                          <button type="button" className="btn btn-sm" onClick={() => setRenaming(null)}>Cancel</button>
                        </form>
                      )
                      : (
                        <label className={styles.sourceName}>
                          <input type="radio" name="event-source" checked={s.id === selected} onChange={() => onSelect(s)} />
                          <span>{s.name}</span>
                          {s.isDefault && <span className="badge" title="Uploads and new blank maps use it unless you pick another">Default</span>}
                        </label>
                      )}
                  </td>
                  <td className={styles.num} data-testid="source-events">{count(s.events)}</td>
                  <td className={styles.num} data-testid="source-customers">{count(s.customers)}</td>
                  <td className={styles.num}>{count(s.activities)}</td>
                  <td className={styles.num}>{count(s.maps)}</td>
                  <td className={styles.num}>{count(s.apiKeys)}</td>
                  <td className={styles.rowActions}>
                    {canEdit && renaming?.id !== s.id && (
                      <span className={styles.buttons}>
                        <button type="button" className="btn btn-sm" onClick={() => setRenaming({ id: s.id, name: s.name })} aria-label={`Rename ${s.name}`}>Rename</button>
                        {s.events === 0 && sources.length > 1 && (
                          <button type="button" className="btn btn-sm" onClick={() => setDeleting(s)} aria-label={`Delete ${s.name}`}>Delete</button>
                        )}
                      </span>
                    )}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
      </LoadView>
      <ConfirmDialog
        open={deleting !== null}
        title="Delete this source?"
        message={<>The source <strong>{deleting?.name}</strong> holds no events. Maps that read it will show “Connect a data source”, and its API keys stop working.</>}
        confirmLabel="Delete source"
        onConfirm={() => void confirmDelete()}
        onCancel={() => setDeleting(null)}
      />
    </section>
  );
}

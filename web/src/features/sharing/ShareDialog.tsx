// Share a map with people without an account: create a link (view or comment, passcode, expiry, data view), copy it
// once — Waymark keeps only a hash — and see the map's links with their last use, revoking any of them at once.
import { useState, type FormEvent } from 'react';
import { ApiError } from '../../api/http';
import type { CreatedShareLink, ShareLink } from '../../api/sharing';
import { CopyButton } from '../data/CopyButton';
import { ConfirmDialog, Dialog } from '../../ui/Dialog';
import { EmptyState, LoadView } from '../../ui/States';
import { emptyShareForm, formProblem, shareUrl, type ShareForm } from './shareForm';
import { ShareLinkForm } from './ShareLinkForm';
import { ShareLinkList } from './ShareLinkList';
import { useShareLinks } from './useShareLinks';
import { useCan } from '../../app/workspace';
import styles from './Sharing.module.css';

interface ShareDialogProps {
  workspaceId: string;
  mapId: string;
  mapName: string;
  open: boolean;
  onClose: () => void;
}

export function ShareDialog({ workspaceId, mapId, mapName, open, onClose }: ShareDialogProps) {
  const { load, retry, create, revoke } = useShareLinks(workspaceId, mapId, open);
  const [form, setForm] = useState<ShareForm>(emptyShareForm);
  const [created, setCreated] = useState<CreatedShareLink | null>(null);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [revoking, setRevoking] = useState<ShareLink | null>(null);
  const problem = formProblem(form, new Date());
  const owner = useCan('owner'); // editors see who reads the map; owners create and revoke links

  const close = () => { setForm(emptyShareForm); setCreated(null); setError(null); onClose(); };
  const submit = async (e: FormEvent) => {
    e.preventDefault();
    if (problem) { setError(problem); return; }
    setBusy(true);
    setError(null);
    try {
      setCreated(await create(form));
      setForm(emptyShareForm);
    } catch (err) {
      setError(err instanceof ApiError ? err.messages.join(' ') : String(err));
    } finally {
      setBusy(false);
    }
  };
  const confirmRevoke = async () => {
    const link = revoking;
    setRevoking(null);
    if (!link) return;
    try {
      setError(null);
      await revoke(link.id);
    } catch (err) {
      setError(`The link could not be revoked: ${err instanceof ApiError ? err.message : String(err)}`);
    }
  };

  const footer = !owner
    ? <button type="button" className="btn btn-primary" onClick={close}>Close</button>
    : created
    ? (
      <>
        <button type="button" className="btn" onClick={() => setCreated(null)}>Create another link</button>
        <button type="button" className="btn btn-primary" onClick={close}>Done, I copied it</button>
      </>
    )
    : (
      <>
        <button type="button" className="btn" onClick={close}>Close</button>
        <button type="submit" form="share-form" className="btn btn-primary" disabled={busy} data-testid="share-create">
          {busy ? 'Creating…' : 'Create link'}
        </button>
      </>
    );

  return (
    <Dialog open={open} title={`Share “${mapName}”`} onClose={close} wide footer={footer}>
      <div className={styles.columns}>
        <section aria-labelledby="share-new-title">
          <h3 id="share-new-title" className={styles.heading}>{created ? 'Your new link' : 'New link'}</h3>
          {!owner ? (
            <p className="muted" data-testid="share-owners-only">
              Only the workspace's owners create and revoke share links. Ask one of them to share this map.
            </p>
          ) : created ? <CreatedLink created={created} /> : (
            <form id="share-form" onSubmit={(e) => void submit(e)}>
              <ShareLinkForm form={form} onChange={(f) => { setForm(f); setError(null); }} />
            </form>
          )}
          {error && <p className={styles.error} role="alert">{error}</p>}
        </section>
        <section aria-labelledby="share-links-title" className={styles.listColumn}>
          <h3 id="share-links-title" className={styles.heading}>Links to this map</h3>
          <LoadView load={load} loading="Loading the links" errorTitle="The links could not be loaded" onRetry={retry}>
            {(links) => (links.length === 0
              ? <EmptyState title="Not shared yet">Links let people without an account read this map. Each can be revoked on its own.</EmptyState>
              : <ShareLinkList links={links} onRevoke={owner ? setRevoking : undefined} />)}
          </LoadView>
        </section>
      </div>
      <ConfirmDialog
        open={revoking !== null}
        title="Revoke this link?"
        message="People using it lose the map on their next click or reload. This cannot be undone; create a new link to share again."
        confirmLabel="Revoke link"
        onConfirm={() => void confirmRevoke()}
        onCancel={() => setRevoking(null)}
      />
    </Dialog>
  );
}

function CreatedLink({ created }: { created: CreatedShareLink }) {
  const url = shareUrl(window.location.origin, created.path);
  return (
    <div className={styles.created}>
      <p className={styles.warning} role="note">
        <strong>Copy the link now.</strong> It is shown only this once; Waymark keeps only a hash of it.
        {created.link.hasPasscode && ' Send the passcode separately.'}
      </p>
      <div className={styles.secret}>
        <code data-testid="share-url">{url}</code>
        <CopyButton text={url} label="Copy link" className="btn btn-primary btn-sm" />
      </div>
    </div>
  );
}

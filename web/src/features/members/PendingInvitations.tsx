// Owners see the invitations not yet accepted: for whom, which role, who invited, until when; revoke stops a link at once.
import { useState } from 'react';
import { ConfirmDialog } from '../../ui/Dialog';
import { exactTime, relativeTime } from '../../ui/relativeTime';
import { EmptyState, LoadView } from '../../ui/States';
import { expiresIn } from './expiry';
import { roleLabel } from './roles';
import { useInvitations } from './useMembers';
import styles from './Members.module.css';

export function PendingInvitations({ workspaceId, onRevoke }: { workspaceId: string; onRevoke: (id: string) => Promise<void> }) {
  const { load, retry } = useInvitations(workspaceId, true);
  const [revoking, setRevoking] = useState<{ id: string; who: string } | null>(null);

  return (
    <section className={styles.card} aria-labelledby="invitations-title">
      <div className={styles.cardHead}>
        <div>
          <h2 id="invitations-title">Pending invitations</h2>
          <p className="muted">Each invitation works once and expires on its date. Revoke one to stop its link at once.</p>
        </div>
      </div>
      <LoadView load={load} loading="Loading invitations" errorTitle="The invitations could not be loaded" onRetry={retry}>
        {(list) => (list.length === 0
          ? <EmptyState title="No pending invitations">Invite people by link or email with the Invite people button.</EmptyState>
          : (
            <table className={styles.table}>
              <thead>
                <tr>
                  <th scope="col">For</th><th scope="col">Role</th><th scope="col">Invited by</th><th scope="col">Expires</th>
                  <th scope="col"><span className="visually-hidden">Actions</span></th>
                </tr>
              </thead>
              <tbody>
                {list.map((i) => {
                  const who = i.email ?? 'Anyone with the link';
                  return (
                    <tr key={i.id} data-invitation={i.id}>
                      <td className={i.email ? undefined : 'muted'}>{who}</td>
                      <td><span className="badge">{roleLabel(i.role)}</span></td>
                      <td title={exactTime(i.createdAt)}>{i.invitedBy}, {relativeTime(i.createdAt)}</td>
                      <td title={exactTime(i.expiresAt)}>
                        {i.expired ? <span className="badge badge-warn">Expired</span> : expiresIn(i.expiresAt)}
                      </td>
                      <td className={styles.actionsCell}>
                        <button type="button" className="btn btn-sm" onClick={() => setRevoking({ id: i.id, who })} aria-label={`Revoke the invitation for ${who}`}>
                          {i.expired ? 'Remove' : 'Revoke'}
                        </button>
                      </td>
                    </tr>
                  );
                })}
              </tbody>
            </table>
          ))}
      </LoadView>
      <ConfirmDialog
        open={revoking !== null}
        title="Revoke this invitation?"
        message={<>The link for <strong>{revoking?.who}</strong> will stop working at once.</>}
        confirmLabel="Revoke invitation"
        onConfirm={() => { const r = revoking; setRevoking(null); if (r) void onRevoke(r.id); }}
        onCancel={() => setRevoking(null)}
      />
    </section>
  );
}

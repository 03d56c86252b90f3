// The workspace's people: who is in it with which role; owners change roles, remove people and invite; anyone leaves.
import { useState } from 'react';
import type { MemberRole } from '../../api/client';
import { ApiError } from '../../api/http';
import { navigate } from '../../app/router';
import { useWorkspace } from '../../app/workspace';
import { Avatar } from '../../ui/Avatar';
import { ConfirmDialog } from '../../ui/Dialog';
import { LoadView } from '../../ui/States';
import { useAccount } from '../account/account';
import { InviteDialog } from './InviteDialog';
import { PendingInvitations } from './PendingInvitations';
import { hasRole, isLastOwner, roleLabel, roles } from './roles';
import { useMemberChanges, useMembers } from './useMembers';
import styles from './Members.module.css';

type Member = { userId: string; displayName: string; email?: string | null; role: string };
type Confirm = { kind: 'remove' | 'leave'; member: Member };

const problemOf = (err: unknown) => (err instanceof ApiError ? err.message : String(err));

export function MembersPage() {
  const workspace = useWorkspace();
  const account = useAccount();
  const { load, retry } = useMembers(workspace.id);
  const changes = useMemberChanges(workspace.id);
  const [inviting, setInviting] = useState(false);
  const [confirm, setConfirm] = useState<Confirm | null>(null);
  const [error, setError] = useState<string | null>(null);
  const members = load.state === 'ready' ? load.value : [];
  const myRole = members.find((m) => m.userId === account?.userId)?.role;
  const owner = hasRole(myRole, 'owner');

  const run = async (what: string, change: () => Promise<unknown>) => {
    setError(null);
    try {
      await change();
    } catch (err) {
      setError(`${what}: ${problemOf(err)}`);
    }
  };
  const confirmed = async () => {
    const c = confirm;
    setConfirm(null);
    if (!c) return;
    if (c.kind === 'remove') await run(`${c.member.displayName} could not be removed`, () => changes.remove(c.member.userId));
    else await run('You could not leave the workspace', async () => { await changes.leave(); navigate('/', { replace: true }); location.reload(); });
  };

  return (
    <div className={styles.page}>
      <header className={styles.head}>
        <div>
          <h1>Members</h1>
          <p className={styles.sub}>The people of {workspace.name} and what each may do. Owners invite people, change roles and remove members.</p>
        </div>
        {owner && <button type="button" className="btn btn-primary" onClick={() => setInviting(true)}><span aria-hidden="true">+</span> Invite people</button>}
      </header>
      {error && <p className={styles.notice} role="alert">{error}</p>}
      <section className={styles.card} aria-labelledby="members-title">
        <div className={styles.cardHead}>
          <div>
            <h2 id="members-title">People</h2>
            <p className="muted">{load.state === 'ready' ? `${members.length} ${members.length === 1 ? 'member' : 'members'}` : 'Everyone with access to this workspace'}</p>
          </div>
        </div>
        <LoadView load={load} loading="Loading members" errorTitle="The members could not be loaded" onRetry={retry}>
          {(list) => (
            <table className={styles.table}>
              <thead>
                <tr><th scope="col">Person</th><th scope="col">Role</th><th scope="col"><span className="visually-hidden">Actions</span></th></tr>
              </thead>
              <tbody>
                {list.map((m) => (
                  <MemberRow
                    key={m.userId}
                    member={m}
                    me={m.userId === account?.userId}
                    canManage={owner}
                    lastOwner={isLastOwner(list, m.userId)}
                    onRole={(role) => void run(`The role of ${m.displayName} could not be changed`, () => changes.changeRole({ userId: m.userId, role }))}
                    onRemove={() => setConfirm({ kind: 'remove', member: m })}
                    onLeave={() => setConfirm({ kind: 'leave', member: m })}
                  />
                ))}
              </tbody>
            </table>
          )}
        </LoadView>
      </section>
      {owner && <PendingInvitations workspaceId={workspace.id} onRevoke={(id) => run('The invitation could not be revoked', () => changes.revoke(id))} />}
      <InviteDialog open={inviting} onClose={() => setInviting(false)} onInvite={changes.invite} />
      <ConfirmDialog
        open={confirm !== null}
        title={confirm?.kind === 'leave' ? 'Leave this workspace?' : 'Remove this member?'}
        message={confirm?.kind === 'leave'
          ? <>You will no longer see the maps of <strong>{workspace.name}</strong>. An owner can invite you again.</>
          : <><strong>{confirm?.member.displayName}</strong> will lose access to {workspace.name} at once. What they made stays.</>}
        confirmLabel={confirm?.kind === 'leave' ? 'Leave workspace' : 'Remove member'}
        onConfirm={() => void confirmed()}
        onCancel={() => setConfirm(null)}
      />
    </div>
  );
}

function MemberRow({ member, me, canManage, lastOwner, onRole, onRemove, onLeave }: {
  member: Member; me: boolean; canManage: boolean; lastOwner: boolean;
  onRole: (role: MemberRole) => void; onRemove: () => void; onLeave: () => void;
}) {
  const locked = lastOwner ? 'A workspace keeps at least one owner: make someone else an owner first.' : undefined;
  return (
    <tr data-member={member.userId}>
      <td>
        <div className={styles.person}>
          <Avatar name={member.displayName} color="#2f5bd3" size={32} />
          <div className={styles.personText}>
            <span className={styles.personName}>
              {member.displayName}
              {me && <span className={`badge badge-accent ${styles.you}`}>You</span>}
            </span>
            {member.email && <span className={styles.personEmail}>{member.email}</span>}
          </div>
        </div>
      </td>
      <td className={styles.roleCell}>
        {canManage ? (
          <select
            className={`select ${styles.roleSelect}`}
            value={member.role}
            disabled={lastOwner}
            title={locked}
            aria-label={`Role of ${member.displayName}`}
            onChange={(e) => onRole(e.target.value as MemberRole)}
          >
            {roles.map((r) => <option key={r.value} value={r.value}>{r.label}</option>)}
          </select>
        ) : <span className={member.role === 'owner' ? 'badge badge-accent' : 'badge'}>{roleLabel(member.role)}</span>}
      </td>
      <td className={styles.actionsCell}>
        {me
          ? <button type="button" className="btn btn-sm" onClick={onLeave} disabled={lastOwner} title={locked}>Leave</button>
          : canManage && (
            <button type="button" className="btn btn-sm" onClick={onRemove} disabled={lastOwner} title={locked} aria-label={`Remove ${member.displayName}`}>Remove</button>
          )}
      </td>
    </tr>
  );
}

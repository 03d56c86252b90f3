// Invite someone: a role, an email address or none (a link to pass on), how long the link stays open; then the link,
// shown once with a copy button.
import { useState, type FormEvent } from 'react';
import type { MemberRole } from '../../api/client';
import { ApiError } from '../../api/http';
import { Dialog } from '../../ui/Dialog';
import { CopyButton } from '../data/CopyButton';
import { api } from '../../api/client';
import { keys } from '../../app/server/keys';
import { useServerData } from '../../app/server/useServerData';
import { roleLabel, roles } from './roles';
import styles from './Members.module.css';

interface Created { link: string; emailSent: boolean; invitation: { role: string; email?: string | null; expiresAt: string } }
interface InviteRequest { role: MemberRole; email: string | null; expiresInDays: number }

const durations = [1, 3, 7, 14, 30];

export function InviteDialog({ open, onClose, onInvite }: { open: boolean; onClose: () => void; onInvite: (r: InviteRequest) => Promise<Created> }) {
  const [role, setRole] = useState<MemberRole>('editor');
  const [email, setEmail] = useState('');
  const [days, setDays] = useState(7);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [created, setCreated] = useState<Created | null>(null);
  // Whether the server mails invitations; unknown (loading or failed) reads as "no mail", the safe thing to promise.
  const mail = useServerData({ key: keys.mail(), fetch: (signal) => api.account.mail(signal), keepFor: Infinity, enabled: open });
  const mails = mail.load.state === 'ready' && mail.load.value.enabled;

  const close = () => {
    setEmail('');
    setError(null);
    setCreated(null);
    onClose();
  };
  const submit = async (e: FormEvent) => {
    e.preventDefault();
    setBusy(true);
    setError(null);
    try {
      setCreated(await onInvite({ role, email: email.trim() || null, expiresInDays: days }));
    } catch (err) {
      setError(err instanceof ApiError ? err.messages.join(' ') : String(err));
    } finally {
      setBusy(false);
    }
  };

  if (created) {
    const { invitation } = created;
    return (
      <Dialog open={open} title="Invitation ready" onClose={close} footer={<button type="button" className="btn btn-primary" onClick={close}>Done</button>}>
        <div className={styles.form}>
          <p>
            {invitation.email ? <>Whoever signs in as <strong>{invitation.email}</strong></> : 'The first person to open this link'} joins as
            {' '}<strong>{roleLabel(invitation.role).toLowerCase()}</strong>. The link works once, until {new Date(invitation.expiresAt).toLocaleDateString()}.
          </p>
          {invitation.email && created.emailSent && (
            <p className="muted" role="status">Waymark is mailing the invitation to {invitation.email}. You can also pass the link on yourself.</p>
          )}
          {invitation.email && !created.emailSent && (
            <p className={styles.note} role="note">
              {mails ? 'The mail could not be queued' : 'This server sends no mail'}, so no email was sent: send this link to {invitation.email} yourself.
            </p>
          )}
          <div className={styles.secret}>
            <code data-testid="invitation-link">{created.link}</code>
            <CopyButton text={created.link} label="Copy link" />
          </div>
          <p className="muted">Copy it now: it is shown only this once, and Waymark keeps only a hash of it.</p>
        </div>
      </Dialog>
    );
  }

  return (
    <Dialog
      open={open}
      title="Invite people"
      onClose={close}
      footer={(
        <>
          <button type="button" className="btn" onClick={close}>Cancel</button>
          <button type="submit" form="invite-form" className="btn btn-primary" disabled={busy}>{busy ? 'Creating…' : 'Create invitation'}</button>
        </>
      )}
    >
      <form id="invite-form" className={styles.form} onSubmit={(e) => void submit(e)}>
        <fieldset className={styles.roleChoices}>
          <legend>Role</legend>
          {roles.map((r) => (
            <label key={r.value} className={styles.roleChoice}>
              <input type="radio" name="role" value={r.value} checked={role === r.value} onChange={() => setRole(r.value)} />
              <strong>{r.label}</strong>
              <small>{r.can}</small>
            </label>
          ))}
        </fieldset>
        <div className={styles.row}>
          <label className="field">
            <span>Email (optional)</span>
            <input className="input" type="email" value={email} maxLength={320} placeholder="Leave empty for a link to pass on"
              aria-describedby="invite-mail-note" onChange={(e) => setEmail(e.target.value)} />
          </label>
          <label className="field">
            <span>Link open for</span>
            <select className="select" value={days} onChange={(e) => setDays(Number(e.target.value))}>
              {durations.map((d) => <option key={d} value={d}>{d === 1 ? '1 day' : `${d} days`}</option>)}
            </select>
          </label>
        </div>
        <p id="invite-mail-note" className="muted">
          {mails
            ? 'With an email, Waymark mails the invitation link to that address; only that account can accept it.'
            : 'This server sends no mail: you get a link to pass on yourself. With an email, only that account can accept it.'}
        </p>
        {error && <p className={styles.notice} role="alert">{error}</p>}
      </form>
    </Dialog>
  );
}

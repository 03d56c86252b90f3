// The map's links with what each allows, when it was last used, and a revoke button; never their secrets.
import type { ShareLink } from '../../api/sharing';
import { exactTime, relativeTime } from '../../ui/relativeTime';
import { shortDate } from './shareForm';
import styles from './Sharing.module.css';

function StateBadge({ link }: { link: ShareLink }) {
  if (link.state === 'revoked') return <span className="badge" title={link.revokedAt ? exactTime(link.revokedAt) : undefined}>Revoked</span>;
  if (link.state === 'expired') return <span className="badge" title={link.expiresAt ? exactTime(link.expiresAt) : undefined}>Expired</span>;
  return <span className="badge badge-ok">Active</span>;
}

/** Without `onRevoke` (an editor: only owners revoke) the links are listed without the button. */
export function ShareLinkList({ links, onRevoke }: { links: ShareLink[]; onRevoke?: (link: ShareLink) => void }) {
  return (
    <ul className={styles.links} aria-label="Links to this map">
      {links.map((link) => (
        <li key={link.id} className={`${styles.link} ${link.state === 'active' ? '' : styles.linkOff}`} data-testid="share-link-row">
          <div className={styles.linkMain}>
            <div className={styles.linkTitle}>
              <b>{link.label ?? (link.access === 'comment' ? 'Comment link' : 'View link')}</b>
              <StateBadge link={link} />
            </div>
            <div className={styles.linkFacts}>
              <span>{link.access === 'comment' ? 'Comment and vote' : 'View only'}</span>
              {link.hasPasscode && <span>Passcode</span>}
              {link.includesData && <span>Data view</span>}
              {link.expiresAt && link.state === 'active' && <span title={exactTime(link.expiresAt)}>Expires {shortDate(link.expiresAt)}</span>}
            </div>
            <div className={styles.linkFacts}>
              <span title={exactTime(link.createdAt)}>Created {relativeTime(link.createdAt)} by {link.createdByName}</span>
              <span title={link.lastUsedAt ? exactTime(link.lastUsedAt) : undefined} data-testid="share-last-used">
                {link.lastUsedAt ? `Last used ${relativeTime(link.lastUsedAt)}` : 'Not used yet'}
                {link.opens > 0 && ` · opened ${link.opens} ${link.opens === 1 ? 'time' : 'times'}`}
              </span>
            </div>
          </div>
          {link.state === 'active' && onRevoke && (
            <button type="button" className="btn btn-sm" onClick={() => onRevoke(link)} aria-label={`Revoke ${link.label ?? 'this link'}`}>Revoke</button>
          )}
        </li>
      ))}
    </ul>
  );
}

// A signing secret, shown the one time the server sends it: a copy box and a plain "you will not see this again".
import { CopyButton } from '../data/CopyButton';
import styles from './Webhooks.module.css';

export function SecretBox({ secret, label }: { secret: string; label: string }) {
  return (
    <div className={styles.secretBlock}>
      <p className={styles.warning} role="note">
        <strong>Copy this secret now: you will not see it again.</strong> Waymark shows it only this once. Your receiver
        checks each webhook's <code>webhook-signature</code> with it; if it is lost, rotate the secret.
      </p>
      <div className="field">
        <span id="webhook-secret-label">{label}</span>
        <div className={styles.secret}>
          <code aria-labelledby="webhook-secret-label" data-testid="webhook-secret">{secret}</code>
          <CopyButton text={secret} label="Copy secret" />
        </div>
      </div>
    </div>
  );
}

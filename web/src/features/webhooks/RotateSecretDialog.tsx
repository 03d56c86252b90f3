// Rotating an endpoint's secret: how long the old one keeps signing beside the new one, then the new one, once.
import { useId, useState } from 'react';
import { ApiError } from '../../api/http';
import { Dialog } from '../../ui/Dialog';
import { SecretBox } from './SecretBox';
import type { CreatedWebhook, Webhook } from './webhooksApi';
import styles from './Webhooks.module.css';

export function RotateSecretDialog({ webhook, onClose, onRotate }: {
  webhook: Webhook | null; onClose: () => void; onRotate: (hours: number) => Promise<CreatedWebhook>;
}) {
  const [hours, setHours] = useState('24');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [rotated, setRotated] = useState<CreatedWebhook | null>(null);
  const id = useId();
  const value = Number(hours);
  const invalid = hours.trim() === '' || !Number.isFinite(value) || value < 0 || value > 720
    ? 'The overlap is 0 to 720 hours (30 days).' : null;
  const close = () => { setHours('24'); setError(null); setRotated(null); onClose(); };
  const rotate = async () => {
    if (invalid) return;
    setBusy(true);
    setError(null);
    try { setRotated(await onRotate(value)); } catch (err) { setError(err instanceof ApiError ? err.messages.join(' ') : String(err)); } finally { setBusy(false); }
  };
  if (rotated) {
    return (
      <Dialog open={webhook !== null} title="New signing secret" onClose={close}
        footer={<button type="button" className="btn btn-primary" onClick={close}>Done, I copied it</button>}>
        <SecretBox secret={rotated.secret} label={`New signing secret of ${rotated.webhook.url}`} />
        <p className="muted">{value > 0 ? `The old secret keeps signing beside it for ${value} ${value === 1 ? 'hour' : 'hours'}.` : 'The old secret stopped signing at once.'}</p>
      </Dialog>
    );
  }
  return (
    <Dialog open={webhook !== null} title="Rotate the signing secret?" onClose={close} footer={(
      <>
        <button type="button" className="btn" onClick={close}>Cancel</button>
        <button type="button" className="btn btn-primary" disabled={busy || invalid !== null} onClick={() => void rotate()}>{busy ? 'Rotating…' : 'Rotate secret'}</button>
      </>
    )}>
      <div className={styles.form}>
        <p>Waymark makes a new secret for <strong className={styles.url}>{webhook?.url}</strong>. During the overlap each webhook carries
          two signatures, so a receiver holding either secret accepts it while you update it.</p>
        <label className="field" htmlFor={id}>
          <span>Overlap (hours)</span>
          <input id={id} className={`input ${styles.short}`} type="number" min={0} max={720} step={1} value={hours}
            aria-invalid={invalid ? true : undefined} onChange={(e) => setHours(e.target.value)} />
          {invalid ? <span className={styles.fieldError}>{invalid}</span> : <span className="muted">0 stops the old secret at once (for a leaked secret).</span>}
        </label>
        {error && <p className={styles.noticeError} role="alert">{error}</p>}
      </div>
    </Dialog>
  );
}

// A new webhook endpoint: URL, description and the event types it takes; then its signing secret, shown once.
import { useId, useState, type FormEvent } from 'react';
import { ApiError } from '../../api/http';
import { Dialog } from '../../ui/Dialog';
import { SecretBox } from './SecretBox';
import { checkWebhook, eventTypes, fieldErrors, maxDescription, type WebhookDraft } from './webhookView';
import type { CreatedWebhook, WebhookChange } from './webhooksApi';
import styles from './Webhooks.module.css';

const blank: WebhookDraft = { url: '', description: '', events: eventTypes.filter((t) => t.id !== 'webhook.test').map((t) => t.id) };

export function CreateWebhookDialog({ open, onClose, onCreate }: {
  open: boolean; onClose: () => void; onCreate: (body: WebhookChange) => Promise<CreatedWebhook>;
}) {
  const [draft, setDraft] = useState<WebhookDraft>(blank);
  const [tried, setTried] = useState(false);
  const [serverErrors, setServerErrors] = useState<Record<string, string>>({});
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const [created, setCreated] = useState<CreatedWebhook | null>(null);
  const ids = { url: useId(), description: useId(), events: useId() };
  const problems = { ...(tried ? checkWebhook(draft) : {}), ...serverErrors };

  const close = () => {
    setDraft(blank); setTried(false); setServerErrors({}); setError(null); setCreated(null);
    onClose();
  };
  const change = (next: Partial<WebhookDraft>) => { setDraft({ ...draft, ...next }); setServerErrors({}); };
  const toggle = (id: string, on: boolean) => change({ events: on ? [...draft.events, id] : draft.events.filter((e) => e !== id) });

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    setTried(true);
    if (Object.keys(checkWebhook(draft)).length > 0) return;
    setBusy(true);
    setError(null);
    try {
      setCreated(await onCreate({ url: draft.url.trim(), description: draft.description.trim(), events: draft.events }));
    } catch (err) {
      const named = err instanceof ApiError ? fieldErrors(err.problem.errors) : {};
      setServerErrors(named);
      if (Object.keys(named).length === 0) setError(err instanceof ApiError ? err.messages.join(' ') : String(err));
    } finally {
      setBusy(false);
    }
  };

  if (created) {
    return (
      <Dialog open={open} title="Your new webhook" onClose={close} footer={<button type="button" className="btn btn-primary" onClick={close}>Done, I copied it</button>}>
        <SecretBox secret={created.secret} label={`Signing secret of ${created.webhook.url}`} />
      </Dialog>
    );
  }

  return (
    <Dialog open={open} title="New webhook" onClose={close} footer={(
      <>
        <button type="button" className="btn" onClick={close}>Cancel</button>
        <button type="submit" form="create-webhook-form" className="btn btn-primary" disabled={busy}>{busy ? 'Creating…' : 'Create webhook'}</button>
      </>
    )}>
      <form id="create-webhook-form" className={styles.form} onSubmit={(e) => void submit(e)} noValidate>
        <label className="field" htmlFor={ids.url}>
          <span>Receiver URL</span>
          <input id={ids.url} className="input" value={draft.url} autoFocus placeholder="https://hooks.example.com/waymark" inputMode="url"
            aria-invalid={problems.url ? true : undefined} aria-describedby={problems.url ? `${ids.url}-problem` : undefined}
            data-testid="webhook-url" onChange={(e) => change({ url: e.target.value })} />
          {problems.url && <span id={`${ids.url}-problem`} className={styles.fieldError}>{problems.url}</span>}
        </label>
        <label className="field" htmlFor={ids.description}>
          <span>Description <span className="muted">(optional)</span></span>
          <input id={ids.description} className="input" value={draft.description} maxLength={maxDescription + 50}
            placeholder="e.g. CRM follow-up tasks" aria-invalid={problems.description ? true : undefined}
            onChange={(e) => change({ description: e.target.value })} />
          {problems.description && <span className={styles.fieldError}>{problems.description}</span>}
        </label>
        <fieldset className={styles.events} aria-describedby={problems.events ? `${ids.events}-problem` : undefined}>
          <legend>Events it receives</legend>
          {eventTypes.map((t) => (
            <label key={t.id} className={styles.check}>
              <input type="checkbox" checked={draft.events.includes(t.id)} onChange={(e) => toggle(t.id, e.target.checked)} />
              <span><code>{t.id}</code> <span className="muted">{t.label}</span></span>
            </label>
          ))}
          {problems.events && <span id={`${ids.events}-problem`} className={styles.fieldError}>{problems.events}</span>}
        </fieldset>
        <p className="muted">Test sends reach every endpoint, whether it takes <code>webhook.test</code> or not.</p>
        {error && <p className={styles.noticeError} role="alert">{error}</p>}
      </form>
    </Dialog>
  );
}

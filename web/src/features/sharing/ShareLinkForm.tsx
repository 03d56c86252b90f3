// The new link's choices: who may do what, a passcode, when it stops working, whether the data view comes along.
import type { ShareAccess } from '../../api/sharing';
import { expiryLabels, type Expiry, type ShareForm } from './shareForm';
import styles from './Sharing.module.css';

export function ShareLinkForm({ form, onChange }: { form: ShareForm; onChange: (form: ShareForm) => void }) {
  const set = (patch: Partial<ShareForm>) => onChange({ ...form, ...patch });
  return (
    <div className={styles.form}>
      <fieldset className={styles.access}>
        <legend>People with the link can</legend>
        {(['view', 'comment'] as ShareAccess[]).map((access) => (
          <label key={access} className={`${styles.option} ${form.access === access ? styles.optionOn : ''}`}>
            <input type="radio" name="share-access" value={access} checked={form.access === access} onChange={() => set({ access })} />
            <span>
              <b>{access === 'view' ? 'View' : 'Comment and vote'}</b>
              <span className="muted">{access === 'view' ? 'Read the map, nothing else.' : 'Read the map, vote on ideas and comment.'}</span>
            </span>
          </label>
        ))}
      </fieldset>
      <div className={styles.row}>
        <label className="field">
          <span>Passcode (optional)</span>
          <input className="input" type="password" autoComplete="new-password" value={form.passcode} maxLength={128}
            placeholder="At least 4 characters" data-testid="share-passcode" onChange={(e) => set({ passcode: e.target.value })} />
        </label>
        <label className="field">
          <span>Link expires</span>
          <select className="select" value={form.expiry} data-testid="share-expiry" onChange={(e) => set({ expiry: e.target.value as Expiry })}>
            {(Object.keys(expiryLabels) as Expiry[]).map((e) => <option key={e} value={e}>{expiryLabels[e]}</option>)}
          </select>
        </label>
        {form.expiry === 'date' && (
          <label className="field">
            <span>Last day</span>
            <input className="input" type="date" value={form.date} onChange={(e) => set({ date: e.target.value })} />
          </label>
        )}
      </div>
      <label className="field">
        <span>Label (optional)</span>
        <input className="input" value={form.label} maxLength={200} placeholder="e.g. Leadership review" onChange={(e) => set({ label: e.target.value })} />
      </label>
      <label className={styles.check}>
        <input type="checkbox" checked={form.includesData} data-testid="share-data" onChange={(e) => set({ includesData: e.target.checked })} />
        <span>
          <b>Include the data view</b>
          <span className="muted">Measured figures, paths, findings and step feedback on the map.</span>
        </span>
      </label>
    </div>
  );
}

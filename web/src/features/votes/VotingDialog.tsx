// How the map's ideas are voted on, for editors running a workshop: one vote each, or a number of dots each to place
// across the ideas; and clearing every vote to start a new round.
import { useQueryClient } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { api } from '../../api/client';
import { ApiError } from '../../api/http';
import { keys } from '../../app/server/keys';
import { Dialog } from '../../ui/Dialog';
import { useVotes } from './VotesContext';
import styles from './Votes.module.css';

export function VotingDialog({ workspaceId, mapId, open, onClose }: { workspaceId: string; mapId: string; open: boolean; onClose: () => void }) {
  const current = useVotes()?.votes;
  const client = useQueryClient();
  const [mode, setMode] = useState<'one' | 'dots' | null>(null);
  const [budget, setBudget] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const chosenMode = mode ?? (current?.budget == null ? 'one' : 'dots');
  const chosenBudget = budget ?? String(current?.budget ?? 5);
  const total = current?.ideas.reduce((sum, i) => sum + i.count, 0) ?? 0;

  const close = () => { setMode(null); setBudget(null); setError(null); onClose(); };
  const run = async (work: () => Promise<unknown>) => {
    setBusy(true);
    setError(null);
    try {
      client.setQueryData(keys.votes(workspaceId, mapId), await work());
      close();
    } catch (err) {
      setError(err instanceof ApiError ? err.messages.join(' ') : String(err));
    } finally {
      setBusy(false);
    }
  };
  const submit = (e: FormEvent) => {
    e.preventDefault();
    void run(() => api.votes.setBudget(workspaceId, mapId, chosenMode === 'one' ? null : Number(chosenBudget)));
  };

  return (
    <Dialog open={open} title="Voting on ideas" onClose={close} footer={(
      <>
        <button type="button" className="btn btn-danger" disabled={busy || total === 0} onClick={() => void run(() => api.votes.clear(workspaceId, mapId))}
          title="Takes every vote off this map's ideas">
          Clear all {total} votes
        </button>
        <span style={{ flex: 1 }} />
        <button type="button" className="btn" onClick={close}>Cancel</button>
        <button type="submit" form="voting-form" className="btn btn-primary" disabled={busy}>Save</button>
      </>
    )}>
      <form id="voting-form" className={styles.menu} onSubmit={submit}>
        <fieldset>
          <legend>Each person has</legend>
          <label className={styles.choice}>
            <input type="radio" name="voting" checked={chosenMode === 'one'} onChange={() => setMode('one')} />
            One vote per idea
          </label>
          <label className={styles.choice}>
            <input type="radio" name="voting" checked={chosenMode === 'dots'} onChange={() => setMode('dots')} />
            <input className={`input ${styles.budgetInput}`} type="number" min={1} max={100} value={chosenBudget} aria-label="Votes each"
              disabled={chosenMode !== 'dots'} onChange={(e) => setBudget(e.target.value)} />
            votes to place across the ideas (dot voting)
          </label>
        </fieldset>
        <p className="muted">Votes count who placed them. Counts that came with the map file show apart, as imported votes.</p>
        {error && <p className={styles.error} role="alert">{error}</p>}
      </form>
    </Dialog>
  );
}

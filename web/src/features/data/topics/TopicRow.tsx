// One topic of the Topics panel: select it (to merge), rename it inline (Enter saves, Escape cancels), split what
// was merged into it, hide it, or pin it to a pain point.
import { useState, type KeyboardEvent } from 'react';
import { api } from '../../../api/client';
import { useWorkspace } from '../../../app/workspace';
import { count } from '../uploadFlow';
import type { Topic } from './useTopics';
import styles from './Topics.module.css';

interface Props {
  topic: Topic;
  canEdit: boolean;
  busy: boolean;
  selected: boolean;
  onSelect: () => void;
  change: (what: string, run: () => Promise<void>) => Promise<boolean>;
  onPin: () => void;
}

/** The explorer above, filtered on this topic (the explorer reads its view from the address). */
function explorerHref(phrase: string): string {
  return `/data/feedback?${new URLSearchParams({ topic: phrase }).toString()}`;
}

function openExplorer(phrase: string) {
  history.pushState(history.state, '', explorerHref(phrase));
  window.dispatchEvent(new PopStateEvent('popstate'));
  document.querySelector('[data-testid="explorer"]')?.scrollIntoView({ behavior: 'smooth', block: 'start' });
}

export function TopicRow({ topic: t, canEdit, busy, selected, onSelect, change, onPin }: Props) {
  const workspace = useWorkspace();
  const [editing, setEditing] = useState(false);
  const [draft, setDraft] = useState(t.label);
  const save = async () => {
    const label = draft.trim();
    if (label === t.label) { setEditing(false); return; }
    if (await change('The topic could not be renamed', () => api.topics.rename(workspace.id, t.phrase, label === t.phrase ? '' : label))) setEditing(false);
  };
  const onKey = (e: KeyboardEvent) => {
    if (e.key === 'Enter') { e.preventDefault(); void save(); }
    if (e.key === 'Escape') { e.preventDefault(); setEditing(false); setDraft(t.label); }
  };
  const renamed = t.label !== t.phrase;
  return (
    <li className={`${styles.row} ${selected ? styles.selected : ''}`} data-testid="topic-row" data-phrase={t.phrase} data-label={t.label} data-count={t.count}>
      {canEdit && (
        <input type="checkbox" className={styles.check} checked={selected} onChange={onSelect} data-testid="topic-select"
          aria-label={`Select “${t.label}” to merge`} />
      )}
      <div className={styles.what}>
        {editing
          ? (
            <span className={styles.renaming}>
              <input className="input" value={draft} maxLength={200} autoFocus data-testid="topic-label-input"
                aria-label={`New name for “${t.phrase}”`} onChange={(e) => setDraft(e.target.value)} onKeyDown={onKey} />
              <button type="button" className="btn btn-primary btn-sm" data-testid="topic-rename-save" disabled={busy || !draft.trim()} onClick={() => void save()}>Save</button>
              <button type="button" className="btn btn-ghost btn-sm" onClick={() => { setEditing(false); setDraft(t.label); }}>Cancel</button>
            </span>
          )
          : <span className={styles.label}>{t.label}</span>}
        {(renamed || t.merged.length > 0) && (
          <span className={styles.phrases}>
            {renamed && <>from “{t.phrase}”</>}
            {t.merged.length > 0 && <>{renamed ? '; ' : ''}merged: {t.merged.map((m) => `“${m}”`).join(', ')}</>}
          </span>
        )}
      </div>
      <span className={styles.count} title="Items that mention this topic (each item once)">{count(t.count, 'item')}</span>
      <span className={styles.actions}>
        <a className={`btn btn-ghost btn-sm ${styles.read}`} href={explorerHref(t.phrase)} data-testid="topic-read"
          aria-label={`Read what customers said about “${t.label}”`} onClick={(e) => { e.preventDefault(); openExplorer(t.phrase); }}>Read</a>
        {canEdit && !editing && (
          <button type="button" className="btn btn-ghost btn-sm" data-testid="topic-rename" onClick={() => { setDraft(t.label); setEditing(true); }}
            aria-label={`Rename “${t.label}”`}>Rename</button>
        )}
        {canEdit && t.merged.length > 0 && (
          <button type="button" className="btn btn-ghost btn-sm" data-testid="topic-split" disabled={busy} aria-label={`Split “${t.label}”`}
            onClick={() => void change('The topic could not be split', () => api.topics.split(workspace.id, t.phrase))}>Split</button>
        )}
        {canEdit && (
          <button type="button" className="btn btn-ghost btn-sm" data-testid="topic-hide" disabled={busy} aria-label={`Hide “${t.label}”`}
            onClick={() => void change('The topic could not be hidden', () => api.topics.hide(workspace.id, t.phrase, true))}>Hide</button>
        )}
        {canEdit && (
          <button type="button" className="btn btn-sm" data-testid="topic-pin" onClick={onPin} aria-label={`Pin to pain point… “${t.label}”`}>
            Pin to pain point…
          </button>
        )}
      </span>
    </li>
  );
}

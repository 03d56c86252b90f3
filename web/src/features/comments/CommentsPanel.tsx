// The comments panel beside the map: the threads, one thread, or a new one. Esc closes it.
import { useContext, type KeyboardEvent } from 'react';
import type { Anchor } from './anchors';
import { Composer } from './Composer';
import { PanelContext, type PanelState } from './PanelContext';
import { ThreadList } from './ThreadList';
import { ThreadView } from './ThreadView';
import styles from './Comments.module.css';

export function CommentsPanel() {
  const state = useContext(PanelContext);
  return state ? <Panel state={state} /> : null;
}

function Panel({ state }: { state: PanelState }) {
  const { view, close } = state;
  const onKey = (e: KeyboardEvent) => {
    if (e.key === 'Escape' && !e.defaultPrevented) { e.preventDefault(); close(); }
  };
  return (
    <aside className={styles.panel} aria-label="Comments" data-testid="comments-panel" onKeyDown={onKey}>
      <div className={styles.head}>
        <h2 className={styles.title}>Comments</h2>
        <button type="button" className="icon-btn" aria-label="Close comments" title="Close (Esc)" onClick={close}>✕</button>
      </div>
      <div className={styles.scroll}>
        {view.kind === 'thread' && <ThreadView threadId={view.threadId} />}
        {view.kind === 'list' && <ThreadList />}
        {view.kind === 'new' && state.canComment && <NewThread state={state} />}
      </div>
      {view.kind === 'list' && (state.canComment ? <MapComposer state={state} /> : <ReadOnlyNote />)}
    </aside>
  );
}

function NewThread({ state }: { state: PanelState }) {
  if (state.view.kind !== 'new') return null;
  const { anchor, label } = state.view;
  return (
    <div className={styles.section}>
      <p className={styles.newOn}>New comment on <strong>{label}</strong></p>
      <Composer workspaceId={state.workspaceId} label={`Comment on ${label}`} placeholder="Write a comment… @ to mention someone"
        submitLabel="Comment" autoFocus onSubmit={(body) => startAndOpen(state, anchor, body)} onCancel={() => state.setView({ kind: 'list' })} />
    </div>
  );
}

function MapComposer({ state }: { state: PanelState }) {
  return (
    <div className={styles.footer}>
      <Composer workspaceId={state.workspaceId} label="Comment on the whole map" placeholder="Comment on the whole map…"
        submitLabel="Comment" onSubmit={(body) => startAndOpen(state, { kind: 'map' }, body)} />
    </div>
  );
}

/** Why there is no composer: the caller's role or link lets them read comments, not write them. */
function ReadOnlyNote() {
  return (
    <div className={styles.footer}>
      <p className={styles.hint} data-testid="comments-read-only">You can read the comments. Commenters and editors write them.</p>
    </div>
  );
}

/** Starts a thread and shows it, so the writer sees where it went. */
async function startAndOpen(state: PanelState, anchor: Anchor, body: string) {
  const thread = await state.actions.start(anchor, body);
  state.setView({ kind: 'thread', threadId: thread.id });
}

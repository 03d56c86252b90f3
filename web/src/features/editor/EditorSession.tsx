// One editing session of a loaded map: the undo history, autosave, the top bar, the grid and the side panel.
import { useQueryClient } from '@tanstack/react-query';
import { useCallback, useEffect, useMemo, useReducer, useRef, useState } from 'react';
import { api } from '../../api/client';
import type { JourneyMap } from '../../api/model';
import { CellCommentMenu, CommentsLayer, CommentsPanel } from '../comments';
import { DataBar, MapDataLayers, MapDataPanels } from '../mapData';
import { AttributionPanel } from '../attribution/AttributionPanel';
import { RulesLayer, RulesPanel } from '../rules';
import { LiveBar, LiveLayer } from '../live';
import { WhatIfPanel } from '../whatif/WhatIfPanel';
import { MapSessionContext, type MapSession } from '../map/MapSession';
import { MapGrid } from './grid/MapGrid';
import { mapGridId } from './grid/gridDom';
import { SkipLink } from '../../ui/SkipLink';
import { clampZoom, fitZoom } from './grid/zoom';
import { ConflictDialog } from './save/ConflictDialog';
import { describeChanges } from '../map/state/changes';
import { formatDate } from './scope/dates';
import { useMapAutosave } from './save/useMapAutosave';
import { describeEdit, type Edit } from '../map/state/edits';
import { startHistory } from '../map/state/history';
import { historyReducer } from '../map/state/historyReducer';
import { stepsOf } from '../map/state/queries';
import { SidePanel, type SideTab } from './toolbar/SidePanel';
import { HistoryLayer, HistoryPreview, type HistoryPoint } from '../history';
import { Toasts } from './toolbar/Toasts';
import { useToasts } from './toolbar/useToasts';
import { TopBar } from './toolbar/TopBar';
import { ReviewStrip } from '../reviews/ReviewStrip';
import { reviewChanged } from '../../app/server/keys';
import { VoteRefusal } from '../votes/VoteRefusal';
import { VotesLayer } from '../votes/VotesLayer';
import { useCan } from '../../app/workspace';
import { PresenceLayer, liveSaveStatus, useCollab, useSyncSnapshot } from '../collab';
import { Spinner } from '../../ui/States';
import { hrefOf, navigate } from '../../app/router';
import styles from './EditorPage.module.css';

interface EditorSessionProps {
  workspaceId: string;
  doc: JourneyMap;
  etag: string;
  basedOn?: JourneyMap;
  /** A side panel tab to open at once (the address /maps/<id>/history); the address then becomes the map's own. */
  openPanel?: 'history';
}

const zoomKey = (mapId: string) => `waymark.zoom.${mapId}`;
const ignoreEdit = () => undefined;
const commentsAndMentions = { comment: true, mentions: true };
const readOnlyComments = { comment: false, mentions: true };

/** The zoom a person last used on this map in this browser. */
function readZoom(mapId: string): number {
  try {
    return clampZoom(Number(localStorage.getItem(zoomKey(mapId)) ?? '1'));
  } catch {
    return 1;
  }
}

function writeZoom(mapId: string, zoom: number): void {
  try { localStorage.setItem(zoomKey(mapId), String(zoom)); } catch { /* private mode: zoom is not remembered */ }
}

function isTyping(el: EventTarget | null): boolean {
  if (!(el instanceof HTMLElement)) return false;
  return el.tagName === 'INPUT' || el.tagName === 'TEXTAREA' || el.tagName === 'SELECT' || el.isContentEditable;
}

export function EditorSession({ workspaceId, doc, etag, basedOn, openPanel }: EditorSessionProps) {
  // Viewers and commenters read the map (the server refuses their saves, 403): no edit reaches the history.
  const readOnly = !useCan('editor');
  const canComment = useCan('commenter');
  const [history, send] = useReducer(historyReducer, doc, startHistory);
  const summary = useRef<string | undefined>(undefined);
  const { status: wholeStatus, machine } = useMapAutosave(workspaceId, doc, etag);
  const { toasts, notify, dismiss } = useToasts();
  // Co-editing over the hub when there is one: the sync engine holds the map and this person's undo; without a
  // hub the history and whole-document autosave below do, as before.
  const say = useCallback((message: string) => notify({ message }), [notify]);
  const collab = useCollab(workspaceId, doc, say, true);
  const live = collab.mode === 'live' ? collab.session : undefined;
  const engine = live?.engine;
  const snapshot = useSyncSnapshot(engine);
  const map = snapshot?.view ?? history.present;
  const status = useMemo(() => (snapshot ? liveSaveStatus(snapshot.status, snapshot.seq) : wholeStatus), [snapshot, wholeStatus]);
  const [zoom, setZoomState] = useState(() => readZoom(doc.id));
  const setZoom = useCallback((z: number) => { setZoomState(z); writeZoom(doc.id, z); }, [doc.id]);
  const [personaFilter, setPersonaFilter] = useState<string | null>(null);
  const [panelOpen, setPanelOpen] = useState(openPanel !== undefined);
  const [panelTab, setPanelTab] = useState<SideTab>(openPanel ?? 'scope');
  // The history's address opened the panel; the address goes back to the map's so a reload opens the map as usual.
  useEffect(() => {
    if (openPanel) navigate(hrefOf({ page: 'map', mapId: doc.id }), { replace: true });
  }, [openPanel, doc.id]);
  const openHistory = useCallback(() => { setPanelOpen(true); setPanelTab('history'); }, []);
  const [conflictOpen, setConflictOpen] = useState(status.state === 'conflict');
  const [reloading, setReloading] = useState(false);
  const scroller = useRef<HTMLDivElement | null>(null);

  const edit = useCallback((change: Edit, coalesceKey?: string) => {
    if (engine) { engine.edit(change, coalesceKey); return; }
    summary.current = describeEdit(change);
    send({ type: 'edit', edit: change, coalesceKey });
  }, [engine]);
  const dispatch = readOnly ? ignoreEdit : edit;
  const seal = useCallback(() => { if (engine) engine.seal(); else send({ type: 'seal' }); }, [engine]);
  const undo = useCallback(() => {
    if (engine) { engine.undo(); return; }
    summary.current = 'Undid an edit';
    send({ type: 'undo' });
  }, [engine]);
  const redo = useCallback(() => {
    if (engine) { engine.redo(); return; }
    summary.current = 'Redid an edit';
    send({ type: 'redo' });
  }, [engine]);
  const wholeDocument = collab.mode === 'fallback';
  // A restore from the history is one edit on this person's undo: over the hub it names the seq it restores; with
  // whole-document saves it is saved (PUT) like any other edit.
  const restore = useCallback((restored: JourneyMap, point: HistoryPoint) => {
    const change: Edit = { type: 'replaceDocument', map: restored };
    if (engine) engine.edit(change, undefined, point.seq);
    else { summary.current = `Restored ${point.title}`; send({ type: 'edit', edit: change }); }
    notify({ message: `Restored ${point.title}`, undoable: true });
  }, [engine, notify]);

  useEffect(() => { if (!readOnly && wholeDocument) machine.edited(map, summary.current); }, [machine, map, readOnly, wholeDocument]);
  // A conflict opens its dialog when it arrives; closed, the dialog stays closed until the save state changes again.
  const [saveState, setSaveState] = useState(status.state);
  if (status.state !== saveState) {
    setSaveState(status.state);
    if (status.state === 'conflict') setConflictOpen(true);
  }

  // What the other person changed: their saved document compared with the one this tab last saved.
  const [theirChanges, setTheirChanges] = useState<string[] | undefined>();
  const conflictVersion = status.state === 'conflict' ? status.conflict?.currentVersion : undefined;
  if (conflictVersion === undefined && theirChanges !== undefined) setTheirChanges(undefined);
  useEffect(() => {
    if (conflictVersion === undefined) return;
    const abort = new AbortController();
    api.maps.get(workspaceId, doc.id, abort.signal)
      .then(({ value }) => setTheirChanges(describeChanges(machine.savedDocument, value)), () => setTheirChanges(undefined));
    return () => abort.abort();
  }, [conflictVersion, workspaceId, doc.id, machine]);
  useEffect(() => { document.title = `${map.name} · Waymark`; }, [map.name]);

  // A filter on a persona that was removed from the map shows everyone again.
  const filter = personaFilter && map.personas?.some((p) => p.id === personaFilter) && (map.personas?.length ?? 0) >= 2
    ? personaFilter : null;

  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (!(e.ctrlKey || e.metaKey) || e.altKey) return;
      const key = e.key.toLowerCase();
      if (key === 's' && !e.shiftKey) { e.preventDefault(); if (!readOnly) { if (engine) engine.retry(); else void machine.flush(); } return; } // saves now, never the browser's dialog
      if (readOnly || isTyping(e.target) || document.querySelector('dialog[open]')) return;
      if (key === 'z' && !e.shiftKey) { e.preventDefault(); undo(); }
      else if ((key === 'z' && e.shiftKey) || (key === 'y' && !e.shiftKey)) { e.preventDefault(); redo(); }
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [undo, redo, machine, readOnly, engine]);

  const reloadTheirs = async () => {
    setReloading(true);
    try {
      const fresh = await api.maps.get(workspaceId, map.id);
      send({ type: 'reset', map: fresh.value });
      summary.current = undefined;
      machine.reset(fresh.value, fresh.etag);
      setConflictOpen(false);
      notify({ message: 'Showing the latest saved version' });
    } catch (error) {
      notify({ message: error instanceof Error ? `Could not reload: ${error.message}` : 'Could not reload the map' });
    } finally {
      setReloading(false);
    }
  };

  const keepMine = () => {
    const version = status.conflict?.currentVersion;
    setConflictOpen(false);
    if (version === undefined) { void reloadTheirs(); return; }
    void machine.keepMine(version);
  };

  // "Mark reviewed" is made against what is saved: pending edits go first, then the server's document (with the
  // review recorded) becomes this tab's starting point, as after a reload.
  const queryClient = useQueryClient();
  const prepareReview = async () => {
    // Co-editing: the review is applied in the map's one order of operations and arrives like any other.
    if (engine) return undefined;
    if (!readOnly) await machine.flush();
    if (machine.hasUnsaved) throw new Error('your latest edits are not saved yet; try again once they are');
    return machine.etag;
  };
  const reviewed = (saved: JourneyMap, savedTag: string) => {
    if (!engine) {
      send({ type: 'reset', map: saved });
      summary.current = undefined;
      machine.reset(saved, savedTag);
    }
    void reviewChanged(queryClient, workspaceId);
    notify({ message: saved.scope?.reviewBy ? `Marked reviewed; next review by ${formatDate(saved.scope.reviewBy)}` : 'Marked reviewed' });
  };

  const fit = () => {
    const width = scroller.current?.clientWidth ?? window.innerWidth;
    setZoom(fitZoom(width - 24, Math.max(1, stepsOf(map).length)));
  };

  const editor = useMemo<MapSession>(() => ({ map, basedOn, dispatch, seal, personaFilter: filter }),
    [map, basedOn, dispatch, seal, filter]);

  if (collab.mode === 'connecting') {
    return <div className={styles.page}><div className={styles.message}><Spinner label="Opening the map" /></div></div>;
  }

  return (
    <MapSessionContext.Provider value={editor}>
      <VotesLayer workspaceId={workspaceId} mapId={doc.id}>
      <MapDataLayers workspaceId={workspaceId} savedMap={engine ? engine.confirmed : machine.savedDocument} readOnly={readOnly}>
        <RulesLayer>
        <LiveLayer workspaceId={workspaceId} mapId={doc.id}>
        <CommentsLayer workspaceId={workspaceId} mapId={doc.id} access={canComment ? commentsAndMentions : readOnlyComments}>
        <CellCommentMenu>
        <HistoryLayer workspaceId={workspaceId} mapId={doc.id} canEdit={!readOnly} active={panelOpen && panelTab === 'history'}
          liveMap={map} liveSeq={status.seq} liveKey={status.seq ?? status.state} presence={live?.presence}
          onOpen={openHistory} onRestore={restore} notify={say}>
        <div className={styles.page}>
          <SkipLink target={mapGridId}>Skip to map</SkipLink>
          <TopBar
            workspaceId={workspaceId}
            map={map}
            onRename={(name) => dispatch({ type: 'updateMap', patch: { name } })}
            save={{ status, onRetry: () => (engine ? engine.retry() : void machine.retryNow()), onResolve: () => setConflictOpen(true) }}
            canUndo={snapshot ? snapshot.canUndo : history.past.length > 0}
            canRedo={snapshot ? snapshot.canRedo : history.future.length > 0}
            onUndo={undo}
            onRedo={redo}
            zoom={zoom}
            onZoom={setZoom}
            onFit={fit}
            personaFilter={filter}
            onPersonaFilter={setPersonaFilter}
            panelOpen={panelOpen}
            onTogglePanel={() => setPanelOpen((o) => !o)}
            readOnly={readOnly}
          />
          <ReviewStrip workspaceId={workspaceId} map={map} prepare={prepareReview} onReviewed={reviewed} />
          <DataBar />
          <LiveBar />
          <div className={styles.workArea}>
            <main className={styles.gridArea}>
              <MapGrid
                map={map}
                zoom={zoom}
                personaFilter={filter}
                dispatch={dispatch}
                seal={seal}
                notify={notify}
                scrollerRef={scroller}
                readOnly={readOnly}
              />
              <HistoryPreview />
            </main>
            <MapDataPanels workspaceId={workspaceId} map={map} saved={status.state === 'saved'} />
            <AttributionPanel workspaceId={workspaceId} map={map} saved={status.state === 'saved'} />
            <RulesPanel workspaceId={workspaceId} map={map} />
            <WhatIfPanel workspaceId={workspaceId} map={map} saved={status.state === 'saved'} />
            <CommentsPanel />
            {panelOpen && <SidePanel onClose={() => setPanelOpen(false)} readOnly={readOnly} tab={panelTab} onTab={setPanelTab} />}
          </div>
          {live && <PresenceLayer session={live} />}
          <Toasts toasts={toasts} onUndo={undo} onDismiss={dismiss} />
          <ConflictDialog
            open={conflictOpen && status.state === 'conflict'}
            problem={status.conflict}
            changes={theirChanges}
            busy={reloading}
            onReload={() => void reloadTheirs()}
            onKeepMine={keepMine}
            onClose={() => setConflictOpen(false)}
          />
          <VoteRefusal />
        </div>
        </HistoryLayer>
        </CellCommentMenu>
        </CommentsLayer>
        </LiveLayer>
        </RulesLayer>
      </MapDataLayers>
      </VotesLayer>
    </MapSessionContext.Provider>
  );
}

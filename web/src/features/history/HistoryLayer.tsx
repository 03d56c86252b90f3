// Gives the editing session its history: the timeline's state for the panel and the preview, the Alt+Shift+H
// shortcut, and the dialogs that name, rename and delete versions and confirm a restore.
import { useCallback, useEffect, useMemo, useState, useSyncExternalStore, type ReactNode } from 'react';
import type { JourneyMap } from '../../api/model';
import { ConfirmDialog } from '../../ui/Dialog';
import type { PresenceList } from '../collab/presenceList';
import { historyApi } from './historyApi';
import { HistoryContext, type HistoryState } from './HistoryContext';
import type { HistoryPoint, MapVersion } from './historyTypes';
import { RestoreDialog } from './RestoreDialog';
import { useTimeline } from './useTimeline';
import { VersionNameDialog } from './VersionNameDialog';

interface HistoryLayerProps {
  workspaceId: string;
  mapId: string;
  canEdit: boolean;
  /** The history panel is showing: the timeline loads and follows the live map only then. */
  active: boolean;
  liveMap: JourneyMap;
  liveSeq: number | undefined;
  /** Changes when the live map is saved further (whole-document saves have no seq). */
  liveKey: unknown;
  presence?: PresenceList;
  /** Opens the panel (the shortcut). */
  onOpen: () => void;
  /** Puts the map at the point back as one edit that this person can undo. */
  onRestore: (map: JourneyMap, point: HistoryPoint) => void;
  notify: (message: string) => void;
  children: ReactNode;
}

type Naming = { kind: 'new'; seq?: number } | { kind: 'rename'; version: MapVersion };

const noPresence = () => () => undefined;
const none = () => undefined;

function isTyping(el: EventTarget | null): boolean {
  return el instanceof HTMLElement && (el.tagName === 'INPUT' || el.tagName === 'TEXTAREA' || el.tagName === 'SELECT' || el.isContentEditable);
}

export function HistoryLayer(props: HistoryLayerProps) {
  const { workspaceId, mapId, onOpen, notify } = props;
  const timeline = useTimeline(workspaceId, mapId, props.active, props.liveKey);
  const [preview, setPreview] = useState<HistoryPoint | null>(null);
  const [naming, setNaming] = useState<Naming | null>(null);
  const [deleting, setDeleting] = useState<MapVersion | null>(null);
  const [restoring, setRestoring] = useState<HistoryPoint | null>(null);
  const colours = usePresenceColours(props.presence);

  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (e.altKey && e.shiftKey && !e.ctrlKey && !e.metaKey && e.code === 'KeyH') { e.preventDefault(); onOpen(); return; }
      if (e.key === 'Escape' && preview && !e.defaultPrevented && !isTyping(e.target) && !document.querySelector('dialog[open]')) {
        e.preventDefault();
        setPreview(null);
      }
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [onOpen, preview]);

  const state = useMemo<HistoryState>(() => ({
    workspaceId, mapId, canEdit: props.canEdit, load: timeline.load, retry: timeline.retry, loadOlder: timeline.loadOlder,
    colours, liveMap: props.liveMap, liveSeq: props.liveSeq, preview, show: setPreview,
    askName: (seq) => setNaming({ kind: 'new', seq }),
    askRename: (version) => setNaming({ kind: 'rename', version }),
    askDelete: setDeleting,
    askRestore: setRestoring,
  }), [workspaceId, mapId, props.canEdit, timeline.load, timeline.retry, timeline.loadOlder, colours, props.liveMap, props.liveSeq, preview]);

  const saveName = useCallback(async (name: string) => {
    if (!naming) return;
    if (naming.kind === 'new') {
      const version = await historyApi.nameVersion(workspaceId, mapId, name, naming.seq);
      notify(`Named this version “${version.name}”`);
      setPreview((p) => (p && p.seq === version.seq ? { seq: version.seq, title: `“${version.name}”`, version } : p));
    } else {
      const version = await historyApi.renameVersion(workspaceId, mapId, naming.version.id, name);
      setPreview((p) => (p?.version?.id === version.id ? { seq: version.seq, title: `“${version.name}”`, version } : p));
    }
    setNaming(null);
    timeline.refresh();
  }, [naming, workspaceId, mapId, notify, timeline]);

  const remove = async (version: MapVersion) => {
    setDeleting(null);
    try {
      await historyApi.deleteVersion(workspaceId, mapId, version.id);
      notify(`Deleted the version “${version.name}”; its edits stay in the history`);
      setPreview((p) => (p?.version?.id === version.id ? null : p));
      timeline.refresh();
    } catch (error) {
      notify(error instanceof Error ? `Could not delete the version: ${error.message}` : 'Could not delete the version');
    }
  };

  const restore = (map: JourneyMap, point: HistoryPoint) => {
    setRestoring(null);
    setPreview(null);
    props.onRestore(map, point);
  };

  return (
    <HistoryContext.Provider value={state}>
      {props.children}
      <VersionNameDialog open={naming !== null} renaming={naming?.kind === 'rename' ? naming.version.name : undefined}
        onSave={saveName} onClose={() => setNaming(null)} />
      <ConfirmDialog open={deleting !== null} title="Delete this version?"
        message={`The name “${deleting?.name ?? ''}” goes; the edits stay in the history and the map does not change.`}
        confirmLabel="Delete version" onConfirm={() => deleting && void remove(deleting)} onCancel={() => setDeleting(null)} />
      <RestoreDialog workspaceId={workspaceId} mapId={mapId} point={restoring} onRestore={restore} onClose={() => setRestoring(null)} />
    </HistoryContext.Provider>
  );
}

/** The colour each person here now has in presence, by user id; none without co-editing. */
function usePresenceColours(presence: PresenceList | undefined): ReadonlyMap<string, string> {
  const version = useSyncExternalStore(presence ? (l) => presence.subscribe(l) : noPresence, presence ? () => presence.others : none);
  return useMemo(() => {
    const colours = new Map<string, string>();
    if (!presence) return colours;
    for (const p of [...(version ?? []), ...(presence.me ? [presence.me] : [])]) colours.set(p.userId, p.colour);
    return colours;
  }, [presence, version]);
}

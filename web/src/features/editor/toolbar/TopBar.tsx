// The open map's top bar: back to the maps, name, kind, personas, save state, undo/redo, zoom, persona filter,
// export, voting, the side panel and sharing.
import { useState } from 'react';
import type { JourneyMap } from '../../../api/model';
import { Link } from '../../../app/Link';
import { useCan } from '../../../app/workspace';
import { navigate } from '../../../app/router';
import { ConfirmDialog } from '../../../ui/Dialog';
import { Avatar } from '../../../ui/Avatar';
import { mapKindLabels } from '../../../ui/kinds';
import { SaveStatus as SaveIndicator } from '../../autosave/SaveStatus';
import type { SaveStatus } from '../../autosave/autosaver';
import { CommentsButton, InboxButton } from '../../comments';
import { DataToggle, EvidenceMenu } from '../../mapData';
import { ShareDialog } from '../../sharing/ShareDialog';
import { VoteBudget } from '../../votes/VoteBudget';
import { VotingDialog } from '../../votes/VotingDialog';
import { ExportMenu } from './ExportMenu';
import { PrintNote } from '../print/PrintNote';
import { usePrintMap } from '../print/usePrintMap';
import { ToolbarIcon } from './icons';
import { MapNameField } from './MapNameField';
import { PersonaFilter } from './PersonaFilter';
import { ZoomControl } from './ZoomControl';
import styles from './toolbar.module.css';

interface TopBarProps {
  workspaceId: string;
  map: JourneyMap;
  onRename: (name: string) => void;
  save: { status: SaveStatus; onRetry: () => void; onResolve: () => void };
  canUndo: boolean;
  canRedo: boolean;
  onUndo: () => void;
  onRedo: () => void;
  zoom: number;
  onZoom: (zoom: number) => void;
  onFit: () => void;
  personaFilter: string | null;
  onPersonaFilter: (id: string | null) => void;
  panelOpen: boolean;
  onTogglePanel: () => void;
  /** A viewer or commenter: reading, zoom, data, export, comments and votes; nothing that changes the map. */
  readOnly: boolean;
}

const mod = typeof navigator !== 'undefined' && /Mac|iPhone|iPad/.test(navigator.platform) ? '⌘' : 'Ctrl+';

export function TopBar(props: TopBarProps) {
  const { map } = props;
  const personas = map.personas ?? [];
  const [confirmLeave, setConfirmLeave] = useState(false);
  const [sharing, setSharing] = useState(false);
  const [voting, setVoting] = useState(false);
  const canComment = useCan('commenter');
  const { readOnly } = props;
  const print = usePrintMap(props.workspaceId, map.id, props.personaFilter);
  // Leaving inside the app saves what is pending; only a save that cannot get through needs a word first.
  const stuck = props.save.status.state === 'failed' || props.save.status.state === 'conflict';
  return (
    <header className={styles.bar}>
      <div className={styles.left}>
        <Link href="/" className={`icon-btn ${styles.back}`} aria-label="Back to maps" title="Back to maps"
          onClick={(e) => { if (stuck) { e.preventDefault(); setConfirmLeave(true); } }}>
          <ToolbarIcon name="back" />
        </Link>
        <ConfirmDialog
          open={confirmLeave}
          title="Leave without saving?"
          message="Your latest edits are not saved: the last save failed or the map was changed elsewhere. Stay to retry or resolve it, or leave and lose them."
          confirmLabel="Leave and lose them"
          onConfirm={() => { setConfirmLeave(false); navigate('/'); }}
          onCancel={() => setConfirmLeave(false)}
        />
        <h1 className="visually-hidden">{map.name}</h1>
        {readOnly
          ? <span className={styles.staticName} title={map.name} data-testid="map-name-text">{map.name}</span>
          : <MapNameField name={map.name} onRename={props.onRename} />}
        <span className={`badge badge-accent ${styles.kind}`}>{mapKindLabels[map.kind ?? 'custom']}</span>
        {personas.length > 0 && (
          <span className={styles.avatars} aria-label={`Personas: ${personas.map((p) => p.name).join(', ')}`} role="group">
            {personas.slice(0, 4).map((p) => <Avatar key={p.id} name={p.name} color={p.color} photoUrl={p.photoUrl} size={24} />)}
            {personas.length > 4 && <span className={styles.more}>+{personas.length - 4}</span>}
          </span>
        )}
        {readOnly
          ? <AccessBadge canComment={canComment} />
          : <SaveIndicator status={props.save.status} onRetry={props.save.onRetry} onResolve={props.save.onResolve} />}
      </div>
      <div className={styles.right}>
        {!readOnly && <div className={styles.group} role="group" aria-label="History">
          <button type="button" className="icon-btn" aria-label="Undo" title={`Undo (${mod}Z)`} data-testid="undo"
            disabled={!props.canUndo} onClick={props.onUndo}>
            <ToolbarIcon name="undo" />
          </button>
          <button type="button" className="icon-btn" aria-label="Redo" title={`Redo (${mod}Shift+Z)`} data-testid="redo"
            disabled={!props.canRedo} onClick={props.onRedo}>
            <ToolbarIcon name="redo" />
          </button>
        </div>}
        <ZoomControl zoom={props.zoom} onZoom={props.onZoom} onFit={props.onFit} />
        {personas.length >= 2 && (
          <PersonaFilter personas={personas} value={props.personaFilter} onChange={props.onPersonaFilter} />
        )}
        <DataToggle />
        <EvidenceMenu />
        <ExportMenu workspaceId={props.workspaceId} mapId={map.id} saved={props.save.status.state === 'saved'}
          personas={personas} personaFilter={props.personaFilter} onPrint={print} />
        <CommentsButton />
        <InboxButton workspaceId={props.workspaceId} />
        <VoteBudget />
        {!readOnly && (
          <button type="button" className="btn btn-sm" onClick={() => setVoting(true)} data-testid="voting" aria-label="Voting"
            title="Voting on ideas: one vote each, or dot voting">
            <ToolbarIcon name="vote" /> <span className={styles.votingLabel}>Voting</span>
          </button>
        )}
        <button type="button" className={`btn btn-sm ${props.panelOpen ? styles.pressed : ''}`} aria-pressed={props.panelOpen}
          onClick={props.onTogglePanel} data-testid="toggle-panel" aria-label="Scope & personas" title="Scope, personas and history (history: Alt+Shift+H)">
          <ToolbarIcon name="panel" /> <span className={styles.panelLabel}>Scope & personas</span>
        </button>
        {!readOnly && (
          <>
            <button type="button" className="btn btn-primary btn-sm" onClick={() => setSharing(true)} data-testid="share">
              Share
            </button>
            <ShareDialog workspaceId={props.workspaceId} mapId={map.id} mapName={map.name} open={sharing} onClose={() => setSharing(false)} />
            <VotingDialog workspaceId={props.workspaceId} mapId={map.id} open={voting} onClose={() => setVoting(false)} />
          </>
        )}
        <PrintNote mapName={map.name} />
      </div>
    </header>
  );
}

/** In place of the save state for a reader: what their role lets them do on this map. */
function AccessBadge({ canComment }: { canComment: boolean }) {
  return (
    <span className="badge" data-testid="access-badge"
      title={canComment ? 'Your role lets you read this map, comment and vote on ideas; editors change it.' : 'Your role lets you read this map; editors change it.'}>
      {canComment ? 'Can comment' : 'View only'}
    </span>
  );
}

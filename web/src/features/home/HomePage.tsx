// The workspace home: every map as a card, with search, a kind filter, sort and the map actions.
import { api } from '../../api/client';
import { useMemo, useState } from 'react';
import { ApiError } from '../../api/http';
import type { MapSummary } from '../../api/model';
import { hrefOf, navigate } from '../../app/router';
import { useCan, useWorkspace } from '../../app/workspace';
import { ConfirmDialog } from '../../ui/Dialog';
import type { MenuItem } from '../../ui/MenuButton';
import { EmptyState, ErrorState } from '../../ui/States';
import { valueOf } from '../../ui/load';
import { HomeToolbar, SortSelect } from './HomeToolbar';
import { MapCard, MapCardSkeleton } from './MapCard';
import { kindCounts, queryMaps, type MapQuery } from './mapList';
import { NewMapDialog } from './NewMapDialog';
import { DraftFromDataDialog } from '../drafts/DraftFromDataDialog';
import { RenameMapDialog } from './RenameMapDialog';
import { useMapActions } from './useMapActions';
import { useMaps } from './useMaps';
import styles from './HomePage.module.css';

type Notice = { tone: 'info' | 'error'; text: string } | null;
const skeletons = Array.from({ length: 8 }, (_, i) => i);
const noMaps: MapSummary[] = [];

export function HomePage() {
  const workspace = useWorkspace();
  const canEdit = useCan('editor'); // viewers and commenters read and export maps; they make and change none
  const { load, retry } = useMaps(workspace.id);
  const actions = useMapActions(workspace.id);
  const [query, setQuery] = useState<MapQuery>({ text: '', kind: 'all', sort: 'edited' });
  const [creating, setCreating] = useState(false);
  const [drafting, setDrafting] = useState(false);
  const [renaming, setRenaming] = useState<MapSummary | null>(null);
  const [deleting, setDeleting] = useState<MapSummary | null>(null);
  const [notice, setNotice] = useState<Notice>(null);

  const ready = valueOf(load) ?? null;
  const maps = ready?.maps ?? noMaps;
  const shown = useMemo(() => queryMaps(maps, query), [maps, query]);
  const counts = useMemo(() => kindCounts(maps), [maps]);
  const names = useMemo(() => new Map(maps.map((m) => [m.id, m.name])), [maps]);

  const run = async (busyText: string, work: () => Promise<string | void>) => {
    setNotice({ tone: 'info', text: busyText });
    try {
      const done = await work();
      setNotice(done ? { tone: 'info', text: done } : null);
    } catch (err) {
      const text = err instanceof ApiError ? err.messages.join(' ') : String(err);
      setNotice({ tone: 'error', text });
    }
  };

  const menuFor = (map: MapSummary): MenuItem[] => {
    const open: MenuItem = { label: 'Open', onSelect: () => navigate(hrefOf({ page: 'map', mapId: map.id })) };
    const compare: MenuItem = { label: map.basedOnMapId ? 'Compare with the map it is based on' : 'Compare…',
      onSelect: () => navigate(hrefOf({ page: 'compare', mapId: map.id })) };
    const history: MenuItem = { label: 'Version history', onSelect: () => navigate(hrefOf({ page: 'map', mapId: map.id, panel: 'history' })) };
    const exports: MenuItem[] = [
      { label: 'Export JSON', href: api.maps.exportUrl(workspace.id, map.id, 'json'), download: true, separatorBefore: true },
      { label: 'Export YAML', href: api.maps.exportUrl(workspace.id, map.id, 'yaml'), download: true },
      { label: 'Export PDF (A4)', href: api.maps.exportUrl(workspace.id, map.id, 'pdf', { pages: 'a4' }), download: true },
    ];
    if (!canEdit) return [open, history, compare, ...exports];
    return [
      open,
      history,
      compare,
      { label: 'Rename…', onSelect: () => setRenaming(map) },
      { label: 'Duplicate', onSelect: () => void run(`Duplicating “${map.name}”…`, async () => `Created “${(await actions.duplicate(map)).name}”.`) },
      { label: 'Start a future state from this map', onSelect: () => void run('Creating the future-state map…', () => actions.startFutureState(map)) },
      ...exports,
      { label: 'Delete…', onSelect: () => setDeleting(map), danger: true, separatorBefore: true },
    ];
  };

  const confirmDelete = () => {
    const map = deleting;
    setDeleting(null);
    if (map) void run(`Deleting “${map.name}”…`, async () => { await actions.remove(map); return `Deleted “${map.name}”.`; });
  };

  return (
    <div className={styles.page}>
      <div className={styles.head}>
        <div>
          <h1>Journey maps</h1>
          <p className={styles.sub}>
            {ready ? `${maps.length} ${maps.length === 1 ? 'map' : 'maps'} in ${workspace.name}` : workspace.name}
          </p>
        </div>
        <div className={styles.headActions}>
          <SortSelect query={query} onChange={setQuery} />
          {canEdit && (
            <>
              <button type="button" className="btn" data-testid="draft-from-data" onClick={() => setDrafting(true)}>Draft from data</button>
              <button type="button" className="btn btn-primary" data-testid="new-map" onClick={() => setCreating(true)}>
                <span aria-hidden="true">+</span> New map
              </button>
            </>
          )}
        </div>
      </div>

      <HomeToolbar query={query} counts={counts} total={ready ? maps.length : null} onChange={setQuery} />

      {notice && (
        <div className={`${styles.notice} ${notice.tone === 'error' ? styles.noticeError : styles.noticeInfo}`} role={notice.tone === 'error' ? 'alert' : 'status'}>
          <span>{notice.text}</span>
          <button type="button" className="icon-btn" aria-label="Dismiss" onClick={() => setNotice(null)}>✕</button>
        </div>
      )}

      {load.state === 'loading' && (
        <div className={styles.grid} aria-busy="true" aria-label="Loading maps">{skeletons.map((i) => <MapCardSkeleton key={i} />)}</div>
      )}
      {load.state === 'error' && <ErrorState title="The maps could not be loaded" error={load.error} onRetry={retry} />}
      {ready && maps.length === 0 && (
        <EmptyState
          level={2}
          title="No journey maps yet"
          action={canEdit && (
            <div className={styles.emptyActions}>
              <button type="button" className="btn btn-primary" onClick={() => navigate('/templates')}>Browse templates</button>
              <button type="button" className="btn" onClick={() => setCreating(true)}>Start a blank map</button>
            </div>
          )}
        >
          {canEdit
            ? 'Start from one of the templates — SaaS trial, hotel stay, insurance claim and more — and make it yours.'
            : 'The maps of this workspace show here once an editor makes one.'}
        </EmptyState>
      )}
      {ready && maps.length > 0 && shown.length === 0 && (
        <EmptyState
          level={2}
          title="No maps match"
          action={<button type="button" className="btn" onClick={() => setQuery({ ...query, text: '', kind: 'all' })}>Clear search and filter</button>}
        >
          Nothing in this workspace matches {query.text ? `“${query.text}”` : 'this filter'}.
        </EmptyState>
      )}
      {ready && shown.length > 0 && (
        <div className={styles.grid}>
          {shown.map((m) => (
            <MapCard key={m.id} map={m} now={ready.readAt} menu={menuFor(m)} basedOnName={m.basedOnMapId ? names.get(m.basedOnMapId) : undefined} />
          ))}
        </div>
      )}

      <DraftFromDataDialog workspaceId={workspace.id} open={drafting} onClose={() => setDrafting(false)} />
      <NewMapDialog workspaceId={workspace.id} open={creating} onClose={() => setCreating(false)} onCreate={actions.create} />
      <RenameMapDialog key={renaming?.id ?? 'none'} map={renaming} onClose={() => setRenaming(null)} onRename={async (m, name) => { await actions.rename(m, name); setRenaming(null); }} />
      <ConfirmDialog
        open={deleting !== null}
        title="Delete this map?"
        message={<>“{deleting?.name}” and its history will be deleted for everyone in the workspace. This cannot be undone.</>}
        confirmLabel="Delete map"
        onConfirm={confirmDelete}
        onCancel={() => setDeleting(null)}
      />
    </div>
  );
}

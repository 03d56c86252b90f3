// The Compare view of a map: the map as it is now with what changed since another map (the one it is based on,
// offered first) or since one of its own revisions marked on the grid, and the same changes as a list beside it.
import { useMemo } from 'react';
import { api } from '../../api/client';
import { Link } from '../../app/Link';
import { hrefOf, navigate, type CompareTarget } from '../../app/router';
import { useServerData } from '../../app/server/useServerData';
import { keys } from '../../app/server/keys';
import { useWorkspace } from '../../app/workspace';
import { EmptyState, ErrorState, LoadView, Spinner } from '../../ui/States';
import { valueOf } from '../../ui/load';
import { ComparePicker } from './ComparePicker';
import { DiffGridView } from './DiffGridView';
import { DiffList } from './DiffList';
import { countMarks, diffGrid, markText, type Mark } from './diffGrid';
import styles from './Compare.module.css';

export function ComparePage({ mapId, against }: { mapId: string; against?: CompareTarget }) {
  const ws = useWorkspace().id;
  const mapLoad = useServerData({ key: [...keys.maps(ws), 'compare', mapId], fetch: async (signal) => (await api.maps.get(ws, mapId, signal)).value });
  const maps = useServerData({ key: keys.maps(ws), fetch: (signal) => api.maps.list(ws, signal) });
  const revisions = useServerData({ key: [...keys.maps(ws), 'revisions', mapId], fetch: (signal) => api.maps.revisions(ws, mapId, signal) });
  const map = valueOf(mapLoad.load);
  // Without a choice in the address, a map made from another is compared with that one.
  const target: CompareTarget | undefined = against ?? (map?.basedOnMapId ? { mapId: map.basedOnMapId } : undefined);
  const diff = useServerData({
    key: [...keys.maps(ws), 'diff', mapId, target ?? null],
    fetch: (signal) => api.maps.diff(ws, mapId, target!, signal),
    enabled: target !== undefined,
    keepPrevious: true,
  });
  const ready = valueOf(diff.load);
  const grid = useMemo(() => (map && ready ? diffGrid(map, ready) : null), [map, ready]);
  const choose = (t: CompareTarget) => navigate(hrefOf({ page: 'compare', mapId, against: t }), { replace: true });

  return (
    <div className={styles.page}>
      <header className={styles.bar}>
        <Link href={hrefOf({ page: 'map', mapId })} className="btn btn-sm" data-testid="compare-back">← Back to the map</Link>
        <h1 className={styles.title}>Compare <span className={styles.mapName}>{map?.name ?? ''}</span></h1>
        {map && (
          <ComparePicker mapId={mapId} basedOnMapId={map.basedOnMapId} maps={valueOf(maps.load) ?? []}
            revisions={valueOf(revisions.load) ?? []} value={target} onChange={choose} />
        )}
        {ready && (
          <p className={styles.matching}>
            {ready.matching === 'ids' ? 'Matched by id (versions of one map)' : 'Matched by name and position (different maps)'}
          </p>
        )}
      </header>
      <LoadView load={mapLoad.load} loading="Opening the map" errorTitle="The map could not be opened" onRetry={mapLoad.retry}>
        {(m) => !target
          ? <EmptyState title="Choose what to compare with" level={2}>
              Pick a map or an earlier version of “{m.name}” above: what was added, removed, moved or changed shows on the map.
            </EmptyState>
          : diff.load.state === 'error'
            ? <ErrorState title="The comparison could not be made" error={diff.load.error} onRetry={diff.retry} />
            : !ready || !grid
              ? <Spinner label="Comparing" />
              : (
                <div className={styles.body}>
                  <DiffGridView map={m} grid={grid} />
                  <aside className={styles.side} aria-label="Differences">
                    <h2 className={styles.sideTitle}>
                      {ready.changes.length === 0 ? 'No differences' : `${ready.changes.length} ${ready.changes.length === 1 ? 'difference' : 'differences'}`}
                    </h2>
                    <p className={styles.sideNote}>
                      From “{ready.before.name}”{ready.before.revision != null ? ` (revision ${ready.before.revision})` : ''} to this map.
                    </p>
                    {ready.changes.length === 0
                      ? <EmptyState title="No differences">The two are the same, part for part.</EmptyState>
                      : <>
                          <Counts counts={countMarks(ready.changes)} />
                          <DiffList changes={ready.changes} />
                        </>}
                  </aside>
                </div>
              )}
      </LoadView>
    </div>
  );
}

function Counts({ counts }: { counts: Record<Mark, number> }) {
  return (
    <p className={styles.counts} data-testid="diff-counts">
      {(Object.keys(counts) as Mark[]).filter((m) => counts[m] > 0).map((m) => (
        <span key={m} className={`${styles.badge} ${styles[m]}`}><span aria-hidden="true">{markText[m].sign}</span> {counts[m]} {markText[m].label.toLowerCase()}</span>
      ))}
    </p>
  );
}

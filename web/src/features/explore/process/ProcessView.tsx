// Explore's process map: how customers really move between activities (a map's bound ones, or all), laid out left
// to right, cut to a coverage that keeps it connected, with the common variants beside it and the map's designed
// order over it. Its settings live in the address next to the scope.
import { useEffect, useMemo, useState } from 'react';
import { api } from '../../../api/client';
import { useWorkspace } from '../../../app/workspace';
import { keys } from '../../../app/server/keys';
import { useServerData } from '../../../app/server/useServerData';
import { EmptyState, ErrorState, Spinner } from '../../../ui/States';
import { formatCount } from '../../mapData';
import type { ExploreViewProps } from '../exploreViews';
import { DesignNotes } from './DesignNotes';
import { ProcessControls } from './ProcessControls';
import { ProcessGraph } from './ProcessGraph';
import type { ProcessMapData } from './processLayout';
import { designPoints, variantPath } from './processOverlays';
import { parseSettings, settingsSearch, type ProcessSettings } from './processSettings';
import { useProcessLayout } from './useProcessLayout';
import { VariantsList } from './VariantsList';
import styles from './Process.module.css';

const settle = 300;

export function ProcessView({ scope, query }: ExploreViewProps) {
  const workspace = useWorkspace();
  const [draft, setDraftState] = useState<ProcessSettings>(() => parseSettings(location.search));
  const [settings, setSettings] = useState(draft);
  const setDraft = (next: ProcessSettings) => {
    setDraftState(next);
    history.replaceState(null, '', location.pathname + settingsSearch(next, location.search));
  };
  // The sliders move freely; the graph is asked for once they rest.
  useEffect(() => {
    const timer = setTimeout(() => setSettings(draft), settle);
    return () => clearTimeout(timer);
  }, [draft]);
  const request = { from: query.from, to: query.to, segment: query.segment, source: query.source, map: scope.mapId, activities: settings.activities, paths: settings.paths };
  const { load, retry } = useServerData<ProcessMapData>({
    key: keys.exploreProcess(workspace.id, request),
    fetch: (signal) => api.process.get(workspace.id, request, signal),
    invalid: query.error,
    keepPrevious: true,
  });
  const data = load.state === 'ready' ? load.value : undefined;
  const laid = useProcessLayout(data);
  const layout = laid?.layout ?? null;
  const variant = draft.variant !== null ? data?.variants.top[draft.variant] : undefined;
  const highlight = useMemo(() => (variant && layout ? variantPath(variant, layout) : null), [variant, layout]);
  const designed = scope.mapId !== null && draft.designed ? laid?.map.designed ?? null : null;
  const design = useMemo(() => (designed && layout ? designPoints(designed.steps, layout) : null), [designed, layout]);

  if (load.state === 'invalid') return <ErrorState title="This period cannot be measured" error={load.message} />;
  if (load.state === 'error') return <ErrorState title="The process map could not be loaded" error={load.error} onRetry={retry} />;
  const summary = data
    ? `${data.nodes.length} of ${data.allActivities} activities · ${data.edges.length} of ${data.allEdges} paths · ${formatCount(data.customers)} customers · ${formatCount(data.events)} events`
    : null;
  return (
    <div className={styles.view} data-testid="process-view">
      <ProcessControls draft={draft} onDraft={setDraft} hasMap={scope.mapId !== null} summary={summary} />
      <div className={styles.body}>
        <section className={styles.graphPanel} aria-label="Process map">
          {!data || !laid ? <div className={styles.loading}><Spinner label="Laying out the process map" /></div>
            : data.nodes.length === 0 ? <Empty data={data} />
            : (
              <ProcessGraph layout={laid.layout} labels={draft.labels} highlight={highlight} design={design} layoutMs={laid.ms}
                busy={(load.state === 'ready' && load.refreshing) || laid.map !== data} />
            )}
          {designed && layout && design && <DesignNotes steps={designed.steps} drawn={design} mapName={designed.mapName} />}
        </section>
        {data && (
          <VariantsList variants={data.variants} selected={draft.variant} hidden={highlight?.hidden ?? 0}
            onSelect={(variant) => setDraft({ ...draft, variant })} />
        )}
      </div>
    </div>
  );
}

function Empty({ data }: { data: ProcessMapData }) {
  if (data.designed && data.designed.steps.every((s) => s.activities.length === 0)) {
    return <EmptyState title="This map’s steps are not bound to activities yet">Bind its steps to activities on the map, or choose “No map” to see every activity.</EmptyState>;
  }
  return <EmptyState title="No journeys in this scope">No customer has events in this period and segment{data.mapId ? ' on this map’s steps' : ''}. Try a longer period or another segment.</EmptyState>;
}

// "Actual paths": how customers really move over the map's steps — the share who follow the designed order, the
// moves between steps strongest first, activities no step is bound to (with a quick way to bind one), and the
// bound steps nobody reaches (also marked on the grid).
import { api } from '../../../api/client';
import { useEffect, useRef, useState } from 'react';
import { type PathsResult } from '../../../api/evidence';
import type { JourneyMap } from '../../../api/model';
import { keys } from '../../../app/server/keys';
import { Link } from '../../../app/Link';
import { useServerData } from '../../../app/server/useServerData';
import { isBusy, valueOf } from '../../../ui/load';
import { EmptyState, ErrorState, Spinner } from '../../../ui/States';
import { useBindings } from '../bindings/BindingsContext';
import { mapHasBindings } from '../bindings/binding';
import { useOverlay } from '../overlay/OverlayContext';
import { useEvidence } from '../evidence/EvidenceContext';
import { EvidencePanelShell } from '../evidence/EvidencePanelShell';
import { HiddenJourneys } from './HiddenJourneys';
import { MoveList } from './MoveList';
import { formatCount, formatShare, unreachedNames } from './pathsView';
import { pathsScope } from './pathsScope';
import shared from '../evidence/Evidence.module.css';
import styles from './Paths.module.css';

interface PathsPanelProps {
  workspaceId: string;
  map: JourneyMap;
  /** The server reads the saved map: figures reload once edits to steps and bindings are saved. */
  saved: boolean;
  onClose: () => void;
}

/** Changes when anything the paths depend on changes: step order and bindings. */
function bindingsKey(map: JourneyMap): string {
  return JSON.stringify((map.stages ?? []).map((s) => (s.steps ?? []).map((t) => [t.id, t.binding ?? null])));
}

export function PathsPanel({ workspaceId, map, saved, onClose }: PathsPanelProps) {
  const bound = mapHasBindings(map);
  const [key, setKey] = useState(() => bindingsKey(map));
  const current = bindingsKey(map);
  // Reload once a save lands: the step being saved may still be on its way while the map already shows it.
  const wasSaved = useRef(saved);
  useEffect(() => {
    if (saved && !wasSaved.current) setKey(current);
    wasSaved.current = saved;
  }, [saved, current]);
  const overlay = useOverlay();
  const scope = pathsScope(overlay.on, overlay.settings.range, overlay.settings.segment,
    overlay.segments.state === 'ready' ? overlay.segments.value : [], new Date());
  const { load, retry } = useServerData({
    key: keys.paths(workspaceId, map.id, [key, scope.query]),
    enabled: bound,
    keepPrevious: true,
    fetch: (signal) => api.paths.get(workspaceId, map.id, scope.query, signal),
  });
  const result = valueOf(load);

  const { setMarks } = useEvidence();
  const [route, setRoute] = useState<string[]>([]);
  const unreached = result?.unreachedStepIds.join(' ') ?? '';
  const routeKey = route.join(' ');
  useEffect(() => {
    const marks = { unreached: unreached ? unreached.split(' ') : [], route: routeKey ? routeKey.split(' ') : [] };
    setMarks(marks.unreached.length + marks.route.length > 0 ? marks : null);
    return () => setMarks(null);
  }, [unreached, routeKey, setMarks]);

  return (
    <EvidencePanelShell title="Actual paths" testId="paths-panel" focusTitle onClose={onClose} busy={isBusy(load)}>
      {!bound && (
        <EmptyState title="Bind steps to see the paths">
          Actual paths follow customers over the steps bound to data. Bind a step from its menu (“Bind to data…”) first.
        </EmptyState>
      )}
      {bound && !result && load.state === 'loading' && <Spinner label="Following customers over the steps" />}
      {bound && load.state === 'error' && <ErrorState title="The paths could not be loaded" error={load.error} onRetry={retry} />}
      {bound && result && result.customers === 0 && result.hiddenActivities.length === 0 && (
        <EmptyState title="No customer reaches a bound step yet">
          Once events for the bound activities arrive, the moves between steps appear here.
        </EmptyState>
      )}
      {bound && result && (result.customers > 0 || result.hiddenActivities.length > 0) && (
        <PathsBody result={result} map={map} scope={scope.label} onPoint={setRoute} />
      )}
    </EvidencePanelShell>
  );
}

/** Explore's paths from this map's entry step (or its first bound one), what the moves below start from. */
function sankeyHref(map: JourneyMap): string {
  const bound = (map.stages ?? []).flatMap((s) => s.steps ?? []).filter((t) => (t.binding?.activities ?? []).some((a) => a !== ''));
  const start = bound.find((t) => t.id === map.entryStepId) ?? bound[0];
  const q = new URLSearchParams({ map: map.id, ...(start ? { start: `step:${start.id}` } : {}) });
  return `/explore/paths?${q.toString()}`;
}

/** Scrolls the grid so a step's column is in view. */
function showStep(stepId: string) {
  document.querySelector(`[data-testid="step-header"][data-step-id="${CSS.escape(stepId)}"]`)
    ?.scrollIntoView({ behavior: 'smooth', block: 'nearest', inline: 'center' });
}

function PathsBody({ result, map, scope, onPoint }: { result: PathsResult; map: JourneyMap; scope: string; onPoint: (steps: string[]) => void }) {
  const { openBinding, readOnly, guest } = useBindings(); // Explore is for members: a share guest gets no link to it
  const unreached = unreachedNames(result, map);
  return (
    <>
      <p className={styles.scope} data-testid="paths-scope">{scope}</p>
      {!guest && <Link className={shared.linkBtn} data-testid="paths-open-sankey" href={sankeyHref(map)}>Open as a Sankey</Link>}
      <div className={styles.score} data-testid="designed-order">
        <span className={styles.scoreValue} data-testid="designed-order-share">{formatShare(result.designedOrderShare)}</span>
        <span className={styles.scoreLabel}>follow the map’s designed order</span>
        <span className={styles.scoreSub}>
          of <span data-testid="paths-customers">{formatCount(result.customers)}</span> customers seen on a bound step, never going back
        </span>
        {(result.funnel ?? []).length > 0 && (
          <span className={styles.scoreSub} title="Paths follow everyone seen on a bound step; the funnel counts only those who did the entry step">
            <span data-testid="paths-entered" data-value={result.entered ?? 0}>{formatCount(result.entered ?? 0)}</span> of them entered at the entry step, as the funnel counts
          </span>
        )}
        <div className={`${shared.bar} ${styles.scoreBar}`} aria-hidden="true">
          <div className={shared.barFill} style={{ width: `${result.designedOrderShare * 100}%` }} />
        </div>
      </div>

      <MoveList result={result} map={map} onPoint={onPoint} />

      <section className={shared.section} aria-labelledby="unreached-title">
        <div className={shared.sectionHead}>
          <h3 id="unreached-title">Steps nobody reaches</h3>
          <span className={shared.count}>{unreached.length}</span>
        </div>
        {unreached.length === 0
          ? <p className={styles.allGood}><span aria-hidden="true">✓</span> Every bound step is reached.</p>
          : (
            <ul className={shared.list} data-testid="unreached-steps">
              {unreached.map((s) => (
                <li key={s.id} className={styles.unreached}>
                  <button type="button" className={styles.unreachedName} onClick={() => showStep(s.id)}
                    title="Show this step on the map">{s.name}</button>
                  {!readOnly && (
                    <button type="button" className={shared.linkBtn} onClick={() => openBinding(s.id)}
                      aria-label={`Check binding of ${s.name}`}>Check binding</button>
                  )}
                </li>
              ))}
            </ul>
          )}
      </section>

      <HiddenJourneys result={result} map={map} />

      <p className={shared.footnote}>
        A run of events on one step counts once; events on no step are passed over, so a move
        goes from one bound step straight to the next.
      </p>
    </>
  );
}

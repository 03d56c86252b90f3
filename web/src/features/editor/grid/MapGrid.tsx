// The open map as a grid: stages over steps as sticky column headers, lanes as rows with sticky titles, one
// scroll box. The grid owns focus (a roving tab stop moved with the arrow keys), edit mode and renaming.
import { startTransition, useCallback, useEffect, useLayoutEffect, useMemo, useRef, useState, type CSSProperties, type RefObject } from 'react';
import type { JourneyMap, LaneKind } from '../../../api/model';
import { EmptyState } from '../../../ui/States';
import type { Edit } from '../../map/state/edits';
import { serviceLineLabels, serviceLinesAbove, type ServiceLine } from '../../map/state/serviceLines';
import { momentOfTruthSteps, visibleLanes } from '../../map/state/structure';
import { AddLaneDialog } from './AddLaneDialog';
import { columnsOf, type Column } from './columns';
import type { CellChange } from './GridCell';
import { GridHeader } from './GridHeader';
import { LaneRow } from './LaneRow';
import { useGridDnd, type DropHint } from './useGridDnd';
import { useGridKeyboard } from './useGridKeyboard';
import { useRenaming } from './useRenaming';
import { ReadOnlyContext } from './readOnly';
import { mapGridId } from './gridDom';
import { useStructure, type Notice } from './useStructure';
import { columnWidthAt, emotionHeightAt, titleWidthAt } from './zoom';
import styles from './grid.module.css';

interface MapGridProps {
  map: JourneyMap;
  zoom: number;
  personaFilter: string | null;
  dispatch: (edit: Edit, coalesceKey?: string) => void;
  seal: () => void;
  notify: (notice: Notice) => void;
  /** Receives the grid's scroll box too (the editor reads its width to fit the zoom). */
  scrollerRef?: RefObject<HTMLDivElement | null>;
  /**
   * A shared map (a share-link guest): read, move around and vote, never change. Edit mode, renaming, dragging and
   * the keys that change the map are off, and the controls that change it are not drawn (grid.module.css).
   */
  readOnly?: boolean;
}

/** The keys that only move around the grid, the ones a read-only grid passes on. */
const navigationKeys = new Set(['ArrowUp', 'ArrowDown', 'ArrowLeft', 'ArrowRight', 'Home', 'End', 'PageUp', 'PageDown', 'Tab']);
const ignoreEdit = () => undefined;

const emptyIds: string[] = [];

/** Lanes drawn in the first frame: about a screenful (rows are rarely under 100 px); the rest follow at once. */
function firstScreenRows(zoom: number): number {
  const height = typeof window === 'undefined' ? 768 : window.innerHeight;
  return Math.max(4, Math.ceil((height - 120) / (100 * zoom)) + 1);
}

/** Step columns drawn in the first frame: about a screen's width; the rest follow with the other lanes. */
function firstScreenColumns(zoom: number): number {
  const width = typeof window === 'undefined' ? 1366 : window.innerWidth;
  return Math.max(4, Math.ceil(width / columnWidthAt(zoom)) + 1);
}

export function MapGrid(props: MapGridProps) {
  const { readOnly = false } = props;
  // A read-only grid drops every edit where all of them pass, so no control it still draws can change the map.
  const dispatch = readOnly ? ignoreEdit : props.dispatch;
  return <ReadOnlyContext.Provider value={readOnly}><Grid {...props} dispatch={dispatch} readOnly={readOnly} /></ReadOnlyContext.Provider>;
}

function Grid({ map, zoom, personaFilter, dispatch, seal, notify, scrollerRef, readOnly }: MapGridProps) {
  const root = useRef<HTMLDivElement | null>(null);
  const exit = useRef<HTMLButtonElement>(null);
  const mapRef = useRef(map);
  useLayoutEffect(() => { mapRef.current = map; }, [map]);

  const { columns, steps } = useMemo(() => columnsOf(map.stages), [map.stages]);
  const lanes = useMemo(() => visibleLanes(map.lanes ?? [], personaFilter), [map.lanes, personaFilter]);
  const idsKey = lanes.map((l) => l.id).join('|');
  const visibleIds = useMemo(() => (idsKey ? idsKey.split('|') : emptyIds), [idsKey]);
  const truthKey = momentOfTruthSteps(map).join(' ');
  const truthSteps = useMemo(() => new Set(truthKey.split(' ').filter(Boolean)), [truthKey]);
  const linesAbove = useMemo(() => serviceLinesAbove(lanes.map((l) => l.kind)), [lanes]);
  const personas = (map.personas?.length ?? 0) >= 2 ? map.personas! : null;

  const renamingState = useRenaming(root);
  const { renaming } = renamingState;
  const setRenaming = readOnly ? ignoreEdit : renamingState.setRenaming;
  const [addLaneAt, setAddLaneAt] = useState<number | null>(null);

  // A big map opens with the lanes that fit on screen and draws the others right after, without blocking input.
  const [rowLimit, setRowLimit] = useState(() => firstScreenRows(zoom));
  const complete = rowLimit >= lanes.length;
  useEffect(() => {
    if (complete) return;
    const timer = window.setTimeout(() => startTransition(() => setRowLimit(Number.POSITIVE_INFINITY)), 0);
    return () => window.clearTimeout(timer);
  }, [complete]);

  const structure = useStructure(map, dispatch, notify);
  const { dnd, hint, dragging } = useGridDnd(mapRef, structure);
  const stageStarts = useMemo(() => steps.filter((r) => r.indexInStage === 0).map((r) => r.column), [steps]);
  const shape = useMemo(() => ({ rows: lanes.length, cols: steps.length, stageStarts }), [lanes.length, steps.length, stageStarts]);
  const keys = useGridKeyboard({ root, exit, lanes, steps, visibleIds, shape, structure, dispatch, seal, notify, setRenaming });
  const { tab, editing } = keys;

  const setRoot = useCallback((el: HTMLDivElement | null) => {
    root.current = el;
    if (scrollerRef) scrollerRef.current = el;
  }, [scrollerRef]);

  // Marks the grid drawn (the lanes on screen) and complete (every lane) for tests and the benchmark, without a
  // re-render.
  useEffect(() => {
    root.current?.setAttribute('data-ready', 'true');
    root.current?.setAttribute('data-complete', String(complete));
  });

  const onCellChange = useCallback<CellChange>((laneId, stepId, cell, coalesceKey) => {
    dispatch({ type: 'setCell', laneId, stepId, cell }, coalesceKey);
  }, [dispatch]);

  const onAddLane = useCallback((afterLaneId: string | null) => {
    const all = mapRef.current.lanes ?? [];
    const at = afterLaneId ? all.findIndex((l) => l.id === afterLaneId) + 1 : all.length;
    setAddLaneAt(at <= 0 ? all.length : at);
  }, []);

  const addLane = (kind: LaneKind, title: string) => {
    if (addLaneAt === null) return;
    const id = structure.addLane(addLaneAt, kind, title);
    setAddLaneAt(null);
    requestAnimationFrame(() => root.current?.querySelector<HTMLElement>(`[data-lane-id="${id}"]`)?.scrollIntoView({ block: 'nearest' }));
  };

  const gridStyle = {
    '--col': `${columnWidthAt(zoom)}px`,
    '--title': `${titleWidthAt(zoom)}px`,
    '--zoom': zoom,
  } as CSSProperties;

  if ((map.stages?.length ?? 0) === 0) {
    return (
      <div id={mapGridId} className={styles.emptyWrap} ref={setRoot} data-testid="map-grid" role="region" aria-label={`${map.name} journey map`}>
        <EmptyState
          level={2}
          title={readOnly ? 'This map is empty' : 'Add the first stage'}
          action={!readOnly && (
            <button type="button" className="btn btn-primary" data-testid="add-stage"
              onClick={() => setRenaming({ kind: 'stage', id: structure.addStage(0) })}>
              Add the first stage
            </button>
          )}
        >
          {readOnly ? 'Its stages and steps show here once an editor adds them.'
            : 'A journey runs through stages (Awareness, Consideration, Purchase…), each with the steps a customer takes.'}
        </EmptyState>
      </div>
    );
  }

  return (
    <>
      <div
        id={mapGridId}
        ref={setRoot}
        role="grid"
        aria-label={`${map.name} journey map`}
        aria-describedby="map-grid-keys"
        aria-rowcount={lanes.length + 3}
        className={`${styles.grid} ${readOnly ? styles.readOnly : ''}`}
        style={gridStyle}
        data-testid="map-grid"
        data-readonly={readOnly || undefined}
        aria-readonly={readOnly || undefined}
        onKeyDown={readOnly ? (e) => { if (navigationKeys.has(e.key) && !e.altKey) keys.onKeyDown(e); } : keys.onKeyDown}
        onFocus={keys.onFocus}
        onDoubleClick={readOnly ? undefined : keys.onDoubleClick}
        onDragStartCapture={readOnly ? (e) => e.preventDefault() : undefined}
      >
        <GridHeader
          stages={map.stages ?? []}
          columns={columns}
          stepCount={steps.length}
          truthSteps={truthSteps}
          entryStepId={map.entryStepId ?? null}
          outcomeStepId={map.outcomeStepId ?? null}
          columnWidth={columnWidthAt(zoom)}
          renaming={renaming}
          hint={hint}
          dragging={dragging}
          structure={structure}
          dnd={dnd}
          setRenaming={setRenaming}
        />
        <div role="rowgroup" className={styles.body}>
          <StepDropLine hint={hint} columns={columns} columnWidth={columnWidthAt(zoom)} titleWidth={titleWidthAt(zoom)} />
          {(complete ? lanes : lanes.slice(0, rowLimit)).map((lane, row) => (
            <LaneSlot key={lane.id} lines={linesAbove.get(row)}>
              <LaneRow
                lane={lane}
                row={row}
                columns={columns}
                colLimit={complete ? Number.POSITIVE_INFINITY : firstScreenColumns(zoom)}
                steps={steps}
                columnWidth={columnWidthAt(zoom)}
                emotionHeight={emotionHeightAt(zoom)}
                truthSteps={truthSteps}
                tabCol={tab.row === row ? tab.col : null}
                editCol={editing?.row === row ? editing.col : null}
                visibleIds={visibleIds}
                personas={personas}
                renaming={renaming?.kind === 'lane' && renaming.id === lane.id}
                dropSide={hint?.type === 'lane' && hint.overId === lane.id ? hint.side : null}
                dragged={dragging?.id === lane.id}
                structure={structure}
                dnd={dnd}
                setRenaming={setRenaming}
                onAddLane={onAddLane}
                onCellChange={onCellChange}
                onCellDone={keys.onCellDone}
              />
            </LaneSlot>
          ))}
          {lanes.length === 0
            ? (
              <div role="row">
                <div role="gridcell" className={styles.noLanes}>
                  <EmptyState
                    level={2}
                    title={(map.lanes?.length ?? 0) > 0 ? 'No lanes for this persona' : readOnly ? 'No lanes yet' : 'Add a lane'}
                    action={!readOnly && (
                      <button ref={exit} type="button" className="btn btn-primary" data-testid="add-lane" onClick={() => onAddLane(null)}>
                        Add a lane
                      </button>
                    )}
                  >
                    Lanes are the rows of the map: what the customer does, thinks and feels, touchpoints, pain points, ideas…
                  </EmptyState>
                </div>
              </div>
            )
            : complete && (
              <div role="row" className={styles.addLaneRow}>
                <div role="gridcell">
                  <button ref={exit} type="button" className={`btn btn-ghost btn-sm ${styles.addLane}`} data-testid="add-lane"
                    onClick={() => onAddLane(null)}>
                    <span aria-hidden="true">+</span> Add lane
                  </button>
                </div>
              </div>
            )}
        </div>
      </div>
      <p id="map-grid-keys" className="visually-hidden">
        Arrow keys move between cells and up or left into the step, stage and lane titles. Enter edits a cell or renames
        a title; Escape cancels. Alt with an arrow key moves a step, stage or lane. Delete clears a cell or deletes the
        focused step, stage or lane. Control Z undoes.
      </p>
      <AddLaneDialog open={addLaneAt !== null} onClose={() => setAddLaneAt(null)} onAdd={addLane} />
    </>
  );
}

/** While a step is dragged, a line through the whole body shows where it will land. */
function StepDropLine({ hint, columns, columnWidth, titleWidth }: {
  hint: DropHint | null; columns: Column[]; columnWidth: number; titleWidth: number;
}) {
  if (hint?.type !== 'step') return null;
  const index = columns.findIndex((c) => c.kind === 'step' && c.ref.step.id === hint.overId);
  if (index < 0) return null;
  const left = titleWidth + (index + (hint.side === 'after' ? 1 : 0)) * columnWidth - 1;
  return <div className={styles.dropLine} style={{ left }} aria-hidden="true" />;
}

const lineTestIds: Record<ServiceLine, string> = {
  interaction: 'line-of-interaction', visibility: 'line-of-visibility', internalInteraction: 'line-of-internal-interaction',
};

/** A lane with the service blueprint's lines drawn above it, when it is the first lane below one. */
function LaneSlot({ lines, children }: { lines: ServiceLine[] | undefined; children: React.ReactNode }) {
  if (!lines) return <>{children}</>;
  return (
    <>
      {lines.map((line) => (
        <div key={line} className={`${styles.visibility} ${styles[line]}`} aria-hidden="true" data-testid={lineTestIds[line]}>
          <span className={styles.visibilityLabel}>{serviceLineLabels[line]}</span>
        </div>
      ))}
      {children}
    </>
  );
}

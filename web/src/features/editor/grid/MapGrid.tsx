// The open map as a grid: stages over steps as sticky column headers, lanes as rows with sticky titles, one
// scroll box. The grid owns focus (a roving tab stop moved with the arrow keys), edit mode and renaming.
import { startTransition, useCallback, useEffect, useLayoutEffect, useMemo, useRef, useState, type CSSProperties, type KeyboardEvent, type Ref } from 'react';
import type { JourneyMap, LaneKind } from '../../../api/model';
import { EmptyState } from '../../../ui/States';
import type { Edit } from '../state/edits';
import { clampPos, laneTitleCol, nextPos, stageHeaderRow, stepHeaderRow, type GridPos } from '../state/navigation';
import { lineOfVisibilityIndex, momentOfTruthSteps, visibleLanes } from '../state/structure';
import { AddLaneDialog } from './AddLaneDialog';
import { columnsOf, type Column } from './columns';
import type { CellChange, CellDone } from './GridCell';
import { GridHeader } from './GridHeader';
import { LaneRow } from './LaneRow';
import type { RenameTarget } from './rename';
import { useGridDnd, type DropHint } from './useGridDnd';
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
  scrollerRef?: Ref<HTMLDivElement>;
}

const emptyIds: string[] = [];

/** Lanes drawn in the first frame: about a screenful (rows are rarely under 100 px); the rest follow at once. */
function firstScreenRows(zoom: number): number {
  const height = typeof window === 'undefined' ? 768 : window.innerHeight;
  return Math.max(4, Math.ceil((height - 120) / (100 * zoom)) + 1);
}

function cellElement(root: HTMLElement | null, row: number, col: number): HTMLElement | null {
  if (!root) return null;
  return root.querySelector<HTMLElement>(`[data-row="${row}"][data-col="${col}"]`)
    ?? root.querySelector<HTMLElement>(`[data-row="${row}"][data-col="span"]`);
}

function isTyping(el: Element | null): boolean {
  return !!el && (el.tagName === 'INPUT' || el.tagName === 'TEXTAREA' || el.tagName === 'SELECT' || (el as HTMLElement).isContentEditable);
}

export function MapGrid({ map, zoom, personaFilter, dispatch, seal, notify, scrollerRef }: MapGridProps) {
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
  const visibilityAt = lineOfVisibilityIndex(lanes.map((l) => l.kind));
  const personas = (map.personas?.length ?? 0) >= 2 ? map.personas! : null;

  const [focusPos, setFocusPos] = useState<GridPos>({ row: 0, col: 0 });
  const [editing, setEditing] = useState<GridPos | null>(null);
  const [renaming, setRenaming] = useState<RenameTarget | null>(null);
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
  const shape = { rows: lanes.length, cols: steps.length, stageStarts };
  const tab = clampPos(focusPos, shape);

  const setRoot = useCallback((el: HTMLDivElement | null) => {
    root.current = el;
    if (typeof scrollerRef === 'function') scrollerRef(el);
    else if (scrollerRef) (scrollerRef as { current: HTMLDivElement | null }).current = el;
  }, [scrollerRef]);

  // Marks the grid drawn for tests and the benchmark, without a re-render.
  useEffect(() => { root.current?.setAttribute('data-ready', 'true'); });

  const focusCell = useCallback((pos: GridPos) => {
    setFocusPos(pos);
    cellElement(root.current, pos.row, pos.col)?.focus();
  }, []);

  /** Focuses a cell, or a header when the position is in the header rows or the lane title column. */
  const focusAt = (pos: GridPos) => {
    if (pos.row >= 0 && pos.col >= 0) { focusCell(pos); return; }
    const at = root.current;
    const ref = steps[pos.col];
    if (pos.row === stepHeaderRow && ref) at?.querySelector<HTMLElement>(`[data-nav-header="step"][data-step-id="${ref.step.id}"]`)?.focus();
    else if (pos.row === stageHeaderRow && ref) at?.querySelector<HTMLElement>(`[data-nav-header="stage"][data-stage-id="${ref.stage.id}"]`)?.focus();
    else if (pos.col === laneTitleCol && lanes[pos.row]) at?.querySelector<HTMLElement>(`[data-nav-header="lane"][data-lane-id="${lanes[pos.row]!.id}"]`)?.focus();
  };

  /** After a header moved or closed its rename field, focus goes back to it (React may have moved its node). */
  const refocusHeader = (kind: 'step' | 'stage' | 'lane', id: string) => requestAnimationFrame(() => {
    const active = document.activeElement;
    if (active && active !== document.body && root.current?.contains(active) && active.closest('[data-nav-header]')?.getAttribute(`data-${kind}-id`) === id) return;
    root.current?.querySelector<HTMLElement>(`[data-nav-header="${kind}"][data-${kind}-id="${id}"]`)?.focus();
  });

  const onHeaderKey = (e: KeyboardEvent, header: HTMLElement) => {
    const kind = header.dataset.navHeader as 'step' | 'stage' | 'lane';
    const id = (kind === 'step' ? header.dataset.stepId : kind === 'stage' ? header.dataset.stageId : header.dataset.laneId) ?? '';
    const pos: GridPos = kind === 'step' ? { row: stepHeaderRow, col: steps.findIndex((r) => r.step.id === id) }
      : kind === 'stage' ? { row: stageHeaderRow, col: steps.find((r) => r.stage.id === id)?.column ?? 0 }
        : { row: lanes.findIndex((l) => l.id === id), col: laneTitleCol };
    const handled = () => { e.preventDefault(); e.stopPropagation(); };
    if (e.key === 'Enter' || e.key === 'F2') { handled(); setRenaming({ kind, id }); return; }
    if (e.key === 'Delete') {
      handled();
      if (kind === 'step') structure.deleteStep(id);
      else if (kind === 'stage') structure.deleteStage(id);
      else structure.deleteLane(id);
      requestAnimationFrame(() => focusCell(clampPos(focusPos, shape)));
      return;
    }
    if (e.altKey) {
      const dir = e.key === 'ArrowLeft' || e.key === 'ArrowUp' ? -1 : e.key === 'ArrowRight' || e.key === 'ArrowDown' ? 1 : 0;
      const horizontal = e.key === 'ArrowLeft' || e.key === 'ArrowRight';
      if (dir === 0) return;
      handled();
      if (kind === 'step' && horizontal) structure.nudgeStep(id, dir);
      else if (kind === 'stage' && horizontal) structure.nudgeStage(id, dir);
      else if (kind === 'lane' && !horizontal) structure.nudgeLane(id, dir, visibleIds);
      refocusHeader(kind, id);
      return;
    }
    const next = pos.col >= -1 && pos.row >= -2 ? nextPos(pos, { key: e.key, ctrl: e.ctrlKey || e.metaKey }, shape) : null;
    if (next) { handled(); focusAt(next); }
  };

  const renamingRef = useRef<RenameTarget | null>(null);
  useLayoutEffect(() => { renamingRef.current = renaming; }, [renaming]);
  const closeRename = useCallback((target: RenameTarget | null) => {
    const current = renamingRef.current;
    setRenaming(target);
    if (target !== null || !current) return;
    const kind = current.kind === 'goal' ? 'stage' : current.kind;
    requestAnimationFrame(() => {
      const active = document.activeElement;
      if (!active || active === document.body) {
        root.current?.querySelector<HTMLElement>(`[data-nav-header="${kind}"][data-${kind}-id="${current.id}"]`)?.focus();
      }
    });
  }, []);

  const onCellChange = useCallback<CellChange>((laneId, stepId, cell, coalesceKey) => {
    dispatch({ type: 'setCell', laneId, stepId, cell }, coalesceKey);
  }, [dispatch]);

  const onCellDone = useCallback<CellDone>((row, col) => {
    seal();
    setEditing(null);
    const el = cellElement(root.current, row, col);
    const active = document.activeElement;
    if (el && (!active || active === document.body || el.contains(active))) el.focus();
  }, [seal]);

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

  const posOf = (el: HTMLElement): GridPos => ({
    row: Number(el.dataset.row),
    col: el.dataset.col === 'span' ? focusPos.col : Number(el.dataset.col),
  });

  const onFocus = (e: React.FocusEvent) => {
    const el = (e.target as HTMLElement).closest<HTMLElement>('[data-row]');
    if (!el) return;
    const pos = posOf(el);
    if (pos.row !== focusPos.row || pos.col !== focusPos.col) {
      setFocusPos(pos);
      if (editing && (editing.row !== pos.row || editing.col !== pos.col)) { seal(); setEditing(null); }
    }
  };

  const onDoubleClick = (e: React.MouseEvent) => {
    const el = (e.target as HTMLElement).closest<HTMLElement>('[data-row]');
    if (!el || el.dataset.col === 'span' || isTyping(e.target as Element)) return;
    setEditing(posOf(el));
  };

  const onKeyDown = (e: KeyboardEvent) => {
    const target = e.target as HTMLElement;
    if (target.dataset.navHeader) { onHeaderKey(e, target); return; }
    const el = target.closest<HTMLElement>('[data-row]');
    if (!el) return;
    const pos = posOf(el);
    const span = el.dataset.col === 'span';
    const editingHere = !!editing && editing.row === pos.row && editing.col === pos.col;
    if (e.key === 'Tab' && !e.shiftKey && !editingHere && exit.current) {
      e.preventDefault();
      exit.current.focus();
      return;
    }
    if (target !== el) {
      if (e.key === 'Escape' && !e.defaultPrevented) {
        if (editingHere) onCellDone(pos.row, pos.col, true);
        el.focus();
      }
      return;
    }
    if (e.key === 'Enter' || e.key === 'F2') {
      e.preventDefault();
      if (span) el.querySelector<HTMLElement>('button, [tabindex], input, textarea, select, a[href]')?.focus();
      else setEditing(pos);
      return;
    }
    if ((e.key === 'Delete' || e.key === 'Backspace') && !span) {
      const lane = lanes[pos.row];
      const step = steps[pos.col];
      if (lane && step && lane.cells?.[step.step.id]) {
        e.preventDefault();
        seal();
        dispatch({ type: 'setCell', laneId: lane.id, stepId: step.step.id, cell: undefined });
        notify({ message: 'Cell cleared', undoable: true });
      }
      return;
    }
    if (span && ['ArrowLeft', 'ArrowRight', 'Home', 'End'].includes(e.key) && !e.ctrlKey) return;
    const next = nextPos(pos, { key: e.key, ctrl: e.ctrlKey || e.metaKey }, shape);
    if (next) {
      e.preventDefault();
      focusAt(next);
    }
  };

  const gridStyle = {
    '--col': `${columnWidthAt(zoom)}px`,
    '--title': `${titleWidthAt(zoom)}px`,
    '--zoom': zoom,
  } as CSSProperties;

  if ((map.stages?.length ?? 0) === 0) {
    return (
      <div className={styles.emptyWrap} ref={setRoot} data-testid="map-grid" role="grid" aria-label={`${map.name} journey map`}>
        <EmptyState
          title="Add the first stage"
          action={(
            <button type="button" className="btn btn-primary" data-testid="add-stage"
              onClick={() => setRenaming({ kind: 'stage', id: structure.addStage(0) })}>
              Add the first stage
            </button>
          )}
        >
          A journey runs through stages (Awareness, Consideration, Purchase…), each with the steps a customer takes.
        </EmptyState>
      </div>
    );
  }

  return (
    <div
      ref={setRoot}
      role="grid"
      aria-label={`${map.name} journey map`}
      aria-describedby="map-grid-keys"
      aria-rowcount={lanes.length + 2}
      aria-colcount={steps.length + 1}
      className={styles.grid}
      style={gridStyle}
      data-testid="map-grid"
      onKeyDown={onKeyDown}
      onFocus={onFocus}
      onDoubleClick={onDoubleClick}
    >
      <p id="map-grid-keys" className="visually-hidden">
        Arrow keys move between cells and up or left into the step, stage and lane titles. Enter edits a cell or renames
        a title; Escape cancels. Alt with an arrow key moves a step, stage or lane. Delete clears a cell or deletes the
        focused step, stage or lane. Control Z undoes.
      </p>
      <GridHeader
        stages={map.stages ?? []}
        columns={columns}
        stepCount={steps.length}
        truthSteps={truthSteps}
        columnWidth={columnWidthAt(zoom)}
        renaming={renaming}
        hint={hint}
        dragging={dragging}
        structure={structure}
        dnd={dnd}
        setRenaming={closeRename}
      />
      <div role="rowgroup" className={styles.body}>
        <StepDropLine hint={hint} columns={columns} columnWidth={columnWidthAt(zoom)} titleWidth={titleWidthAt(zoom)} />
        {(complete ? lanes : lanes.slice(0, rowLimit)).map((lane, row) => (
          <LaneSlot key={lane.id} visibilityLine={row === visibilityAt}>
            <LaneRow
              lane={lane}
              row={row}
              columns={columns}
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
              setRenaming={closeRename}
              onAddLane={onAddLane}
              onCellChange={onCellChange}
              onCellDone={onCellDone}
            />
          </LaneSlot>
        ))}
        {lanes.length === 0
          ? (
            <div className={styles.noLanes}>
              <EmptyState
                title={(map.lanes?.length ?? 0) > 0 ? 'No lanes for this persona' : 'Add a lane'}
                action={(
                  <button ref={exit} type="button" className="btn btn-primary" data-testid="add-lane" onClick={() => onAddLane(null)}>
                    Add a lane
                  </button>
                )}
              >
                Lanes are the rows of the map: what the customer does, thinks and feels, touchpoints, pain points, ideas…
              </EmptyState>
            </div>
          )
          : complete && (
            <div className={styles.addLaneRow}>
              <button ref={exit} type="button" className={`btn btn-ghost btn-sm ${styles.addLane}`} data-testid="add-lane"
                onClick={() => onAddLane(null)}>
                <span aria-hidden="true">+</span> Add lane
              </button>
            </div>
          )}
      </div>
      <AddLaneDialog open={addLaneAt !== null} onClose={() => setAddLaneAt(null)} onAdd={addLane} />
    </div>
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

function LaneSlot({ visibilityLine, children }: { visibilityLine: boolean; children: React.ReactNode }) {
  if (!visibilityLine) return <>{children}</>;
  return (
    <>
      <div className={styles.visibility} aria-hidden="true" data-testid="line-of-visibility">
        <span className={styles.visibilityLabel}>Line of visibility</span>
      </div>
      {children}
    </>
  );
}

// One lane: its title, then a cell per step (or, for the emotion curve, one cell spanning every step).
import { memo, type CSSProperties } from 'react';
import type { Lane, Persona } from '../../../api/model';
import { EmotionCurveRow } from '../emotion/EmotionCurveRow';
import type { Side } from '../../map/state/dropPosition';
import type { StepRef } from '../../map/state/queries';
import type { Column } from './columns';
import { GridCell, type CellChange, type CellDone } from './GridCell';
import { LaneHeader } from './LaneHeader';
import { laneTints } from './laneTints';
import type { SetRenaming } from './rename';
import type { GridDnd } from './useGridDnd';
import type { Structure } from './useStructure';
import styles from './grid.module.css';

interface LaneRowProps {
  lane: Lane;
  row: number;
  columns: Column[];
  /** Columns drawn with their cells; the rest stand in as one blank block until the grid completes. */
  colLimit: number;
  steps: StepRef[];
  columnWidth: number;
  emotionHeight: number;
  truthSteps: ReadonlySet<string>;
  /** The column holding the grid's tab stop when it is in this row, else null. */
  tabCol: number | null;
  /** The column being edited when it is in this row, else null. */
  editCol: number | null;
  visibleIds: readonly string[];
  personas: Persona[] | null;
  renaming: boolean;
  dropSide: Side | null;
  dragged: boolean;
  structure: Structure;
  dnd: GridDnd;
  setRenaming: SetRenaming;
  onAddLane: (afterLaneId: string | null) => void;
  onCellChange: CellChange;
  onCellDone: CellDone;
}

export const LaneRow = memo(function LaneRow(props: LaneRowProps) {
  const { lane, row, columns, colLimit, steps, columnWidth, emotionHeight, truthSteps, tabCol, editCol, onCellChange, onCellDone } = props;
  const drawn = colLimit < columns.length ? columns.slice(0, colLimit) : columns;
  const rest = columns.length - drawn.length;
  const style = { '--lane-tint': laneTints[lane.kind] } as CSSProperties;

  return (
    <div role="row" className={styles.row} style={style} data-lane-kind={lane.kind}>
      <LaneHeader
        lane={lane}
        visibleIds={props.visibleIds}
        personas={props.personas}
        renaming={props.renaming}
        dropSide={props.dropSide}
        dragged={props.dragged}
        structure={props.structure}
        dnd={props.dnd}
        setRenaming={props.setRenaming}
        onAddLane={props.onAddLane}
      />
      {lane.kind === 'emotionCurve'
        ? (
          <div
            role="gridcell"
            aria-colspan={Math.max(1, steps.length)}
            className={`${styles.cell} ${styles.spanCell}`}
            style={{ width: columns.length * columnWidth, height: emotionHeight }}
            tabIndex={tabCol !== null ? 0 : -1}
            data-testid={`cell-${lane.id}`}
            data-row={row}
            data-col="span"
          >
            <TruthWash columns={columns} columnWidth={columnWidth} truthSteps={truthSteps} />
            <div className={styles.curveLayer}>
              <EmotionCurveRow lane={lane} steps={steps} columnWidth={columnWidth} height={emotionHeight} />
            </div>
          </div>
        )
        : drawn.map((column) => (column.kind === 'empty'
          ? <div key={column.stage.id} className={styles.filler} style={{ width: columnWidth }} aria-hidden="true" />
          : (
            <GridCell
              key={column.ref.step.id}
              lane={lane}
              step={column.ref.step}
              cell={lane.cells?.[column.ref.step.id]}
              row={row}
              col={column.ref.column}
              width={columnWidth}
              tabbable={tabCol === column.ref.column}
              editing={editCol === column.ref.column}
              truth={truthSteps.has(column.ref.step.id)}
              onCellChange={onCellChange}
              onCellDone={onCellDone}
            />
          )))}
      {lane.kind !== 'emotionCurve' && rest > 0 && <div className={styles.filler} style={{ width: rest * columnWidth }} aria-hidden="true" />}
    </div>
  );
});

/** The moment-of-truth columns continue through the emotion row behind the curve. */
function TruthWash({ columns, columnWidth, truthSteps }: { columns: Column[]; columnWidth: number; truthSteps: ReadonlySet<string> }) {
  if (truthSteps.size === 0) return null;
  return (
    <>
      {columns.map((c, i) => (c.kind === 'step' && truthSteps.has(c.ref.step.id)
        ? <span key={c.ref.step.id} className={styles.truthBand} style={{ left: i * columnWidth, width: columnWidth }} aria-hidden="true" />
        : null))}
    </>
  );
}

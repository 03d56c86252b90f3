// The emotion curve across a whole lane row: a smooth line per curve through points at the step columns' centres,
// faces that smile or frown with the score, labels, the scale's gridlines, and the current-state curve behind a
// future-state map's. Points are dragged (one drag = one undo step), moved with the keys, added by clicking a
// column and labelled by double-click or Enter. With the data view on, the curve measured from feedback is drawn
// beside them, dashed.
import { memo, useCallback, useEffect, useLayoutEffect, useMemo, useRef, useState, type KeyboardEvent, type MouseEvent, type PointerEvent } from 'react';
import { useFeedback } from '../../mapData';
import { useMapSession } from '../../map/MapSession';
import { columnsOf } from '../grid/columns';
import { baseEmotionHeight } from '../grid/zoom';
import { scaleRange, snapScore } from '../../map/state/queries';
import { BasedOnCurve, CurvePoints, type PointHandlers } from './CurvePoints';
import { CurveLegend } from './CurveLegend';
import { basedOnCurve, curveLayout, curvesToDraw, formatScore } from './curves';
import { columnAt, columnCenter, scoreToY, yToScore, type Band } from './geometry';
import { LabelEditor } from './LabelEditor';
import { MeasuredCurve, MeasuredTip } from './MeasuredCurve';
import { measuredPoints } from './measured';
import { curveOf, pointAt, removePoint, setPoint, type CurvePoint } from './series';
import type { EmotionRowProps } from './types';
import styles from './EmotionCurve.module.css';

const legendHeight = 24;

function bandFor(height: number): Band {
  return { top: legendHeight + 16, bottom: Math.max(legendHeight + 40, height - 30) };
}

let gestureCounter = 0;
const noSteps: ReadonlySet<string> = new Set();
const pointKey = (stepId: string, personaId: string | undefined) => `${personaId ?? ''}|${stepId}`;

function EmotionCurveRowImpl({ lane, steps: stepRefs, columnWidth: outerColumnWidth, height: outerHeight }: EmotionRowProps) {
  // Everything is drawn at the 100 % size and scaled to the row (faces, labels and strokes follow the zoom).
  const scale = outerHeight > 0 ? outerHeight / baseEmotionHeight : 1;
  const height = baseEmotionHeight;
  const columnWidth = outerColumnWidth / scale;
  const editor = useMapSession();
  const { map, basedOn, dispatch, seal } = editor;
  const personaFilter = editor.personaFilter || null;
  const range = useMemo(() => scaleRange(map.emotionScale), [map.emotionScale]);
  const band = useMemo(() => bandFor(height), [height]);
  // The grid draws a placeholder column for a stage without steps; points sit over their step's own column.
  const layoutColumns = useMemo(() => columnsOf(map.stages).columns, [map.stages]);
  const steps = useMemo(() => {
    const at = new Map<string, number>();
    layoutColumns.forEach((c, i) => { if (c.kind === 'step') at.set(c.ref.step.id, i); });
    return stepRefs.map((r) => ({ ...r, column: at.get(r.step.id) ?? r.column }));
  }, [layoutColumns, stepRefs]);
  const columnCount = Math.max(layoutColumns.length, stepRefs.length, 1);
  const width = columnCount * columnWidth;
  const curves = useMemo(() => curvesToDraw(map, lane, personaFilter), [map, lane, personaFilter]);
  const [chosen, setChosen] = useState<{ personaId: string | undefined } | null>(null);
  const series = useMemo(() => curves.map((c) => ({ curve: c, points: curveOf(lane, steps, c.personaId) })), [curves, lane, steps]);
  const firstDrawn = series.find((s) => s.points.length > 0) ?? series[0];
  const active = personaFilter
    ?? (chosen && curves.some((c) => c.personaId === chosen.personaId) ? chosen.personaId : firstDrawn?.curve.personaId);
  const choose = useCallback((personaId: string | undefined) => setChosen({ personaId }), []);
  const [labelEdit, setLabelEdit] = useState<{ stepId: string; personaId: string | undefined } | null>(null);
  // The point to focus once the next render has drawn it; each request is a new object, so it is focused once.
  const [focusAfter, setFocusAfter] = useState<{ key: string } | null>(null);
  const wrapRef = useRef<HTMLDivElement>(null);
  const svgRef = useRef<SVGSVGElement>(null);
  const drag = useRef<{ stepId: string; personaId: string | undefined; key: string; pointerId: number } | null>(null);
  const laneRef = useRef(lane);
  useLayoutEffect(() => { laneRef.current = lane; }, [lane]);

  const faint = useMemo(() => basedOnCurve(basedOn, steps, personaFilter ?? undefined), [basedOn, steps, personaFilter]);
  // With the data view on, the curve measured from feedback is drawn beside the designed one (which stays on top).
  const feedback = useFeedback();
  const feedbackResult = feedback.on ? feedback.result : null;
  const measured = useMemo(() => measuredPoints(feedbackResult, steps, range), [feedbackResult, steps, range]);
  const [measuredTip, setMeasuredTip] = useState<string | null>(null);
  const tipPoint = measured.find((p) => p.stepId === measuredTip);

  useEffect(() => {
    if (!focusAfter) return;
    const [personaId, stepId] = focusAfter.key.split('|');
    wrapRef.current?.querySelector<SVGGElement>(`[data-step-id="${CSS.escape(stepId ?? '')}"][data-persona-id="${CSS.escape(personaId ?? '')}"]`)?.focus();
  }, [focusAfter]);

  const writeScore = useCallback((stepId: string, personaId: string | undefined, score: number, key?: string) => {
    const cell = laneRef.current.cells?.[stepId];
    if (pointAt(cell, personaId)?.score === score) return;
    dispatch({ type: 'setCell', laneId: laneRef.current.id, stepId, cell: setPoint(cell, personaId, { score }) }, key);
  }, [dispatch]);

  const svgY = useCallback((clientX: number, clientY: number) => {
    const svg = svgRef.current;
    const ctm = svg?.getScreenCTM();
    if (!svg || !ctm) return { x: 0, y: 0 };
    const p = new DOMPoint(clientX, clientY).matrixTransform(ctm.inverse());
    return { x: p.x, y: p.y };
  }, []);

  const handlers = useMemo<PointHandlers>(() => ({
    onPointerDown: (e: PointerEvent<SVGGElement>, point: CurvePoint, personaId: string | undefined) => {
      if (e.button !== 0) return;
      e.stopPropagation();
      e.preventDefault();
      e.currentTarget.focus();
      e.currentTarget.setPointerCapture(e.pointerId);
      gestureCounter += 1;
      drag.current = { stepId: point.stepId, personaId, key: `emotion-drag-${gestureCounter}`, pointerId: e.pointerId };
      seal();
    },
    onKeyDown: (e: KeyboardEvent<SVGGElement>, point: CurvePoint, personaId: string | undefined) => {
      const cell = laneRef.current.cells?.[point.stepId];
      const keyKey = `emotion-key-${pointKey(point.stepId, personaId)}`;
      const moveTo = (score: number) => writeScore(point.stepId, personaId, snapScore(score, range), keyKey);
      const neighbour = (by: -1 | 1) => {
        const list = curveOf(laneRef.current, steps, personaId);
        const at = list.findIndex((p) => p.stepId === point.stepId);
        return list[at + by];
      };
      let handled = true;
      switch (e.key) {
        case 'ArrowUp': case 'PageUp': moveTo(point.score + 1); break;
        case 'ArrowDown': case 'PageDown': moveTo(point.score - 1); break;
        case 'Home': moveTo(range.max); break;
        case 'End': moveTo(range.min); break;
        case 'Delete': case 'Backspace': {
          const next = neighbour(1) ?? neighbour(-1);
          seal();
          dispatch({ type: 'setCell', laneId: laneRef.current.id, stepId: point.stepId, cell: removePoint(cell, personaId) });
          if (next) setFocusAfter({ key: pointKey(next.stepId, personaId) });
          else wrapRef.current?.closest<HTMLElement>('[data-row]')?.focus();
          break;
        }
        case 'Enter': case 'F2': setLabelEdit({ stepId: point.stepId, personaId }); break;
        case 'ArrowLeft': case 'ArrowRight': {
          const by = e.key === 'ArrowLeft' ? -1 : 1;
          if (e.shiftKey) {
            const ref = steps[steps.findIndex((s) => s.step.id === point.stepId) + by];
            if (ref && !pointAt(laneRef.current.cells?.[ref.step.id], personaId)) {
              seal();
              dispatch({ type: 'setCell', laneId: laneRef.current.id, stepId: ref.step.id, cell: setPoint(laneRef.current.cells?.[ref.step.id], personaId, { score: point.score }) });
              setFocusAfter({ key: pointKey(ref.step.id, personaId) });
            }
          } else {
            const next = neighbour(by);
            if (next) setFocusAfter({ key: pointKey(next.stepId, personaId) });
          }
          break;
        }
        default: handled = false;
      }
      if (handled) {
        e.preventDefault();
        e.stopPropagation();
      }
    },
    onDoubleClick: (point: CurvePoint, personaId: string | undefined) => setLabelEdit({ stepId: point.stepId, personaId }),
    onBlur: () => seal(),
  }), [dispatch, seal, range, steps, writeScore]);

  const onPointerMove = (e: PointerEvent<SVGSVGElement>) => {
    const d = drag.current;
    if (!d || d.pointerId !== e.pointerId) return;
    const { y } = svgY(e.clientX, e.clientY);
    writeScore(d.stepId, d.personaId, snapScore(yToScore(y, range, band), range), d.key);
  };
  const endDrag = (e: PointerEvent<SVGSVGElement>) => {
    if (!drag.current || drag.current.pointerId !== e.pointerId) return;
    drag.current = null;
    seal();
  };

  const onColumnClick = (e: MouseEvent<SVGRectElement>) => {
    e.stopPropagation();
    const { x, y } = svgY(e.clientX, e.clientY);
    const column = columnAt(x, columnWidth, columnCount);
    const ref = steps.find((r) => r.column === column);
    if (!ref) return;
    const cell = lane.cells?.[ref.step.id];
    if (pointAt(cell, active)) {
      setFocusAfter({ key: pointKey(ref.step.id, active) });
      return;
    }
    seal();
    dispatch({ type: 'setCell', laneId: lane.id, stepId: ref.step.id, cell: setPoint(cell, active, { score: snapScore(yToScore(y, range, band), range) }) });
    setFocusAfter({ key: pointKey(ref.step.id, active) });
  };

  const startCurve = () => {
    const first = steps[0];
    if (!first) return;
    seal();
    const cell = lane.cells?.[first.step.id];
    dispatch({ type: 'setCell', laneId: lane.id, stepId: first.step.id, cell: setPoint(cell, active, { score: snapScore((range.min + range.max) / 2, range) }) });
    setFocusAfter({ key: pointKey(first.step.id, active) });
  };

  const editing = labelEdit ? series.find((s) => s.curve.personaId === labelEdit.personaId)?.points.find((p) => p.stepId === labelEdit.stepId) : undefined;
  const finishLabel = (label: string | null) => {
    const target = labelEdit;
    setLabelEdit(null);
    if (!target) return;
    if (label !== null && editing && label !== (editing.label ?? '')) {
      seal();
      const cell = lane.cells?.[target.stepId];
      dispatch({ type: 'setCell', laneId: lane.id, stepId: target.stepId, cell: setPoint(cell, target.personaId, { score: editing.score, label }) });
    }
    setFocusAfter({ key: pointKey(target.stepId, target.personaId) });
  };

  const gridScores: number[] = [];
  for (let s = range.min; s <= range.max; s++) gridScores.push(s);
  const activeSeries = series.find((s) => s.curve.personaId === active);
  const hasPoints = series.some((s) => s.points.length > 0);
  const layout = useMemo(() => curveLayout(series, active, range, band), [series, active, range, band]);

  return (
    <div ref={wrapRef} className={styles.row} style={{ width: width * scale, height: outerHeight }} role="group" aria-label={`${lane.title}: emotion curve`}
      onDoubleClick={(e) => e.stopPropagation()} onMouseDown={(e) => e.stopPropagation()}>
      <svg ref={svgRef} className={styles.svg} width={width * scale} height={outerHeight} viewBox={`0 0 ${width} ${height}`} onPointerMove={onPointerMove} onPointerUp={endDrag} onPointerCancel={endDrag}>
        <g aria-hidden="true">
          {gridScores.map((s) => {
            const y = scoreToY(s, range, band);
            const mid = s === 0 || (range.min > 0 && s === Math.round((range.min + range.max) / 2));
            return <line key={s} x1={0} x2={width} y1={y} y2={y} className={mid ? styles.gridMid : styles.grid} />;
          })}
          {steps.map((ref) => (
            <rect key={ref.step.id} className={styles.column} x={ref.column * columnWidth} y={0} width={columnWidth} height={height}
              onClick={onColumnClick} data-testid="emotion-column" data-step-id={ref.step.id}>
              <title>{`Add a point at ${ref.step.name}`}</title>
            </rect>
          ))}
          <text className={styles.scaleLabel} x={4} y={band.top + 4}>{formatScore(range.max, range.min)}</text>
          <text className={styles.scaleLabel} x={4} y={band.bottom + 4}>{formatScore(range.min, range.min)}</text>
        </g>
        {faint.length > 0 && <BasedOnCurve points={faint} range={range} band={band} columnWidth={columnWidth} />}
        {measured.length > 0 && <MeasuredCurve points={measured} range={range} band={band} columnWidth={columnWidth} onTip={setMeasuredTip} />}
        {series.filter((s) => s !== activeSeries).map((s) => (
          <CurvePoints key={s.curve.personaId ?? ''} curve={s.curve} points={s.points} range={range} band={band} columnWidth={columnWidth} handlers={handlers} faded={curves.length > 1}
            offset={layout.offsets.get(s.curve.personaId) ?? 0} quietLabels={layout.quiet.get(s.curve.personaId) ?? noSteps} />
        ))}
        {activeSeries && (
          <CurvePoints key={activeSeries.curve.personaId ?? ''} curve={activeSeries.curve} points={activeSeries.points} range={range} band={band} columnWidth={columnWidth} handlers={handlers} faded={false}
            offset={layout.offsets.get(activeSeries.curve.personaId) ?? 0} quietLabels={layout.quiet.get(activeSeries.curve.personaId) ?? noSteps} />
        )}
        {tipPoint && <MeasuredTip point={tipPoint} range={range} band={band} columnWidth={columnWidth} width={width} />}
      </svg>
      <div className={styles.overlays} style={{ width, height, zoom: scale }}>
        <CurveLegend curves={curves} active={active} onActive={choose} showBasedOn={faint.length > 0} multiple={curves.length > 1}
          showMeasured={measured.length > 0} />
        {activeSeries && activeSeries.points.length === 0 && (
          <button type="button" className={`btn btn-sm ${styles.start}`} style={{ left: Math.min(width / 2, columnWidth * 2) - 90 }} onClick={startCurve}>
            {hasPoints ? `Start ${activeSeries.curve.name}'s curve` : 'Start the curve'}
          </button>
        )}
        {labelEdit && editing && (
          <LabelEditor x={Math.max(0, Math.min(width - 160, columnCenter(editing.column, columnWidth) - 80))}
            y={Math.min(height - 30, scoreToY(editing.score, range, band) + 14)}
            initial={editing.label ?? ''} stepName={editing.stepName} onDone={finishLabel} />
        )}
      </div>
    </div>
  );
}

export const EmotionCurveRow = memo(EmotionCurveRowImpl);

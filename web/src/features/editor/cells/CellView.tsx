// One cell of the grid: the lane kind's widget, showing the cell to readers and its editor while `editing`.
// Memoised on what the widget draws (the grid draws hundreds of cells; an edit redraws only the cell it changed).
import { memo, useRef, type ComponentType, type ReactNode } from 'react';
import type { LaneKind } from '../../../api/model';
import { ChannelsEditor, ChannelsView } from './ChannelsCell';
import { ImageEditor, ImageView } from './ImageCell';
import { IdeasEditor, IdeasView } from './IdeasCell';
import { KpiEditor, KpiView } from './KpiCell';
import { MomentOfTruthEditor, MomentOfTruthView } from './MomentOfTruthCell';
import { OwnerEditor, OwnerView } from './OwnerCell';
import { PainPointsEditor, PainPointsView } from './PainPointsCell';
import { TextCardsEditor, TextCardsView } from './TextCardsCell';
import { sameCellProps } from './sameCellProps';
import type { CellProps } from './types';
import { useStayOnScreen } from './useStayOnScreen';
import styles from './Cell.module.css';

interface Widget {
  View: ComponentType<CellProps>;
  Editor: ComponentType<CellProps>;
}

const textCards: Widget = { View: TextCardsView, Editor: TextCardsEditor };

function EmotionSummary({ cell }: CellProps) {
  const points = cell?.emotions ?? [];
  return <span className={styles.meta}>{points.map((p) => `${p.score}${p.label ? ` ${p.label}` : ''}`).join(' · ')}</span>;
}

const widgets: Record<LaneKind, Widget> = {
  actions: textCards, thoughts: textCards, feelings: textCards, questions: textCards, text: textCards, data: textCards,
  frontstage: textCards, backstage: textCards, supportProcesses: textCards, touchpoints: textCards,
  channels: { View: ChannelsView, Editor: ChannelsEditor },
  painPoints: { View: PainPointsView, Editor: PainPointsEditor },
  ideas: { View: IdeasView, Editor: IdeasEditor },
  momentsOfTruth: { View: MomentOfTruthView, Editor: MomentOfTruthEditor },
  kpis: { View: KpiView, Editor: KpiEditor },
  images: { View: ImageView, Editor: ImageEditor },
  owners: { View: OwnerView, Editor: OwnerEditor },
  // The grid draws emotion lanes as one EmotionCurveRow; this is only a fallback.
  emotionCurve: { View: EmotionSummary, Editor: EmotionSummary },
};

function CellViewImpl(props: CellProps) {
  const { View, Editor } = widgets[props.lane.kind];
  // The editor floats over the cell (and its neighbours when it needs more room), so editing never reflows the grid.
  return (
    <div className={styles.view} data-lane-kind={props.lane.kind}>
      <View {...props} />
      {props.editing && <FloatingEditor><Editor {...props} /></FloatingEditor>}
    </div>
  );
}

/** The editor's frame over the cell, kept inside the grid's visible part (the last column's editor too). */
function FloatingEditor({ children }: { children: ReactNode }) {
  const ref = useRef<HTMLDivElement>(null);
  useStayOnScreen(ref);
  return <div ref={ref} className={styles.overlay} data-testid="cell-editor">{children}</div>;
}

export const CellView = memo(CellViewImpl, sameCellProps);

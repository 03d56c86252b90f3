import type { StepRef } from '../../map/state/queries';
import type { Lane } from '../../../api/model';

/**
 * The emotion curve is drawn across a whole lane row. The grid gives it the step columns in order, each column's
 * width (all columns are equally wide at a zoom level) and the row height; the curve dispatches its own edits
 * through useMapSession() (setCell on its lane).
 */
export interface EmotionRowProps {
  lane: Lane;
  steps: StepRef[];
  columnWidth: number;
  height: number;
}

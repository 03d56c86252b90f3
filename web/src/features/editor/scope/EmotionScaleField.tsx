// Choosing the map's emotion scale. Every point moves to the same height on the new scale (snapped to a whole
// score), in one undo step, so no point is ever left outside the scale.
import { useId } from 'react';
import type { EmotionScale } from '../../../api/model';
import { useMapSession } from '../../map/MapSession';
import { countEmotionPoints, emotionScaleEdits } from '../../map/state/emotionScale';
import styles from './ScopePanel.module.css';

const scales: { value: EmotionScale; label: string }[] = [
  { value: '-2..2', label: '−2 to +2 (default)' },
  { value: '1..5', label: '1 to 5' },
  { value: '1..10', label: '1 to 10' },
  { value: '-5..5', label: '−5 to +5' },
];

let changeCounter = 0;

export function EmotionScaleField() {
  const { map, dispatch, seal } = useMapSession();
  const id = useId();
  const points = countEmotionPoints(map);
  const change = (scale: EmotionScale) => {
    changeCounter += 1;
    const key = `emotion-scale-${changeCounter}`;
    seal();
    for (const edit of emotionScaleEdits(map, scale)) dispatch(edit, key);
    seal();
  };
  return (
    <div className="field">
      <span><label htmlFor={id}>Emotion scale</label></span>
      <select id={id} className="select" value={map.emotionScale ?? '-2..2'} aria-describedby={`${id}-note`}
        onChange={(e) => change(e.target.value as EmotionScale)}>
        {scales.map((s) => <option key={s.value} value={s.value}>{s.label}</option>)}
      </select>
      <p id={`${id}-note`} className={styles.note}>
        {points > 0
          ? `Switching moves the ${points} point${points === 1 ? '' : 's'} on the curve to the same height on the new scale.`
          : 'The emotion curve snaps to whole scores on this scale.'}
      </p>
    </div>
  );
}

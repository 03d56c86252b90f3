// A miniature of a template's map: its stages as bands (one tick per step) over a small emotion curve.
import { useId } from 'react';
import type { JourneyMap } from '../../api/model';
import { emotionSeries, neutralY, scaleRange, seriesPoints, smoothPath, stageBands } from './miniature';
import styles from './TemplatePreview.module.css';

const width = 300;

export function TemplatePreview({ map, large }: { map: JourneyMap; large?: boolean }) {
  const bands = stageBands(map);
  const height = large ? 104 : 56;
  const range = scaleRange(map.emotionScale);
  const points = seriesPoints(emotionSeries(map), range, width, height);
  const gradient = useId();
  const summary = `${bands.length} stages: ${bands.map((b) => `${b.name} (${b.steps} ${b.steps === 1 ? 'step' : 'steps'})`).join(', ')}`;

  return (
    <figure className={`${styles.preview} ${large ? styles.large : ''}`} aria-label={`Preview of ${map.name}. ${summary}`} style={{ margin: 0 }}>
      <div className={styles.bands} aria-hidden="true">
        {bands.map((b) => (
          <div key={b.id} className={styles.band} style={{ flex: `${Math.max(b.steps, 1)} 1 0` }} title={`${b.name}: ${b.steps} steps`}>
            <span className={styles.bandLabel}>
              <span className={styles.bandName}>{b.name}</span>
              <span className={styles.bandCount}>{b.steps}</span>
            </span>
            <span className={styles.ticks}>{Array.from({ length: b.steps }, (_, i) => <span key={i} className={styles.tick} />)}</span>
          </div>
        ))}
      </div>
      {points.length === 0 ? <div className={styles.none}>No emotion curve</div> : (
        <svg className={styles.curve} viewBox={`0 0 ${width} ${height}`} preserveAspectRatio="none" aria-hidden="true">
          <defs>
            <linearGradient id={gradient} gradientUnits="userSpaceOnUse" x1="0" y1="0" x2="0" y2={height}>
              <stop offset="0%" stopColor="#1e7a44" />
              <stop offset="50%" stopColor="#8a6d00" />
              <stop offset="100%" stopColor="#b42318" />
            </linearGradient>
          </defs>
          <line x1="0" x2={width} y1={neutralY(range, height)} y2={neutralY(range, height)} stroke="var(--line-2)" strokeDasharray="3 3" vectorEffect="non-scaling-stroke" />
          <path d={smoothPath(points)} fill="none" stroke={`url(#${gradient})`} strokeWidth="2" strokeLinecap="round" vectorEffect="non-scaling-stroke" />
        </svg>
      )}
    </figure>
  );
}

export function TemplatePreviewLoading({ large }: { large?: boolean }) {
  return <div className={`${styles.loading} ${large ? styles.large : ''}`} role="status" aria-label="Loading preview" />;
}

export function TemplatePreviewFailed({ onRetry }: { onRetry: () => void }) {
  return (
    <div className={styles.failed} role="alert">
      <span>The preview could not be loaded.</span>
      <button type="button" className="btn btn-sm" onClick={onRetry}>Try again</button>
    </div>
  );
}

// Zoom out / level / zoom in, and "Fit to width".
import { maxZoom, minZoom, stepZoom, zoomLabel, zoomLevels } from '../grid/zoom';
import styles from './toolbar.module.css';

interface ZoomControlProps {
  zoom: number;
  onZoom: (zoom: number) => void;
  onFit: () => void;
}

export function ZoomControl({ zoom, onZoom, onFit }: ZoomControlProps) {
  const inList = zoomLevels.some((z) => Math.abs(z - zoom) < 0.001);
  return (
    <div className={styles.group} role="group" aria-label="Zoom">
      <button type="button" className="icon-btn" aria-label="Zoom out" title="Zoom out" disabled={zoom <= minZoom}
        onClick={() => onZoom(stepZoom(zoom, -1))}>
        <svg width="16" height="16" viewBox="0 0 16 16" aria-hidden="true"><path d="M3 8h10" stroke="currentColor" strokeWidth="1.6" strokeLinecap="round" /></svg>
      </button>
      <select className={styles.zoomSelect} aria-label="Zoom level" data-testid="zoom-level" value={String(zoom)}
        onChange={(e) => onZoom(Number(e.target.value))}>
        {!inList && <option value={String(zoom)}>{zoomLabel(zoom)}</option>}
        {zoomLevels.map((z) => <option key={z} value={String(z)}>{zoomLabel(z)}</option>)}
      </select>
      <button type="button" className="icon-btn" aria-label="Zoom in" title="Zoom in" disabled={zoom >= maxZoom}
        onClick={() => onZoom(stepZoom(zoom, 1))}>
        <svg width="16" height="16" viewBox="0 0 16 16" aria-hidden="true"><path d="M3 8h10M8 3v10" stroke="currentColor" strokeWidth="1.6" strokeLinecap="round" /></svg>
      </button>
      <button type="button" className="btn btn-ghost btn-sm" onClick={onFit} title="Fit every step into the window">
        <span className={styles.fitLong}>Fit to width</span><span className={styles.fitShort}>Fit</span>
      </button>
    </div>
  );
}

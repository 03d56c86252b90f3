// Download the map as a file: drawn (PDF, PNG, SVG) with its options and a preview, tabled (CSV, Markdown), or the
// open JSON/YAML format. The server draws every file (src/Waymark.Render), so the preview is what downloads.
import { useEffect, useRef, useState } from 'react';
import { api } from '../../../api/client';
import type { Persona } from '../../../api/model';
import { useOverlay, useSegments } from '../../mapData';
import { ExportDataOptions } from './ExportDataOptions';
import { ExportPreview } from './ExportPreview';
import { ReportLinks } from './ReportLinks';
import {
  formatChoices, isDrawn, optionsFor, previewOptions, rangeError, takesPersona, type ExportChoice, type PageChoice, type ScaleChoice,
} from './exportChoices';
import styles from './toolbar.module.css';

interface ExportMenuProps {
  workspaceId: string;
  mapId: string;
  /** false while edits are not on the server yet: the file holds the last saved version. */
  saved: boolean;
  personas?: Persona[];
  personaFilter?: string | null;
  /** Print the map's paged PDF (the same as Ctrl+P on the open map). */
  onPrint?: () => void;
}

export function ExportMenu({ workspaceId, mapId, saved, personas = [], personaFilter = null, onPrint }: ExportMenuProps) {
  const overlay = useOverlay();
  const [open, setOpen] = useState(false);
  const [choice, setChoice] = useState<ExportChoice>({
    format: 'pdf', pages: 'a4', scale: 2, persona: personaFilter, outlines: false, data: false, range: { preset: '30d' }, segment: null,
  });
  const segments = useSegments(workspaceId, open && choice.data);
  const ref = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (!open) return;
    const close = (e: Event) => { if (!ref.current?.contains(e.target as Node)) setOpen(false); };
    document.addEventListener('pointerdown', close, true);
    return () => document.removeEventListener('pointerdown', close, true);
  }, [open]);
  const set = (patch: Partial<ExportChoice>) => setChoice((c) => ({ ...c, ...patch }));
  const label = formatChoices.find((f) => f.format === choice.format)?.label ?? choice.format;
  const error = rangeError(choice);
  return (
    <div className={styles.popWrap} ref={ref} onKeyDown={(e) => { if (e.key === 'Escape') setOpen(false); }}>
      <button type="button" className="btn btn-sm" aria-haspopup="true" aria-expanded={open} data-testid="export-menu"
        onClick={() => {
          setOpen((o) => !o);
          // The file follows the screen: the persona filter, and the data view's period and segment when it is on.
          set({ persona: personaFilter, data: overlay.on, range: overlay.settings.range, segment: overlay.settings.segment });
        }}>
        Export
      </button>
      {open && (
        <div className={`${styles.pop} ${styles.exportPop}`} role="group" aria-label="Export">
          {!saved && <p className={styles.popNote}>The file holds the last saved version; your newest edits are still being saved.</p>}
          <fieldset className={styles.formats}>
            <legend className={styles.exportLegend}>Format</legend>
            {formatChoices.map((f) => (
              <label key={f.format} className={`${styles.formatChoice} ${choice.format === f.format ? styles.formatOn : ''}`}>
                <input type="radio" name="export-format" value={f.format} checked={choice.format === f.format}
                  onChange={() => set({ format: f.format })} />
                <strong>{f.label}</strong><span>{f.hint}</span>
              </label>
            ))}
          </fieldset>
          <div className={styles.exportOptions}>
            {choice.format === 'pdf' && (
              <label className="field"><span>Pages</span>
                <select className="select" value={choice.pages} onChange={(e) => set({ pages: e.target.value as PageChoice })}>
                  <option value="a4">A4 landscape, split by stage</option>
                  <option value="letter">Letter landscape, split by stage</option>
                  <option value="poster">Poster: one page, whole map</option>
                </select>
              </label>
            )}
            {choice.format === 'png' && (
              <label className="field"><span>Resolution</span>
                <select className="select" value={choice.scale} onChange={(e) => set({ scale: Number(e.target.value) as ScaleChoice })}>
                  <option value={1}>1x (screen)</option>
                  <option value={2}>2x (slides, high-density screens)</option>
                  <option value={3}>3x (large prints)</option>
                </select>
              </label>
            )}
            {choice.format === 'svg' && (
              <label className={styles.check}>
                <input type="checkbox" checked={choice.outlines} onChange={(e) => set({ outlines: e.target.checked })} />
                Text as outlines (for office software)
              </label>
            )}
            {takesPersona(choice.format) && personas.length > 0 && (
              <label className="field"><span>Persona</span>
                <select className="select" value={choice.persona ?? ''} onChange={(e) => set({ persona: e.target.value || null })}>
                  <option value="">Everyone</option>
                  {personas.map((p) => <option key={p.id} value={p.id}>{p.name}</option>)}
                </select>
              </label>
            )}
          </div>
          {isDrawn(choice.format) && <ExportDataOptions choice={choice} set={set} segments={segments} error={error} />}
          {isDrawn(choice.format) && !error && (
            <ExportPreview src={api.maps.exportUrl(workspaceId, mapId, 'svg', previewOptions(choice))} />
          )}
          <div className={styles.exportActions}>
            <a className={`btn btn-primary ${styles.download}`} data-testid="export-download" aria-disabled={error ? true : undefined}
              href={api.maps.exportUrl(workspaceId, mapId, choice.format, optionsFor(choice))} download onClick={() => setOpen(false)}>
              Download {label}
            </a>
            {onPrint && (
              <button type="button" className="btn" data-testid="export-print" title="Print the map on A4 pages (Ctrl+P)"
                onClick={() => { setOpen(false); onPrint(); }}>
                Print…
              </button>
            )}
          </div>
          <ReportLinks workspaceId={workspaceId} mapId={mapId} persona={choice.persona} onPick={() => setOpen(false)} />
        </div>
      )}
    </div>
  );
}

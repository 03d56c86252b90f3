// Download the map as a file (the open JSON/YAML format).
import { useEffect, useRef, useState } from 'react';
import { api } from '../../../api/client';
import styles from './toolbar.module.css';

/** `saved` is false while edits are not on the server yet: the file holds the last saved version. */
export function ExportMenu({ workspaceId, mapId, saved }: { workspaceId: string; mapId: string; saved: boolean }) {
  const [open, setOpen] = useState(false);
  const ref = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (!open) return;
    const close = (e: Event) => { if (!ref.current?.contains(e.target as Node)) setOpen(false); };
    document.addEventListener('pointerdown', close, true);
    return () => document.removeEventListener('pointerdown', close, true);
  }, [open]);
  return (
    <div className={styles.popWrap} ref={ref} onKeyDown={(e) => { if (e.key === 'Escape') setOpen(false); }}>
      <button type="button" className="btn btn-sm" aria-haspopup="true" aria-expanded={open} onClick={() => setOpen((o) => !o)}>
        Export
      </button>
      {open && (
        <div className={styles.pop} role="group" aria-label="Export">
          {!saved && <p className={styles.popNote}>The file holds the last saved version; your newest edits are still being saved.</p>}
          <a className={styles.popItem} href={api.maps.exportUrl(workspaceId, mapId, 'json')} download onClick={() => setOpen(false)}>
            <strong>JSON</strong><span>The Waymark file format</span>
          </a>
          <a className={styles.popItem} href={api.maps.exportUrl(workspaceId, mapId, 'yaml')} download onClick={() => setOpen(false)}>
            <strong>YAML</strong><span>Same document, easier to diff in git</span>
          </a>
        </div>
      )}
    </div>
  );
}

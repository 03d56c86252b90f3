// A small picture of what the export draws, with its loading and error states (the server draws it on request).
import { useState } from 'react';
import styles from './toolbar.module.css';

export function ExportPreview({ src }: { src: string }) {
  const [state, setState] = useState<{ src: string; status: 'loading' | 'ready' | 'failed' }>({ src, status: 'loading' });
  const status = state.src === src ? state.status : 'loading';
  return (
    <div className={styles.preview} aria-live="polite">
      {status === 'loading' && <span className={styles.previewNote}>Drawing a preview…</span>}
      {status === 'failed' && <span className={styles.previewNote}>The preview could not be drawn; the download may still work.</span>}
      <img key={src} src={src} alt="Preview of the export" data-testid="export-preview" className={status === 'ready' ? '' : styles.previewHidden}
        onLoad={() => setState({ src, status: 'ready' })} onError={() => setState({ src, status: 'failed' })} />
    </div>
  );
}

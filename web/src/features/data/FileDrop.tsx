// Pick or drop one file to upload (events or feedback, as the kind says). The real <input type="file"> stays in the page (visually hidden) so the keyboard
// and screen readers reach it through its label, which is styled as the button.
import { useId, useState, type DragEvent } from 'react';
import type { UploadKind } from './uploadKinds';
import styles from './Data.module.css';

export function FileDrop({ kind, onFile, notice }: { kind: UploadKind; onFile: (file: File) => void; notice?: string }) {
  const id = useId();
  const [over, setOver] = useState(false);
  const drop = (e: DragEvent) => {
    e.preventDefault();
    setOver(false);
    const file = e.dataTransfer.files[0];
    if (file) onFile(file);
  };
  return (
    <div
      className={`${styles.drop} ${over ? styles.dropOver : ''}`}
      onDragOver={(e) => { e.preventDefault(); setOver(true); }}
      onDragLeave={() => setOver(false)}
      onDrop={drop}
    >
      <svg width="40" height="40" viewBox="0 0 40 40" aria-hidden="true" className={styles.dropIcon}>
        <rect x="8" y="4" width="24" height="32" rx="3" fill="var(--accent-soft)" stroke="var(--accent)" strokeWidth="1.5" />
        <path d="M20 27V14m0 0-5 5m5-5 5 5" stroke="var(--accent)" strokeWidth="2" fill="none" strokeLinecap="round" strokeLinejoin="round" />
      </svg>
      <p className={styles.dropTitle}>{kind.dropTitle}</p>
      <p className="muted">{kind.dropHint}</p>
      <input
        id={id}
        type="file"
        className="visually-hidden"
        accept={kind.accept}
        onChange={(e) => {
          const file = e.target.files?.[0];
          if (file) onFile(file);
          e.target.value = '';
        }}
      />
      <label htmlFor={id} className={`btn btn-primary ${styles.chooseButton}`}>Choose a file</label>
      {notice && <p className={styles.noticeError} role="alert">{notice}</p>}
    </div>
  );
}

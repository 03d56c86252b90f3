// Where an image comes in: a file picker, a file dropped on the zone, or an image pasted while the zone has focus,
// with the upload's progress and, when it fails, why.
import { useId, useRef, useState, type ClipboardEvent, type DragEvent } from 'react';
import type { StoredImage } from '../../api/images';
import { imageTypes, useImageUpload } from './useImageUpload';
import styles from './Images.module.css';

interface ImageDropProps {
  workspaceId: string;
  onUploaded: (image: StoredImage) => void;
  /** The picker button's words ("Upload a photo…"). */
  label: string;
}

export function ImageDrop({ workspaceId, onUploaded, label }: ImageDropProps) {
  const input = useRef<HTMLInputElement>(null);
  const hint = useId();
  const [over, setOver] = useState(false);
  const { status, upload } = useImageUpload(workspaceId, onUploaded);
  const first = (files: FileList | null | undefined) => (files && files.length > 0 ? files[0] : undefined);
  const drop = (e: DragEvent) => {
    e.preventDefault();
    setOver(false);
    const file = first(e.dataTransfer.files);
    if (file) void upload(file);
  };
  const paste = (e: ClipboardEvent) => {
    const file = first(e.clipboardData.files);
    if (!file) return; // text goes where it was pasted
    e.preventDefault();
    void upload(file);
  };
  return (
    <div className={`${styles.drop} ${over ? styles.over : ''}`} data-testid="image-drop" onPaste={paste}
      onDragOver={(e) => { e.preventDefault(); setOver(true); }} onDragLeave={() => setOver(false)} onDrop={drop}>
      <button type="button" className="btn btn-sm" onClick={() => input.current?.click()} aria-describedby={hint}
        disabled={status.state === 'uploading'}>
        {label}
      </button>
      <span id={hint} className={styles.hint}>or drop or paste one · PNG, JPEG, GIF or WebP, up to 5 MB</span>
      <input ref={input} type="file" accept={imageTypes.join(',')} className={styles.file} tabIndex={-1} aria-hidden="true"
        data-testid="image-file" onChange={(e) => { const file = first(e.target.files); e.target.value = ''; if (file) void upload(file); }} />
      {status.state === 'uploading' && (
        <span className={styles.progress} role="status">
          <progress max={100} value={status.percent} aria-label="Upload progress" /> Uploading… {status.percent}%
        </span>
      )}
      {status.state === 'error' && <p className={styles.error} role="alert" data-testid="image-error">{status.message}</p>}
    </div>
  );
}

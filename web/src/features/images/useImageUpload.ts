// One image upload at a time: checks what the browser can tell before sending (type, size), then sends the file
// with progress and says what went wrong in words. The server decides by the bytes; these checks only save a trip.
import { useCallback, useRef, useState } from 'react';
import { api } from '../../api/client';
import { ApiError } from '../../api/http';
import type { StoredImage } from '../../api/images';

export const imageTypes = ['image/png', 'image/jpeg', 'image/gif', 'image/webp'];
export const maxImageBytes = 5 * 1024 * 1024;

export type UploadState = { state: 'idle' } | { state: 'uploading'; percent: number } | { state: 'error'; message: string };

/** Why the browser already knows the file will be refused, or null. */
export function refusal(file: File): string | null {
  if (file.type === 'image/svg+xml') return 'SVG images are not taken: they can carry script. Use PNG, JPEG, GIF or WebP.';
  if (file.type && !imageTypes.includes(file.type)) return `“${file.name}” is not a PNG, JPEG, GIF or WebP image.`;
  if (file.size > maxImageBytes) return `“${file.name}” is ${(file.size / 1024 / 1024).toFixed(1)} MB; an image may have at most 5 MB.`;
  return null;
}

export function useImageUpload(workspaceId: string, onUploaded: (image: StoredImage) => void) {
  const [status, setStatus] = useState<UploadState>({ state: 'idle' });
  const abort = useRef<(() => void) | null>(null);
  const upload = useCallback(async (file: File) => {
    const problem = refusal(file);
    if (problem) {
      setStatus({ state: 'error', message: problem });
      return;
    }
    abort.current?.();
    setStatus({ state: 'uploading', percent: 0 });
    const handle = api.images.upload(workspaceId, file, (sent, total) =>
      setStatus({ state: 'uploading', percent: total > 0 ? Math.min(99, Math.round((sent / total) * 100)) : 0 }));
    abort.current = handle.abort;
    try {
      onUploaded(await handle.result);
      setStatus({ state: 'idle' });
    } catch (error) {
      if (error instanceof DOMException && error.name === 'AbortError') return;
      setStatus({ state: 'error', message: error instanceof ApiError ? error.messages.join(' ') : String(error) });
    } finally {
      abort.current = null;
    }
  }, [workspaceId, onUploaded]);
  return { status, upload };
}

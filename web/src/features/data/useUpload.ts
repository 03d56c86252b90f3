// The upload flow as a small state machine: pick a file -> preview -> map columns -> import -> result; the same for
// events and feedback (the kind says what differs).
import { useCallback, useRef, useState } from 'react';
import type { ColumnMapping, ImportPreview, ImportProblem, UploadResult } from '../../api/data';
import { problemOf } from '../../api/feedbackData';
import { ApiError } from '../../api/http';
import { fileProblem, previewBytes } from './uploadFlow';
import type { UploadKind } from './uploadKinds';

export type UploadState =
  | { step: 'pick'; notice?: string }
  | { step: 'previewing'; file: File }
  | { step: 'mapping'; file: File; preview: ImportPreview; mapping: ColumnMapping; timeZone: string }
  | { step: 'importing'; file: File; sent: number; total: number }
  | { step: 'done'; file: File; result: UploadResult }
  | { step: 'failed'; file: File; message: string; problems: ImportProblem[]; retry?: ColumnMapping; preview?: ImportPreview; timeZone?: string };

function failure(err: unknown): { message: string; problems: ImportProblem[] } {
  if (err instanceof ApiError) {
    const problems = (err.problem as { problems?: unknown }).problems;
    return { message: err.messages.join(' '), problems: Array.isArray(problems) ? problems.map(problemOf) : [] };
  }
  return { message: err instanceof Error ? err.message : String(err), problems: [] };
}

export function useUpload(kind: UploadKind, workspaceId: string, onImported: () => void, source?: string) {
  const [state, setState] = useState<UploadState>({ step: 'pick' });
  const abort = useRef<(() => void) | null>(null);

  const choose = useCallback(async (file: File) => {
    const problem = fileProblem(file.name, file.size) ?? kind.fileProblem?.(file.name) ?? null;
    if (problem) {
      setState({ step: 'pick', notice: `${file.name}: ${problem}` });
      return;
    }
    setState({ step: 'previewing', file });
    try {
      const start = file.slice(0, previewBytes);
      const preview = await kind.preview(workspaceId, start, file.name, file.size <= previewBytes);
      setState({ step: 'mapping', file, preview, mapping: kind.initialMapping(preview), timeZone: 'UTC' });
    } catch (err) {
      setState({ step: 'failed', file, ...failure(err) });
    }
  }, [kind, workspaceId]);

  const setMapping = useCallback((mapping: ColumnMapping) => {
    setState((s) => (s.step === 'mapping' ? { ...s, mapping } : s));
  }, []);

  const setTimeZone = useCallback((timeZone: string) => {
    setState((s) => (s.step === 'mapping' ? { ...s, timeZone } : s));
  }, []);

  const start = useCallback(async (file: File, preview: ImportPreview, mapping: ColumnMapping, timeZone: string) => {
    setState({ step: 'importing', file, sent: 0, total: file.size });
    const handle = kind.upload(workspaceId, file, {
      fileName: file.name, format: preview.format, mapping: preview.format === 'xes' ? {} : mapping, delimiter: preview.delimiter,
      timeZone: !kind.timeZone || timeZone === 'UTC' ? undefined : timeZone,
      source,
    }, (sent, total) => setState((s) => (s.step === 'importing' ? { ...s, sent, total } : s)));
    abort.current = handle.abort;
    try {
      const result = await handle.result;
      setState({ step: 'done', file, result });
      onImported();
    } catch (err) {
      if (err instanceof DOMException && err.name === 'AbortError') {
        setState({ step: 'mapping', file, preview, mapping, timeZone });
      } else {
        setState({ step: 'failed', file, ...failure(err), retry: mapping, preview, timeZone });
      }
    } finally {
      abort.current = null;
    }
  }, [kind, workspaceId, onImported, source]);

  const cancel = useCallback(() => abort.current?.(), []);
  const reset = useCallback(() => setState({ step: 'pick' }), []);
  const backToMapping = useCallback(() => {
    setState((s) => (s.step === 'failed' && s.preview && s.retry
      ? { step: 'mapping', file: s.file, preview: s.preview, mapping: s.retry, timeZone: s.timeZone ?? 'UTC' }
      : s));
  }, []);

  return { state, choose, setMapping, setTimeZone, start, cancel, reset, backToMapping };
}

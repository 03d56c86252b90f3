// The "Upload a file" card: drives the upload flow (of events or feedback) and shows the step it is on.
import { useWorkspace } from '../../app/workspace';
import { Spinner } from '../../ui/States';
import { ImportProgress } from './ImportProgress';
import { ImportResultView, ProblemTable } from './ImportResultView';
import { FileLine, MappingStep } from './MappingStep';
import { useUpload, type UploadState } from './useUpload';
import { FileDrop } from './FileDrop';
import type { UploadKind } from './uploadKinds';
import styles from './Data.module.css';

interface Props {
  kind: UploadKind;
  title?: string;
  description: string;
  onImported: () => void;
  /** The event source an event upload goes into (the default source when left out). */
  source?: string;
}

export function UploadPanel({ kind, title = 'Upload a file', description, onImported, source }: Props) {
  const workspace = useWorkspace();
  const { state, choose, setMapping, setTimeZone, start, cancel, reset, backToMapping } = useUpload(kind, workspace.id, onImported, source);
  const titleId = `${kind.id}-upload-title`;
  return (
    <section className={styles.card} aria-labelledby={titleId} data-testid={`${kind.id}-upload`}>
      <header className={styles.cardHead}>
        <div>
          <h2 id={titleId}>{title}</h2>
          <p className="muted">{description}</p>
        </div>
        <ol className={styles.stepper} aria-label="Steps">
          {['Choose', 'Map columns', 'Import', 'Result'].map((label, i) => (
            <li key={label} aria-current={stepIndex(state) === i ? 'step' : undefined} className={stepIndex(state) > i ? styles.stepDone : undefined}>
              <span aria-hidden="true">{i + 1}</span>{label}
            </li>
          ))}
        </ol>
      </header>
      {state.step === 'pick' && <FileDrop kind={kind} onFile={(f) => void choose(f)} notice={state.notice} />}
      {state.step === 'previewing' && (
        <div className={styles.step}><FileLine file={state.file} /><Spinner label={`Reading the first rows of ${state.file.name}`} /></div>
      )}
      {state.step === 'mapping' && (
        <MappingStep
          kind={kind}
          file={state.file}
          preview={state.preview}
          mapping={state.mapping}
          onMapping={setMapping}
          timeZone={state.timeZone}
          onTimeZone={setTimeZone}
          onImport={() => void start(state.file, state.preview, state.mapping, state.timeZone)}
          onCancel={reset}
        />
      )}
      {state.step === 'importing' && <ImportProgress kind={kind} file={state.file} sent={state.sent} total={state.total} onCancel={cancel} />}
      {state.step === 'done' && <ImportResultView kind={kind} file={state.file} result={state.result} onAnother={reset} />}
      {state.step === 'failed' && (
        <div className={styles.step}>
          <FileLine file={state.file} />
          <div className={styles.failure} role="alert">
            <h3>Nothing was imported</h3>
            <p>{state.message}</p>
          </div>
          {state.problems.length > 0 && <ProblemTable problems={state.problems} />}
          <div className={styles.actions}>
            <span />
            <div className={styles.buttons}>
              {state.retry && <button type="button" className="btn" onClick={backToMapping}>Change the mapping</button>}
              <button type="button" className="btn btn-primary" onClick={reset}>Choose another file</button>
            </div>
          </div>
        </div>
      )}
    </section>
  );
}

/** The step the stepper marks; a file that failed before its mapping is still at "Choose". */
function stepIndex(state: UploadState): number {
  if (state.step === 'failed') return state.retry ? 3 : 0;
  return { pick: 0, previewing: 0, mapping: 1, importing: 2, done: 3 }[state.step];
}

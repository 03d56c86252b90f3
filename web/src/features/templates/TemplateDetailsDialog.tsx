// The larger look at a template before using it: its curve, stages with their steps, lanes and personas.
import type { JourneyMap, TemplateSummary } from '../../api/model';
import { Avatar } from '../../ui/Avatar';
import { Dialog } from '../../ui/Dialog';
import { KindBadge } from '../../ui/KindBadge';
import { ErrorState } from '../../ui/States';
import { laneKindLabels } from '../map/state/queries';
import { TemplatePreview, TemplatePreviewLoading } from './TemplatePreview';
import { useTemplateDocument } from './useTemplates';
import styles from './TemplateDetails.module.css';

interface TemplateDetailsDialogProps {
  template: TemplateSummary;
  busy: boolean;
  /** Absent for a member below editor: the dialog only shows the template. */
  onUse?: () => void;
  onClose: () => void;
}

export function TemplateDetailsDialog({ template, busy, onUse, onClose }: TemplateDetailsDialogProps) {
  const { load, retry } = useTemplateDocument(template.id);
  return (
    <Dialog
      open
      wide
      title={template.name}
      onClose={onClose}
      footer={(
        <>
          <button type="button" className="btn" onClick={onClose}>Close</button>
          {onUse && <button type="button" className="btn btn-primary" onClick={onUse} disabled={busy}>{busy ? 'Creating…' : 'Use this template'}</button>}
        </>
      )}
    >
      <div className={styles.intro}>
        <KindBadge kind={template.kind} />
        <p>{template.summary}</p>
      </div>
      {load.state === 'loading' && <TemplatePreviewLoading large />}
      {load.state === 'error' && <ErrorState title="The template could not be loaded" error={load.error} onRetry={retry} />}
      {load.state === 'ready' && <TemplateContents map={load.value} />}
    </Dialog>
  );
}

function TemplateContents({ map }: { map: JourneyMap }) {
  return (
    <>
      <TemplatePreview map={map} large />
      <section className={styles.section} aria-label="Stages and steps">
        <h3>Stages and steps</h3>
        <table className={styles.table}>
          <thead><tr><th scope="col">Stage</th><th scope="col">Customer goal</th><th scope="col">Steps</th></tr></thead>
          <tbody>
            {(map.stages ?? []).map((s) => (
              <tr key={s.id}>
                <td>{s.name}</td>
                <td>{s.goal ?? <span className="muted">—</span>}</td>
                <td><span className={styles.steps}>{(s.steps ?? []).map((st) => <span key={st.id} className={styles.step}>{st.name}</span>)}</span></td>
              </tr>
            ))}
          </tbody>
        </table>
      </section>
      <section className={styles.section} aria-label="Lanes">
        <h3>{(map.lanes ?? []).length} lanes</h3>
        <ul className={styles.lanes}>
          {(map.lanes ?? []).map((l) => (
            <li key={l.id} className={styles.lane}>
              {l.title}
              {l.title !== laneKindLabels[l.kind] && <span className={styles.laneKind}>{laneKindLabels[l.kind]}</span>}
            </li>
          ))}
        </ul>
      </section>
      {(map.personas ?? []).length > 0 && (
        <section className={styles.section} aria-label="Personas">
          <h3>Personas</h3>
          <div className={styles.personas}>
            {(map.personas ?? []).map((p) => (
              <div key={p.id} className={styles.persona}>
                <Avatar name={p.name} color={p.color} photoUrl={p.photoUrl} size={36} />
                <div>{p.name}{p.jobRole && <small>{p.jobRole}</small>}</div>
              </div>
            ))}
          </div>
        </section>
      )}
    </>
  );
}

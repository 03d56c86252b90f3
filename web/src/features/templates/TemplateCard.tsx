// One template in the gallery: a miniature of its map, what it is about, and the button that starts a map from it.
import type { TemplateSummary } from '../../api/model';
import { KindBadge } from '../../ui/KindBadge';
import { TemplatePreview, TemplatePreviewFailed, TemplatePreviewLoading } from './TemplatePreview';
import { useTemplateDocument } from './useTemplates';
import styles from './TemplateCard.module.css';

interface TemplateCardProps {
  template: TemplateSummary;
  busy: boolean;
  /** Absent for a member below editor, who may not make maps: the card previews only. */
  onUse?: () => void;
  onPreview: () => void;
}

export function TemplateCard({ template, busy, onUse, onPreview }: TemplateCardProps) {
  const { load, retry } = useTemplateDocument(template.id);
  const people = template.personaNames.join(', ');
  return (
    <article className={styles.card} data-testid="template-card" data-template-id={template.id} aria-labelledby={`tpl-${template.id}`}>
      {load.state === 'loading' && <TemplatePreviewLoading />}
      {load.state === 'error' && <TemplatePreviewFailed onRetry={retry} />}
      {load.state === 'ready' && (
        // A click on the miniature is a pointer shortcut for the Preview button below, which is the one keyboards
        // and screen readers use; the miniature itself reads as a figure with its stages.
        <div className={styles.miniature} onClick={onPreview} title={`Preview ${template.name}`}>
          <TemplatePreview map={load.value} />
        </div>
      )}
      <div className={styles.body}>
        <div><KindBadge kind={template.kind} /></div>
        <h3 id={`tpl-${template.id}`} className={styles.name}>{template.name}</h3>
        <p className={styles.summary}>{template.summary}</p>
        <p className={styles.facts} title={people}>
          {template.stageCount} stages · {template.stepCount} steps{people && ` · ${people}`}
        </p>
      </div>
      <div className={styles.actions}>
        <button type="button" className="btn btn-ghost" onClick={onPreview} aria-label={`Preview ${template.name}`}>Preview</button>
        {onUse && (
          <button type="button" className="btn btn-primary" data-testid="use-template" onClick={onUse} disabled={busy}>
            {busy ? 'Creating…' : 'Use this template'}
          </button>
        )}
      </div>
    </article>
  );
}

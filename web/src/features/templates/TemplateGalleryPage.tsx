// The template gallery: every built-in template with a miniature of its map; "Use this template" starts a map.
import { api } from '../../api/client';
import { useState } from 'react';
import { ApiError } from '../../api/http';
import type { TemplateSummary } from '../../api/model';
import { hrefOf, navigate } from '../../app/router';
import { useCan, useWorkspace } from '../../app/workspace';
import { EmptyState, ErrorState } from '../../ui/States';
import { TemplateCard } from './TemplateCard';
import { TemplateDetailsDialog } from './TemplateDetailsDialog';
import { useTemplates } from './useTemplates';
import styles from './TemplateGalleryPage.module.css';

const skeletons = Array.from({ length: 8 }, (_, i) => i);

export function TemplateGalleryPage() {
  const workspace = useWorkspace();
  const canCreate = useCan('editor');
  const { load, retry } = useTemplates();
  const [creating, setCreating] = useState<string | null>(null);
  const [previewing, setPreviewing] = useState<TemplateSummary | null>(null);
  const [error, setError] = useState<string | null>(null);

  const use = async (template: TemplateSummary) => {
    setCreating(template.id);
    setError(null);
    try {
      const created = await api.maps.create(workspace.id, { templateId: template.id });
      navigate(hrefOf({ page: 'map', mapId: created.value.id }));
    } catch (err) {
      setError(`“${template.name}” could not be used: ${err instanceof ApiError ? err.messages.join(' ') : String(err)}`);
      setCreating(null);
    }
  };

  return (
    <div className={styles.page}>
      <div className={styles.head}>
        <h1>Templates</h1>
        <p className={styles.sub}>Start from a proven journey: each becomes a new map in {workspace.name} that you can change freely.</p>
      </div>
      {error && (
        <div className={styles.notice} role="alert">
          <span>{error}</span>
          <button type="button" className="icon-btn" aria-label="Dismiss" onClick={() => setError(null)}>✕</button>
        </div>
      )}
      {load.state === 'loading' && (
        <div className={styles.grid} aria-busy="true" aria-label="Loading templates">
          {skeletons.map((i) => (
            <div key={i} className={styles.skeleton} aria-hidden="true">
              <span className={styles.bone} />
              <span className={styles.bone} style={{ height: 20, width: '70%' }} />
            </div>
          ))}
        </div>
      )}
      {load.state === 'error' && <ErrorState title="The templates could not be loaded" error={load.error} onRetry={retry} />}
      {load.state === 'ready' && load.value.length === 0 && (
        <EmptyState level={2} title="No templates available">This server has no built-in templates. Start a blank map from the Maps page.</EmptyState>
      )}
      {load.state === 'ready' && load.value.length > 0 && (
        <div className={styles.grid}>
          {load.value.map((t) => (
            <TemplateCard key={t.id} template={t} busy={creating === t.id} onUse={canCreate ? () => void use(t) : undefined} onPreview={() => setPreviewing(t)} />
          ))}
        </div>
      )}
      {previewing && (
        <TemplateDetailsDialog
          template={previewing}
          busy={creating === previewing.id}
          onUse={canCreate ? () => void use(previewing) : undefined}
          onClose={() => setPreviewing(null)}
        />
      )}
    </div>
  );
}

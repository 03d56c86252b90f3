// The tags a team put on the step's feedback (in the explorer): each with how many of the step's items carry it and a
// few of their quotes, and a link that opens the explorer on that tag and step, in the same period and segment.
import { api } from '../../../api/client';
import type { JourneyMap } from '../../../api/model';
import { keys } from '../../../app/server/keys';
import { useServerData } from '../../../app/server/useServerData';
import { valueOf } from '../../../ui/load';
import { DataLink } from '../bindings/DataLink';
import { useOverlay } from '../overlay/OverlayContext';
import { resolveRange } from '../overlay/ranges';
import { Quote } from './TopicsView';
import shared from '../evidence/Evidence.module.css';
import styles from './Feedback.module.css';

export function StepTagsView({ map, stepId, workspaceId }: { map: JourneyMap; stepId: string; workspaceId: string }) {
  const overlay = useOverlay();
  const { from, to, error } = resolveRange(overlay.settings.range, new Date());
  const segment = overlay.settings.segment;
  const load = useServerData({
    key: keys.mapFeedbackTags(workspaceId, map.id, [from, to, segment]),
    invalid: error,
    keepPrevious: true,
    fetch: (signal) => api.feedback.stepTags(workspaceId, map.id, { from, to, segment }, signal),
  }).load;
  const tags = valueOf(load)?.find((s) => s.stepId === stepId)?.tags ?? [];
  if (tags.length === 0) return null;
  const explorer = (tagId: string) => {
    const p = new URLSearchParams({ tag: tagId, map: map.id, step: stepId });
    if (from) p.set('from', from);
    if (to) p.set('to', to);
    if (segment) p.set('segment', segment);
    return `/data/feedback?${p.toString()}`;
  };
  return (
    <section className={shared.section} aria-labelledby="fb-tags" data-testid="feedback-tags">
      <div className={shared.sectionHead}>
        <h3 id="fb-tags">Tags</h3>
        <span className={shared.count}>{tags.length}</span>
      </div>
      <ol className={styles.topics}>
        {tags.map((t) => (
          <li key={t.tagId} className={styles.topic} data-testid="feedback-tag" data-tag={t.name} data-count={t.count}>
            <div className={`${styles.topicHead} ${styles.tagHead}`}>
              <span className={styles.tagName}>{t.name}</span>
              <span className={styles.topicCount}>{t.count === 1 ? '1 item' : `${t.count.toLocaleString('en-US')} items`}</span>
              <DataLink href={explorer(t.tagId)} className={styles.tagOpen}>Open in the explorer</DataLink>
            </div>
            {t.quotes.length > 0 && <ul className={styles.quotes}>{t.quotes.map((q) => <Quote key={q.id} quote={q} stepId={stepId} />)}</ul>}
          </li>
        ))}
      </ol>
    </section>
  );
}

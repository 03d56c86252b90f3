// The Data page's feedback tab: upload a feedback file, what the workspace holds (by source and by score type),
// the latest items, and how to send feedback live.
import type { Load } from '../../ui/load';
import { EmptyState, LoadView } from '../../ui/States';
import { FeedbackOverview } from './FeedbackOverview';
import { SendFeedback } from './SendFeedback';
import { FeedbackExplorer } from './explorer/FeedbackExplorer';
import { TopicsPanel } from './topics/TopicsPanel';
import { UploadPanel } from './UploadPanel';
import { feedbackUpload } from './uploadKinds';
import type { FeedbackData } from './useFeedbackData';
import styles from './Data.module.css';

interface Props {
  load: Load<FeedbackData>;
  onImported: () => void;
  onRetry: () => void;
  /** An editor or owner: the upload panel is there. */
  canUpload: boolean;
}

export function FeedbackSection({ load, onImported, onRetry, canUpload }: Props) {
  return (
    <>
      {canUpload && (
        <UploadPanel
          kind={feedbackUpload}
          title="Upload feedback"
          description="Survey answers (NPS, CSAT, CES, ratings), reviews, chats, call notes or emails. Uploading the same file again adds nothing twice."
          onImported={onImported}
        />
      )}
      <section className={styles.card} aria-labelledby="feedback-held-title" data-testid="feedback-held">
        <header className={styles.cardHead}>
          <div>
            <h2 id="feedback-held-title">Feedback in this workspace</h2>
            <p className="muted">Where it came from and how it was scored.</p>
          </div>
        </header>
        <LoadView load={load} loading="Loading the feedback" errorTitle="The feedback could not be loaded" onRetry={onRetry}>
          {({ summary }) => (summary.items === 0
            ? (
              <EmptyState title="No feedback yet">
                {canUpload ? 'Upload a file above or send items live: each needs a time and a score or a text.' : 'Feedback shows here once an editor uploads it or a system sends it live.'}
              </EmptyState>
            )
            : (
              <FeedbackOverview summary={summary} />
            ))}
        </LoadView>
      </section>
      <FeedbackExplorer canTag={canUpload} />
      <TopicsPanel />
      {canUpload && <SendFeedback />}
    </>
  );
}

// The Data page: how much data the workspace has, and for events and feedback each, uploading files and sending
// them live.
import type { DataTab } from '../../app/router';
import { useWorkspace } from '../../app/workspace';
import { ApiKeysPanel } from './ApiKeysPanel';
import { DataSummary } from './DataSummary';
import { DataTabPanel, DataTabs } from './DataTabs';
import { FeedbackSection } from './FeedbackSection';
import { UploadPanel } from './UploadPanel';
import { eventUpload } from './uploadKinds';
import { useFeedbackData } from './useFeedbackData';
import { useSummary } from './useSummary';
import styles from './Data.module.css';

export function DataPage({ tab = 'events' }: { tab?: DataTab }) {
  const workspace = useWorkspace();
  const summary = useSummary(workspace.id);
  const feedback = useFeedbackData(workspace.id);
  return (
    <div className={styles.page}>
      <div className={styles.head}>
        <div>
          <h1>Data</h1>
          <p className={styles.sub}>{tab === 'events' ? eventsLine(summary.state) : feedbackLine(feedback.state)}</p>
        </div>
        {tab === 'events'
          ? (
            <DataSummary
              label="Events in this workspace"
              loading={summary.state.status === 'loading'}
              failed={summary.state.status === 'error'}
              onRetry={summary.reload}
              figures={[
                { key: 'events', label: 'Events', value: summary.state.status === 'ready' ? summary.state.summary.events : null },
                { key: 'customers', label: 'Customers', value: summary.state.status === 'ready' ? summary.state.summary.customers : null },
                { key: 'activities', label: 'Activities', value: summary.state.status === 'ready' ? summary.state.summary.activities : null },
              ]}
            />
          )
          : (
            <DataSummary
              label="Feedback in this workspace"
              loading={feedback.state.status === 'loading'}
              failed={feedback.state.status === 'error'}
              onRetry={feedback.reload}
              figures={[
                { key: 'feedback-items', label: 'Items', value: feedback.state.status === 'ready' ? feedback.state.summary.items : null },
                { key: 'feedback-customers', label: 'Customers', value: feedback.state.status === 'ready' ? feedback.state.summary.customers : null },
                { key: 'feedback-texts', label: 'With text', value: feedback.state.status === 'ready' ? feedback.state.summary.withText : null },
              ]}
            />
          )}
      </div>
      <DataTabs tab={tab} />
      {tab === 'events' && (
        <DataTabPanel tab="events">
          <UploadPanel
            kind={eventUpload}
            description="Import an export from your website, app or CRM. Uploading the same file again adds nothing twice."
            onImported={summary.reload}
          />
          <ApiKeysPanel />
        </DataTabPanel>
      )}
      {tab === 'feedback' && (
        <DataTabPanel tab="feedback">
          <FeedbackSection state={feedback.state} onImported={feedback.reload} onRetry={feedback.reload} />
        </DataTabPanel>
      )}
    </div>
  );
}

function eventsLine(state: ReturnType<typeof useSummary>['state']): string {
  return state.status === 'ready' && state.summary.events === 0
    ? 'No customer events yet: upload a file or send them live, then bind your map’s steps to activities.'
    : 'The customer events behind your maps’ figures: upload files or send them live.';
}

function feedbackLine(state: ReturnType<typeof useFeedbackData>['state']): string {
  return state.status === 'ready' && state.summary.items === 0
    ? 'No feedback yet: upload survey answers, reviews, chats or call notes, or send them live. They are placed on your maps’ steps.'
    : 'What customers said — scores and words — placed on your maps’ steps: upload files or send them live.';
}

// The Data page: the workspace's event sources and how much data each holds, and for events and feedback each,
// uploading files and sending them live (events into the source picked on the page).
import { useQueryClient } from '@tanstack/react-query';
import { useCallback, useState } from 'react';
import type { DataTab } from '../../app/router';
import { eventsChanged, feedbackChanged } from '../../app/server/keys';
import { useCan, useWorkspace } from '../../app/workspace';
import type { EventSummary } from '../../api/data';
import { valueOf, type Load } from '../../ui/load';
import { ApiKeysPanel } from './ApiKeysPanel';
import { DataSummary } from './DataSummary';
import { DataTabPanel, DataTabs } from './DataTabs';
import { FeedbackSection } from './FeedbackSection';
import { SourcesPanel } from './SourcesPanel';
import { UploadPanel } from './UploadPanel';
import { WebhooksPanel } from '../webhooks/WebhooksPanel';
import { eventUpload } from './uploadKinds';
import { useFeedbackData, type FeedbackData } from './useFeedbackData';
import { useSources } from './useSources';
import { useSummary } from './useSummary';
import styles from './Data.module.css';

export function DataPage({ tab = 'events' }: { tab?: DataTab }) {
  const workspace = useWorkspace();
  const canUpload = useCan('editor'); // the server refuses imports below editor and API keys below owner
  const ownsKeys = useCan('owner');
  const sources = useSources(workspace.id);
  const sourceList = valueOf(sources.load) ?? [];
  const [picked, setPicked] = useState<string | null>(null);
  const source = sourceList.find((s) => s.id === picked) ?? sourceList[0] ?? null;
  const summary = useSummary(workspace.id, source?.id);
  const feedback = useFeedbackData(workspace.id);
  const client = useQueryClient();
  const eventsImported = useCallback(() => { void eventsChanged(client, workspace.id); }, [client, workspace.id]);
  const feedbackImported = useCallback(() => { void feedbackChanged(client, workspace.id); }, [client, workspace.id]);
  const events = valueOf(summary.load);
  const held = valueOf(feedback.load)?.summary;
  return (
    <div className={styles.page}>
      <div className={styles.head}>
        <div>
          <h1>Data</h1>
          <p className={styles.sub}>{tab === 'events' ? eventsLine(summary.load, source?.name) : tab === 'feedback' ? feedbackLine(feedback.load) : webhooksLine}</p>
        </div>
        {tab === 'webhooks' ? null : tab === 'events'
          ? (
            <DataSummary
              label={source ? `Events in ${source.name}` : 'Events in this workspace'}
              loading={summary.load.state === 'loading'}
              failed={summary.load.state === 'error'}
              onRetry={summary.retry}
              figures={[
                { key: 'events', label: 'Events', value: events?.events ?? null },
                { key: 'customers', label: 'Customers', value: events?.customers ?? null },
                { key: 'activities', label: 'Activities', value: events?.activities ?? null },
              ]}
            />
          )
          : (
            <DataSummary
              label="Feedback in this workspace"
              loading={feedback.load.state === 'loading'}
              failed={feedback.load.state === 'error'}
              onRetry={feedback.retry}
              figures={[
                { key: 'feedback-items', label: 'Items', value: held?.items ?? null },
                { key: 'feedback-customers', label: 'Customers', value: held?.customers ?? null },
                { key: 'feedback-texts', label: 'With text', value: held?.withText ?? null },
              ]}
            />
          )}
      </div>
      <DataTabs tab={tab} />
      {tab === 'events' && (
        <DataTabPanel tab="events">
          <SourcesPanel selected={source?.id ?? null} onSelect={(s) => setPicked(s.id)} />
          {canUpload
            ? (
              <UploadPanel
                kind={eventUpload}
                title={source ? `Upload a file into ${source.name}` : undefined}
                description="Import an export from your website, app or CRM. Uploading the same file again adds nothing twice."
                onImported={eventsImported}
                source={source?.id}
              />
            )
            : <ReaderNote />}
          {ownsKeys && <ApiKeysPanel sources={sourceList} selected={source?.id ?? null} />}
        </DataTabPanel>
      )}
      {tab === 'webhooks' && <DataTabPanel tab="webhooks"><WebhooksPanel /></DataTabPanel>}
      {tab === 'feedback' && (
        <DataTabPanel tab="feedback">
          {!canUpload && <ReaderNote />}
          <FeedbackSection load={feedback.load} onImported={feedbackImported} onRetry={feedback.retry} canUpload={canUpload} />
        </DataTabPanel>
      )}
    </div>
  );
}

/** A member below editor reads the workspace's data; uploads are for editors (the server says 403 to others). */
function ReaderNote() {
  return <p className={`muted ${styles.readerNote}`} data-testid="data-read-only">Editors upload data; your role lets you read what the workspace holds.</p>;
}

/** The figures beside it count one source's events, so the line names it. */
function eventsLine(load: Load<EventSummary>, sourceName: string | undefined): string {
  const of = sourceName ? ` in ${sourceName}` : '';
  return valueOf(load)?.events === 0
    ? `No customer events${of} yet: upload a file or send them live, then bind your map’s steps to activities.`
    : `The customer events${of} behind your maps’ figures: upload files or send them live.`;
}

const webhooksLine = 'Where Waymark sends what your customers do: the URLs that journey rules call, signed and logged.';

function feedbackLine(load: Load<FeedbackData>): string {
  return valueOf(load)?.summary.items === 0
    ? 'No feedback yet: upload survey answers, reviews, chats or call notes, or send them live. They are placed on your maps’ steps.'
    : 'What customers said — scores and words — placed on your maps’ steps: upload files or send them live.';
}

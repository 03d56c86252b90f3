// The Data page: how much data the workspace has, uploading event files, and keys for live ingestion.
import { useWorkspace } from '../../app/workspace';
import { ApiKeysPanel } from './ApiKeysPanel';
import { DataSummary } from './DataSummary';
import { UploadPanel } from './UploadPanel';
import { useSummary } from './useSummary';
import styles from './Data.module.css';

export function DataPage() {
  const workspace = useWorkspace();
  const summary = useSummary(workspace.id);
  const empty = summary.state.status === 'ready' && summary.state.summary.events === 0;
  return (
    <div className={styles.page}>
      <div className={styles.head}>
        <div>
          <h1>Data</h1>
          <p className={styles.sub}>
            {empty
              ? 'No customer events yet: upload a file or send them live, then bind your map’s steps to activities.'
              : 'The customer events behind your maps’ figures: upload files or send them live.'}
          </p>
        </div>
        <DataSummary state={summary.state} onRetry={summary.reload} />
      </div>
      <UploadPanel onImported={summary.reload} />
      <ApiKeysPanel />
    </div>
  );
}

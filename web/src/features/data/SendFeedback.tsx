// Sending feedback live: a curl example for POST /api/ingest/feedback, with the API keys made under Events.
import { Link } from '../../app/Link';
import { CopyButton } from './CopyButton';
import { feedbackCurlSnippet } from './ingestSnippet';
import styles from './Data.module.css';

export function SendFeedback() {
  const snippet = feedbackCurlSnippet(window.location.origin);
  return (
    <section className={styles.card} aria-labelledby="send-feedback-title">
      <div className={styles.snippetHead}>
        <div>
          <h2 id="send-feedback-title">Send feedback live</h2>
          <p className="muted">
            Survey tools, review sites and help desks send items to the ingestion API with an API key of this workspace
            (<Link href="/data" className={styles.inlineLink}>create one under Events</Link>).
          </p>
        </div>
        <CopyButton text={snippet} label="Copy command" />
      </div>
      <pre className={styles.code} tabIndex={0} aria-label="Example: send one feedback item with curl"><code>{snippet}</code></pre>
      <p className="muted">
        Send <code className={styles.inlineCode}>{'{"feedback": [...]}'}</code> or one item per line (NDJSON). Each needs a
        {' '}<code className={styles.inlineCode}>time</code> and a <code className={styles.inlineCode}>score</code> or a
        {' '}<code className={styles.inlineCode}>text</code>; items with an <code className={styles.inlineCode}>id</code> are stored once,
        so retries are safe. Rejected items come back with their index and reason.
      </p>
    </section>
  );
}

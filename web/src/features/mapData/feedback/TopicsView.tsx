// The step's top topics, each with up to three quotes: the customer's words as plain text, with its source, the
// score they gave and who they are.
import type { FeedbackQuote, FeedbackTopic } from '../../../api/feedback';
import { CiteOnCard } from '../citations/CiteOnCard';
import { formatSentiment, quoteScore, sourceLabels } from './feedbackFormat';
import shared from '../evidence/Evidence.module.css';
import styles from './Feedback.module.css';

export function TopicsView({ topics, stepId }: { topics: FeedbackTopic[] | undefined; stepId: string }) {
  const list = topics ?? [];
  return (
    <section className={shared.section} aria-labelledby="fb-topics">
      <div className={shared.sectionHead}>
        <h3 id="fb-topics">Top topics</h3>
        <span className={shared.count}>{list.length}</span>
      </div>
      {list.length === 0
        ? <p className={shared.hint}>No phrase stands out in the texts here.</p>
        : (
          <ol className={styles.topics}>
            {list.map((t) => (
              <li key={t.phrase} className={styles.topic} data-testid="feedback-topic" data-phrase={t.phrase} data-label={t.label} data-count={t.count}>
                <div className={styles.topicHead}>
                  <span className={styles.topicPhrase} title={t.label !== t.phrase ? `Found as “${t.phrase}”` : undefined}>“{t.label}”</span>
                  <span className={styles.topicCount}>{t.count === 1 ? '1 mention' : `${t.count} mentions`}</span>
                </div>
                {t.quotes.length > 0 && (
                  <ul className={styles.quotes}>
                    {t.quotes.slice(0, 3).map((q) => <Quote key={q.id} quote={q} stepId={stepId} />)}
                  </ul>
                )}
              </li>
            ))}
          </ol>
        )}
    </section>
  );
}

export function Quote({ quote: q, stepId }: { quote: FeedbackQuote; stepId: string }) {
  const tone = q.sentiment < -0.05 ? styles.negative : q.sentiment > 0.05 ? styles.positive : '';
  const score = quoteScore(q.scoreType, q.score);
  return (
    <li className={`${styles.quote} ${tone}`} data-testid="feedback-quote" data-id={q.id}>
      {/* React escapes text: markup in a customer's words shows as the characters they typed. */}
      <p className={styles.quoteText} data-testid="feedback-quote-text" title={q.text.length > 280 ? q.text.slice(0, 2000) : undefined}>{q.text}</p>
      <p className={styles.quoteMeta}>
        <strong>{sourceLabels[q.source] ?? q.source}</strong>
        {score && <span>{score}</span>}
        <span title="Sentiment of this text, −1 to +1">sentiment {formatSentiment(q.sentiment)}</span>
        {q.customerId && <span>customer <strong>{q.customerId}</strong></span>}
      </p>
      <CiteOnCard draft={{ kind: 'quote', text: q.text, feedbackId: q.id, source: q.source }} stepId={stepId} label={q.text.slice(0, 80)} />
    </li>
  );
}

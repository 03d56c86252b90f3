// One finding: what and where, a sentence of detail, its key figures (each with its definition on hover), up to
// three quotes as plain text, and "Show step".
import type { FeedbackQuote } from '../../../api/feedback';
import type { Finding } from '../../../api/insights';
import { formatScore, sourceLabels } from '../../data/feedbackView';
import { CiteOnCard } from '../citations/CiteOnCard';
import { evidenceFigures, formatEmotion } from './insightsView';
import styles from './Insights.module.css';

interface Props {
  finding: Finding;
  stepNames: Map<string, string>;
  onShowStep: (stepId: string) => void;
}

/** Quotes longer than this show their start. */
const quoteLength = 220;

export function FindingCard({ finding, stepNames, onShowStep }: Props) {
  const figures = evidenceFigures(finding);
  const quotes = (finding.evidence.quotes ?? []).slice(0, 3);
  const stepId = finding.stepId ?? finding.stepIds[0] ?? null;
  const stepName = stepId ? stepNames.get(stepId) : undefined;
  const titleId = `finding-${finding.id}`;
  return (
    <li className={styles.finding} data-testid="finding" data-finding-id={finding.id} data-step-id={stepId ?? ''} aria-labelledby={titleId}>
      <h4 id={titleId} className={styles.title}>{finding.title}</h4>
      {finding.detail && <p className={styles.detail}>{finding.detail}</p>}
      {finding.kind === 'pattern' && finding.evidence.values && <PatternLine values={finding.evidence.values} stepNames={stepNames} />}
      {figures.length > 0 && (
        <dl className={styles.figures}>
          {figures.map((f) => (
            <div key={f.key} className={`${styles.figure} ${f.tone ? styles[f.tone] : ''}`} title={f.definition}>
              <dt>{f.label}</dt>
              <dd data-testid={`evidence-${f.key}`}>{f.value}</dd>
            </div>
          ))}
        </dl>
      )}
      {quotes.length > 0 && (
        <ul className={styles.quotes} aria-label="What customers said">
          {quotes.map((q) => <Quote key={q.id} quote={q} stepId={stepId} />)}
        </ul>
      )}
      <div className={styles.cites}>
        <CiteOnCard stepId={stepId} label={finding.title} draft={{
          kind: 'finding', text: finding.title, findingId: finding.id, findingKind: finding.kind,
          detail: [finding.detail, ...figures.map((f) => `${f.label}: ${f.value}`)].filter(Boolean).join('\n') || undefined,
          stepId: stepId ?? undefined,
        }} />
      </div>
      {stepId && (
        <div className={styles.footer}>
          <span className={styles.where}>{stepName ?? 'A step no longer on the map'}</span>
          {stepName && (
            <button type="button" className="btn btn-sm" data-testid="show-step" aria-label={`Show step ${stepName}`} onClick={() => onShowStep(stepId)}>
              Show step <span aria-hidden="true">→</span>
            </button>
          )}
        </div>
      )}
    </li>
  );
}

function Quote({ quote, stepId }: { quote: FeedbackQuote; stepId: string | null }) {
  const text = quote.text.length > quoteLength ? `${quote.text.slice(0, quoteLength).trimEnd()}…` : quote.text;
  const score = formatScore(quote.scoreType, quote.score);
  const tone = quote.sentiment <= -0.05 ? styles.negative : quote.sentiment >= 0.05 ? styles.positive : '';
  return (
    <li className={`${styles.quote} ${tone}`} data-testid="finding-quote">
      <blockquote title={quote.text.length > quoteLength ? quote.text.slice(0, 2000) : undefined}>{text}</blockquote>
      <p className={styles.quoteMeta}>
        {sourceLabels[quote.source] ?? quote.source}
        {score && <> · {score}</>}
        {quote.customerId && <> · {quote.customerId}</>}
      </p>
      <CiteOnCard draft={{ kind: 'quote', text: quote.text, feedbackId: quote.id, source: quote.source }} stepId={stepId} label={quote.text.slice(0, 80)} />
    </li>
  );
}

/** The measured emotion line over the steps a pattern spans, as a small drawing with its values in words. */
function PatternLine({ values, stepNames }: { values: { stepId: string; measured: number | null }[]; stepNames: Map<string, string> }) {
  const known = values.map((v, i) => ({ ...v, i })).filter((v): v is { stepId: string; measured: number; i: number } => v.measured !== null);
  if (known.length < 2) return null;
  const width = 300;
  const height = 44;
  const min = Math.min(...known.map((v) => v.measured));
  const max = Math.max(...known.map((v) => v.measured));
  const x = (i: number) => 6 + (i / Math.max(1, values.length - 1)) * (width - 12);
  const y = (m: number) => (max === min ? height / 2 : 6 + ((max - m) / (max - min)) * (height - 12));
  const label = known.map((v) => `${stepNames.get(v.stepId) ?? v.stepId} ${formatEmotion(v.measured)}`).join(', ');
  return (
    <svg className={styles.patternLine} viewBox={`0 0 ${width} ${height}`} role="img" aria-label={`Measured emotion: ${label}`} preserveAspectRatio="none">
      <title>{`Measured emotion: ${label}`}</title>
      <polyline points={known.map((v) => `${x(v.i)},${y(v.measured)}`).join(' ')} fill="none" stroke="currentColor" strokeWidth="2" strokeLinejoin="round" strokeLinecap="round" vectorEffect="non-scaling-stroke" />
      {known.map((v) => <circle key={v.stepId + v.i} cx={x(v.i)} cy={y(v.measured)} r="3" fill="currentColor" />)}
    </svg>
  );
}

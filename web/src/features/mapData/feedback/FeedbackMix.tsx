// The step feedback panel's mixes: negative / neutral / positive texts, the emotion mix as a stacked bar with its
// legend, the share of high-effort texts, and the intents found.
import type { EffortFigures, EmotionShares, IntentCounts, SentimentFigures } from '../../../api/feedback';
import { formatShare } from '../overlay/format';
import { definitions, emotionColors, emotionLabels, emotionMix, intentLabels, intentList } from './feedbackFormat';
import shared from '../evidence/Evidence.module.css';
import styles from './Feedback.module.css';

interface Part { key: string; label: string; value: number; color: string }

/** A bar of parts (widths by share of the total) and a legend naming each with its share. */
function Stacked({ parts, label, testId }: { parts: Part[]; label: string; testId?: string }) {
  const total = parts.reduce((sum, p) => sum + p.value, 0);
  if (total <= 0) return null;
  return (
    <div data-testid={testId} style={{ display: 'grid', gap: 6 }}>
      <div className={styles.stack} role="img" aria-label={`${label}: ${parts.map((p) => `${p.label} ${formatShare(p.value / total)}`).join(', ')}`}>
        {parts.filter((p) => p.value > 0).map((p) => <span key={p.key} style={{ width: `${(p.value / total) * 100}%`, background: p.color }} />)}
      </div>
      <ul className={styles.legend} aria-hidden="true">
        {parts.filter((p) => p.value > 0).map((p) => (
          <li key={p.key} data-key={p.key} data-value={p.value / total}>
            <span className={styles.swatch} style={{ background: p.color }} />{p.label} <strong>{formatShare(p.value / total)}</strong>
          </li>
        ))}
      </ul>
    </div>
  );
}

export function SentimentSplit({ sentiment: s }: { sentiment: SentimentFigures }) {
  return (
    <Stacked label="Texts by tone" testId="feedback-sentiment-split" parts={[
      { key: 'negative', label: 'Negative', value: s.negative, color: '#d2453a' },
      { key: 'neutral', label: 'Neutral', value: s.neutral, color: '#aab0bc' },
      { key: 'positive', label: 'Positive', value: s.positive, color: '#2f9e6b' },
    ]} />
  );
}

export function EmotionMixView({ shares }: { shares: EmotionShares | undefined }) {
  const mix = emotionMix(shares);
  return (
    <section className={shared.section} aria-labelledby="fb-emotions" data-testid="feedback-emotions">
      <div className={shared.sectionHead}>
        <h3 id="fb-emotions" title={definitions.emotions}>Emotions</h3>
      </div>
      {mix.length === 0
        ? <p className={shared.hint}>No emotion cues in the texts.</p>
        : <Stacked label="Emotion mix" parts={mix.map((m) => ({ key: m.emotion, label: emotionLabels[m.emotion], value: m.share, color: emotionColors[m.emotion] }))} />}
    </section>
  );
}

export function EffortView({ effort, count }: { effort: EffortFigures | undefined; count: number }) {
  if (!effort) return null;
  const high = effort.share >= 0.25 && effort.high >= 5;
  return (
    <section className={shared.section} aria-labelledby="fb-effort">
      <div className={shared.sectionHead}>
        <h3 id="fb-effort" title={definitions.effort}>Effort</h3>
        <span className={shared.count}>{effort.high} of {count}</span>
      </div>
      <p className={shared.hint} data-testid="feedback-effort" data-value={effort.share} title={definitions.effort}>
        <strong style={{ color: high ? 'var(--warn)' : 'var(--text)' }}>{formatShare(effort.share)}</strong> describe high effort
      </p>
      <div className={shared.bar} aria-hidden="true">
        <div className={shared.barFill} style={{ width: `${Math.min(1, effort.share) * 100}%`, background: high ? '#d99a1e' : undefined }} />
      </div>
    </section>
  );
}

export function IntentsView({ intents }: { intents: IntentCounts | undefined }) {
  const list = intentList(intents);
  return (
    <section className={shared.section} aria-labelledby="fb-intents">
      <div className={shared.sectionHead}><h3 id="fb-intents">Intents</h3></div>
      {list.length === 0
        ? <p className={shared.hint}>No one asks to cancel, switch or get a refund, complains, praises or asks here.</p>
        : (
          <ul className={styles.intents} data-testid="feedback-intents">
            {list.map((i) => {
              const tone = i.intent === 'praise' ? styles.intentGood : ['cancel', 'switch', 'refund'].includes(i.intent) ? styles.intentRisk : '';
              return (
                <li key={i.intent} className={`${styles.intent} ${tone}`} data-testid="feedback-intent" data-intent={i.intent} data-value={i.count}>
                  {intentLabels[i.intent]} <strong>{i.count}</strong>
                </li>
              );
            })}
          </ul>
        )}
    </section>
  );
}

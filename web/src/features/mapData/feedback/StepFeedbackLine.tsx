// A step's feedback under its figures in the data view: the lead score (NPS, else CSAT, else CES, else rating), mean
// sentiment as a small face with its spread, and how many items were said (solicited / unsolicited). Every figure
// explains itself on hover. Clicking it (or Enter) opens the step's feedback panel.
//
// data-testid (for browser tests):
//   step-feedback-<stepId>   the strip (a button) of a step with feedback; data-count = items placed on the step
//   step-feedback-none       a step without feedback (data-step-id)
//   step-feedback-loading    skeleton while the first figures load
//   feedback-score           the lead score; data-kind = nps|csat|ces|rating, data-value = the raw figure
//   feedback-sentiment       mean sentiment; data-value = mean (-1..1), data-sd = spread
//   feedback-said            "n said · k asked"; data-solicited, data-unsolicited
import type { Step } from '../../../api/model';
import type { StepFeedback } from '../../../api/feedback';
import { useFeedback } from './FeedbackContext';
import { definitions, formatSentiment, formatSpread, headlineScore, sentimentTone, texts } from './feedbackFormat';
import { SentimentDot } from './SentimentDot';
import styles from './Feedback.module.css';

export function StepFeedbackLine({ step }: { step: Step }) {
  const feedback = useFeedback();
  if (!feedback.on) return null;
  const figures = feedback.step(step.id);
  if (!feedback.result) {
    if (feedback.load.state !== 'loading') return null;
    return <div className={styles.strip} data-testid="step-feedback-loading" aria-hidden="true"><span className={styles.skeleton} /></div>;
  }
  // A workspace without any feedback keeps the map quiet: the panel says where feedback comes from.
  if (feedback.result.items === 0) return null;
  if (!figures || figures.count === 0) {
    return <div className={`${styles.strip} ${styles.none}`} data-testid="step-feedback-none" data-step-id={step.id}>No feedback placed here</div>;
  }
  return <FeedbackStrip step={step} figures={figures} shown={feedback.panelStepId === step.id} open={() => feedback.openPanel(step.id)} />;
}

function FeedbackStrip({ step, figures: f, shown, open }: { step: Step; figures: StepFeedback; shown: boolean; open: () => void }) {
  const score = headlineScore(f);
  const s = f.sentiment;
  const tone = s ? sentimentTone(s.mean, s.texts) : 'neutral';
  return (
    <button type="button" className={`${styles.strip} ${shown ? styles.shown : ''}`} data-testid={`step-feedback-${step.id}`}
      data-count={f.count} aria-expanded={shown} onClick={(e) => { e.stopPropagation(); open(); }}
      onDoubleClick={(e) => e.stopPropagation()}>
      {/* The name is the visible figures, framed for a screen reader (WCAG 2.5.3). */}
      <span className="visually-hidden">Feedback at {step.name}: </span>
      {score && (
        <span className={`${styles.chip} ${styles[score.tone]}`} data-testid="feedback-score" data-kind={score.kind} data-value={score.raw}
          title={`${score.definition}\n${score.responses} ${score.responses === 1 ? 'answer' : 'answers'}.`}>
          {score.label} <strong>{score.value}</strong>
        </span>
      )}
      {s && (
        <span className={`${styles.sentiment} ${styles[`${tone}Text`]}`} data-testid="feedback-sentiment" data-value={s.mean} data-sd={s.sd}
          title={`${definitions.sentiment}\nFrom ${texts(s.texts)}: ${s.negative} negative, ${s.neutral} neutral, ${s.positive} positive.`}>
          <SentimentDot mean={s.mean} tone={tone} />
          <span className="visually-hidden">mean sentiment </span>{formatSentiment(s.mean)}<span className={styles.spread}>±{formatSpread(s.sd)}</span>
        </span>
      )}
      <span className={styles.said} data-testid="feedback-said" data-solicited={f.solicited} data-unsolicited={f.unsolicited}
        title={`${definitions.said}\n${f.solicited} solicited, ${f.unsolicited} unsolicited.`}>
        <strong>{f.count.toLocaleString('en-GB')}</strong> said
        {f.solicited > 0 && <span className={styles.split}> · {f.solicited.toLocaleString('en-GB')} asked</span>}
      </span>
      <span className="visually-hidden">. Open the step’s feedback</span>
    </button>
  );
}

// The step feedback panel beside the map: every score of the step, mean sentiment and its split, the emotion mix,
// effort, intents, and the top topics each with up to three quotes (texts are rendered as text, never as HTML).
//
// data-testid (for browser tests):
//   feedback-panel            the panel (data-step-id = the step shown)
//   feedback-step-picker      the step select
//   feedback-scope            period and segment line
//   feedback-nps | feedback-csat | feedback-ces | feedback-rating   score tiles (data-value = the raw score)
//   feedback-sentiment-mean   mean sentiment (data-value)
//   feedback-emotions         the emotion mix bar and legend
//   feedback-effort           high-effort share (data-value)
//   feedback-intents          intent chips (each: feedback-intent, data-intent, data-value)
//   feedback-topic            one topic (data-phrase, data-count)
//   feedback-quote            one quote (data-id); its text in feedback-quote-text
//   feedback-placement        how many items were placed and how
//   feedback-empty            no feedback in the workspace / on the step
//   feedback-tags             the tags on the step's feedback (each: feedback-tag, data-tag, data-count)
import type { ReactNode } from 'react';
import type { JourneyMap } from '../../../api/model';
import type { MapFeedback, NpsFigures, StepFeedback } from '../../../api/feedback';
import { isBusy } from '../../../ui/load';
import { EmptyState, ErrorState, Spinner } from '../../../ui/States';
import { useBindings } from '../bindings/BindingsContext';
import { EvidencePanelShell } from '../evidence/EvidencePanelShell';
import { stepsOf } from '../../map/state/queries';
import { useOverlay } from '../overlay/OverlayContext';
import { describeRange } from '../overlay/ranges';
import { useFeedback } from './FeedbackContext';
import { FeedbackIcon } from './FeedbackIcon';
import { answers, definitions, formatMean, formatSentiment, formatSpread, scoresOf, sentimentTone, texts, toneInk } from './feedbackFormat';
import { EmotionMixView, EffortView, IntentsView, SentimentSplit } from './FeedbackMix';
import { TopicsView } from './TopicsView';
import { SentimentDot } from './SentimentDot';
import { StepTagsView } from './StepTagsView';
import shared from '../evidence/Evidence.module.css';
import { DataLink } from '../bindings/DataLink';
import styles from './Feedback.module.css';

export function FeedbackPanel({ workspaceId, map }: { workspaceId: string; map: JourneyMap }) {
  const feedback = useFeedback();
  const overlay = useOverlay();
  const stepId = feedback.panelStepId;
  if (!stepId) return null;
  const { load, result } = feedback;
  const steps = stepsOf(map);
  const stepName = steps.find((r) => r.step.id === stepId)?.step.name ?? 'a removed step';
  const segmentName = overlay.settings.segment && overlay.segments.state === 'ready'
    ? overlay.segments.value.find((s) => s.id === overlay.settings.segment)?.name : undefined;
  const counts = new Map((result?.steps ?? []).map((s) => [s.stepId, s.count]));
  return (
    <EvidencePanelShell title="Step feedback" testId="feedback-panel" icon={<FeedbackIcon />} onClose={feedback.closePanel}
      busy={isBusy(load)} focusTitle>
      <div className={styles.stepPick} data-step-id={stepId}>
        <label className={shared.hint} htmlFor="feedback-step">Step</label>
        <select id="feedback-step" className="select" value={stepId} data-testid="feedback-step-picker"
          onChange={(e) => feedback.openPanel(e.target.value)}>
          {steps.map((r) => (
            <option key={r.step.id} value={r.step.id}>
              {r.step.name}{counts.get(r.step.id) ? ` (${counts.get(r.step.id)})` : ''}
            </option>
          ))}
        </select>
      </div>
      <p className={styles.scope} data-testid="feedback-scope">
        {describeRange(overlay.settings.range)}, {segmentName ? `segment “${segmentName}”` : 'all customers'}
      </p>
      {!result && load.state === 'loading' && <Spinner label="Placing feedback on the steps" />}
      {load.state === 'error' && <ErrorState title="Feedback could not be loaded" error={load.error} onRetry={feedback.retry} />}
      {load.state === 'invalid' && <p className={shared.hint}>{load.message}</p>}
      {result && load.state !== 'error' && (
        <PanelBody result={result} stepId={stepId} stepName={stepName} tags={<StepTagsView workspaceId={workspaceId} map={map} stepId={stepId} />} />
      )}
    </EvidencePanelShell>
  );
}

function PanelBody({ result, stepId, stepName, tags }: { result: MapFeedback; stepId: string; stepName: string; tags: ReactNode }) {
  const { openBinding, readOnly } = useBindings();
  if (result.items === 0) {
    return (
      <div data-testid="feedback-empty">
        <EmptyState title="No feedback yet" action={<DataLink href="/data" className="btn btn-primary">Upload feedback</DataLink>}>
          Survey answers, reviews, chats and call notes appear on the steps once the workspace has feedback in this period.
        </EmptyState>
      </div>
    );
  }
  const step = result.steps.find((s) => s.stepId === stepId);
  return (
    <>
      {!step || step.count === 0
        ? (
          <div data-testid="feedback-empty">
            <EmptyState title={`No feedback placed on ${stepName}`}
              action={!readOnly && <button type="button" className="btn" onClick={() => openBinding(stepId)}>Set keywords…</button>}>
              Feedback lands on a step by its step or activity, by the customer’s last event on a bound step, or by a
              keyword of the step found in its text.
            </EmptyState>
          </div>
        )
        : <StepBody step={step} />}
      {tags}
      <p className={shared.footnote} data-testid="feedback-placement" data-placed={result.placed} data-unplaced={result.unplaced}>
        {result.placed.toLocaleString('en-GB')} of {result.items.toLocaleString('en-GB')} items placed on the map: {result.byMethod.step} by
        step, {result.byMethod.activity} by activity, {result.byMethod.event} by the customer’s last event, {result.byMethod.keyword} by
        keyword. {result.unplaced.toLocaleString('en-GB')} not placed.
      </p>
    </>
  );
}

function StepBody({ step }: { step: StepFeedback }) {
  const scores = scoresOf(step);
  const s = step.sentiment;
  const tone = s ? sentimentTone(s.mean, s.texts) : 'neutral';
  return (
    <>
      <section className={shared.section} aria-labelledby="fb-scores">
        <div className={shared.sectionHead}>
          <h3 id="fb-scores">Scores</h3>
          <span className={shared.count} title={definitions.said}>{step.count} said · {step.solicited} solicited · {step.unsolicited} unsolicited</span>
        </div>
        {scores.length === 0
          ? <p className={shared.hint}>No survey answers or ratings here; the texts below still count.</p>
          : (
            <div className={styles.tiles}>
              {scores.map((sc) => (
                <div key={sc.kind} className={styles.tile} data-testid={`feedback-${sc.kind}`} data-value={sc.raw} title={sc.definition}>
                  <span className={styles.tileLabel}>{sc.label}</span>
                  <span className={`${styles.tileValue} ${styles[sc.tone]}`}>{sc.value}</span>
                  {sc.kind === 'nps' && step.nps && <NpsBar nps={step.nps} />}
                  <span className={styles.tileSub}>{scoreDetail(step, sc.kind)} · {answers(sc.responses)}</span>
                </div>
              ))}
            </div>
          )}
      </section>

      {s && (
        <section className={shared.section} aria-labelledby="fb-sentiment">
          <div className={shared.sectionHead}>
            <h3 id="fb-sentiment">Sentiment</h3>
            <span className={shared.count}>{texts(s.texts)}</span>
          </div>
          <div className={styles.sentimentRow} title={definitions.sentiment}>
            <SentimentDot mean={s.mean} tone={tone} size={22} />
            <span className={styles.sentimentValue} style={{ color: toneInk[tone] }} data-testid="feedback-sentiment-mean" data-value={s.mean}>
              {formatSentiment(s.mean)}
            </span>
            <span className={shared.hint}>± {formatSpread(s.sd)} mean of −1 to +1</span>
          </div>
          <SentimentSplit sentiment={s} />
        </section>
      )}

      <EmotionMixView shares={step.emotions} />
      <EffortView effort={step.effort} count={s?.texts ?? step.count} />
      <IntentsView intents={step.intents} />
      <TopicsView topics={step.topics} stepId={step.stepId} />
    </>
  );
}

/** Promoters, passives and detractors as one bar (the words beside it carry the same figures). */
function NpsBar({ nps }: { nps: NpsFigures }) {
  const total = nps.promoters + nps.passives + nps.detractors;
  if (total <= 0) return null;
  const part = (n: number, color: string) => n > 0 && <span style={{ width: `${(n / total) * 100}%`, background: color }} />;
  return (
    <div className={styles.stack} aria-hidden="true" data-testid="feedback-nps-bar">
      {part(nps.detractors, '#d2453a')}{part(nps.passives, '#aab0bc')}{part(nps.promoters, '#2f9e6b')}
    </div>
  );
}

function scoreDetail(step: StepFeedback, kind: 'nps' | 'csat' | 'ces' | 'rating'): string {
  switch (kind) {
    case 'nps': return step.nps ? `${step.nps.promoters} promoters · ${step.nps.passives} passives · ${step.nps.detractors} detractors` : '';
    case 'csat': return step.csat ? `4–5 of 5 · mean ${formatMean(step.csat.mean)}` : '';
    case 'ces': return 'of 7, higher is easier';
    case 'rating': return 'of 5 stars';
  }
}

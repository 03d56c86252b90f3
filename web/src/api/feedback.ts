// Feedback placed on a map's steps: scores, sentiment, emotions, effort, intents and topics with quotes per step, and
// the measured emotion curve beside the designed one. The shapes are the server's (contract.ts): shares 0..1,
// sentiment -1..1, `measured` on the map's emotion scale.
import type { Schemas } from './contract';

/** The score types and sources the server knows (its document types the fields as any string). */
export type FeedbackScoreType = 'nps' | 'csat' | 'ces' | 'rating';
export type FeedbackSource = 'survey' | 'review' | 'chat' | 'call' | 'social' | 'email' | 'other';

/** Net promoter score, -100..100: % promoters (9-10) − % detractors (0-6). */
export type NpsFigures = Schemas['NpsFigures'];
/** Customer satisfaction: `score` is the share of 4-5 answers (0..1), `mean` on 1-5. */
export type CsatFigures = Schemas['CsatFigures'];
/** Customer effort: mean on 1-7 where 7 = "it was easy". */
export type CesFigures = Schemas['MeanScore'];
/** Star rating: mean on 1-5. */
export type RatingFigures = Schemas['MeanScore'];
/** `mean`: mean sentiment, -1..1; `sd`: the standard deviation of the texts' sentiment. */
export type SentimentFigures = Schemas['SentimentFigures'];
/** Share of each emotion among the cues found (sum 1, or all 0 when none). */
export type EmotionShares = Schemas['EmotionShares'];
export type EmotionName = keyof EmotionShares;
/** `high`: items whose text reads as high effort. */
export type EffortFigures = Schemas['EffortFigures'];
export type IntentCounts = Schemas['IntentCounts'];
export type IntentName = keyof IntentCounts;
export type PlacementMethod = keyof Schemas['PlacementCounts'];
/** `scoreType` is "none" or null when the item has no score. */
export type FeedbackQuote = Schemas['FeedbackQuote'];
export type FeedbackTopic = Schemas['TopicFigures'];
/** `measured`: mean sentiment on the map's emotion scale; null without texts. */
export type StepFeedback = Schemas['StepFeedback'];
/** `designed`: the map's main emotion-curve value at the step; null when none. */
export type CurvePoint = Schemas['CurvePoint'];
export type MapFeedback = Schemas['FeedbackFigures'];

/**
 * The time range, segment and placement window of a map's feedback (and insights). The app keeps the window as a
 * number of hours (1..8760; server default 168); the server's document types it as text because the server parses it.
 */
export interface FeedbackQuery {
  from?: string | null;
  to?: string | null;
  segment?: string | null;
  window?: number | null;
}

/** The query string for a request (empty parts left out). */
export function feedbackQueryString(query: FeedbackQuery): string {
  const params = new URLSearchParams();
  for (const key of ['from', 'to', 'segment'] as const) {
    const value = query[key];
    if (value) params.set(key, value);
  }
  if (query.window != null) params.set('window', String(query.window));
  const text = params.toString();
  return text ? `?${text}` : '';
}

// Feedback placed on a map's steps: scores, sentiment, emotions, effort, intents and topics with quotes per step, and
// the measured emotion curve beside the designed one (issue 6's API contract, section H3). Types mirror the server's
// JSON: shares 0..1, sentiment -1..1, `measured` on the map's emotion scale.
import { getJson } from './http';

export type FeedbackScoreType = 'nps' | 'csat' | 'ces' | 'rating';
export type FeedbackSource = 'survey' | 'review' | 'chat' | 'call' | 'social' | 'email' | 'other';
export type EmotionName = 'joy' | 'trust' | 'anger' | 'fear' | 'sadness' | 'surprise';
export type IntentName = 'cancel' | 'switch' | 'refund' | 'complaint' | 'praise' | 'question';
export type PlacementMethod = 'step' | 'activity' | 'event' | 'keyword';

/** Net promoter score, -100..100: % promoters (9-10) − % detractors (0-6). */
export interface NpsFigures {
  score: number;
  responses: number;
  promoters: number;
  passives: number;
  detractors: number;
}

/** Customer satisfaction: `score` is the share of 4-5 answers (0..1), `mean` on 1-5. */
export interface CsatFigures {
  score: number;
  mean: number;
  responses: number;
}

/** Customer effort: mean on 1-7 where 7 = "it was easy". */
export interface CesFigures {
  mean: number;
  responses: number;
}

/** Star rating: mean on 1-5. */
export interface RatingFigures {
  mean: number;
  responses: number;
}

export interface SentimentFigures {
  /** Mean sentiment, -1..1. */
  mean: number;
  /** Standard deviation of the sentiment of the texts. */
  sd: number;
  texts: number;
  negative: number;
  neutral: number;
  positive: number;
}

/** Share of each emotion among the cues found (sum 1, or all 0 when none). */
export type EmotionShares = Record<EmotionName, number>;

export interface EffortFigures {
  /** Items whose text reads as high effort. */
  high: number;
  share: number;
}

export type IntentCounts = Record<IntentName, number>;

export interface FeedbackQuote {
  id: string;
  text: string;
  sentiment: number;
  source: FeedbackSource;
  /** "none" or null when the item has no score. */
  scoreType: FeedbackScoreType | 'none' | null;
  score: number | null;
  customerId: string | null;
}

export interface FeedbackTopic {
  phrase: string;
  count: number;
  score: number;
  quotes: FeedbackQuote[];
}

export interface StepFeedback {
  stepId: string;
  count: number;
  solicited: number;
  unsolicited: number;
  nps: NpsFigures | null;
  csat: CsatFigures | null;
  ces: CesFigures | null;
  rating: RatingFigures | null;
  sentiment: SentimentFigures | null;
  emotions: EmotionShares;
  effort: EffortFigures;
  intents: IntentCounts;
  topics: FeedbackTopic[];
  /** Mean sentiment on the map's emotion scale; null without texts. */
  measured: number | null;
}

export interface CurvePoint {
  stepId: string;
  /** The map's main emotion-curve value at the step; null when none. */
  designed: number | null;
  measured: number | null;
  texts: number;
}

export interface MapFeedback {
  items: number;
  placed: number;
  unplaced: number;
  byMethod: Record<PlacementMethod, number>;
  steps: StepFeedback[];
  curve: CurvePoint[];
}

export interface FeedbackQuery {
  from?: string | null;
  to?: string | null;
  segment?: string | null;
  /** Hours after a bound event within which feedback is placed on its step (1..8760; server default 168). */
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

export function getMapFeedback(workspaceId: string, mapId: string, query: FeedbackQuery, signal?: AbortSignal): Promise<MapFeedback> {
  const url = `/api/workspaces/${encodeURIComponent(workspaceId)}/maps/${encodeURIComponent(mapId)}/feedback`;
  return getJson<MapFeedback>(`${url}${feedbackQueryString(query)}`, signal);
}

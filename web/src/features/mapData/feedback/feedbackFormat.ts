// How feedback figures read on the map: the one score a step's strip leads with, signed scores, sentiment and its
// tone, the definitions behind every figure (for hovers), and sentiment carried onto the map's emotion scale.
import type { EmotionName, FeedbackSource, IntentName, StepFeedback } from '../../../api/feedback';
import type { ScaleRange } from '../../map/state/queries';

/** Below this many answers a score is shown plainly: too few to call it good or bad. */
export const minResponsesForTone = 5;

/** neutral: plain grey; warn: amber; bad: red; good: green. */
export type Tone = 'neutral' | 'good' | 'warn' | 'bad';

/** Each tone's ink (text and the sentiment face). */
export const toneInk: Record<Tone, string> = { neutral: '#5f6778', good: '#1e7a44', warn: '#8a5a00', bad: '#b42318' };

export interface HeadlineScore {
  kind: 'nps' | 'csat' | 'ces' | 'rating';
  label: string;
  value: string;
  /** The raw figure (for data-value). */
  raw: number;
  responses: number;
  tone: Tone;
  definition: string;
}

export const definitions = {
  nps: 'Net Promoter Score (−100 to +100): the share of promoters (9–10) minus the share of detractors (0–6) among answers to “How likely are you to recommend us?” on 0–10.',
  csat: 'Customer satisfaction: the share of answers of 4 or 5 on a 1–5 satisfaction question.',
  ces: 'Customer effort score: the mean answer on 1–7 to “It was easy to…”; higher is easier (7 = it was easy).',
  rating: 'Rating: the mean star rating on 1–5.',
  sentiment: 'Mean sentiment of the texts, from −1 (very negative) to +1 (very positive), ± its standard deviation (how much the texts disagree).',
  said: 'Feedback items placed on this step: solicited (answers to surveys you sent) and unsolicited (reviews, chats, calls, social posts, emails).',
  effort: 'Share of the texts that describe high effort (“had to call three times”, “took forever”, “confusing form”).',
  emotions: 'Share of each emotion among the emotion cues found in the texts.',
} as const;

const signed = (n: number) => (n > 0 ? `+${n}` : n < 0 ? `−${Math.abs(n)}` : '0');

/** A whole signed number with a real minus sign: "+12", "−8", "0". */
export function formatSigned(n: number): string {
  return signed(Math.round(n));
}

/** A mean to one decimal: "4.2". */
export function formatMean(n: number): string {
  return (Math.round(n * 10) / 10).toFixed(1);
}

/** Sentiment -1..1 to two decimals with a real minus sign: "−0.42", "+0.18", "0.00". */
export function formatSentiment(s: number): string {
  const r = Math.round(s * 100) / 100;
  const text = Math.abs(r).toFixed(2);
  return r > 0 ? `+${text}` : r < 0 ? `−${text}` : text;
}

/** A spread to two decimals: "0.40". */
export function formatSpread(sd: number): string {
  return (Math.round(sd * 100) / 100).toFixed(2);
}

function toneOf(value: number, bad: number, warn: number, good: number, responses: number): Tone {
  if (responses < minResponsesForTone) return 'neutral';
  if (value < bad) return 'bad';
  if (value < warn) return 'warn';
  return value >= good ? 'good' : 'neutral';
}

export function npsTone(score: number, responses: number): Tone {
  return toneOf(score, -20, 0, 30, responses);
}

export function csatTone(share: number, responses: number): Tone {
  return toneOf(share, 0.6, 0.75, 0.85, responses);
}

export function cesTone(mean: number, responses: number): Tone {
  return toneOf(mean, 4, 5, 6, responses);
}

export function ratingTone(mean: number, responses: number): Tone {
  return toneOf(mean, 3, 3.5, 4.3, responses);
}

/** Negative below −0.3, leaning negative below −0.05, positive above 0.3 (with enough texts). */
export function sentimentTone(mean: number, texts: number): Tone {
  if (texts < minResponsesForTone) return 'neutral';
  if (mean < -0.3) return 'bad';
  if (mean < -0.05) return 'warn';
  return mean > 0.3 ? 'good' : 'neutral';
}

/** The score a step's strip leads with: NPS, else CSAT, else CES, else rating; null when the step has none. */
export function headlineScore(step: StepFeedback): HeadlineScore | null {
  const all = scoresOf(step);
  return all[0] ?? null;
}

/** Every score the step has, in the headline's order. */
export function scoresOf(step: StepFeedback): HeadlineScore[] {
  const out: HeadlineScore[] = [];
  if (step.nps && step.nps.responses > 0) {
    out.push({ kind: 'nps', label: 'NPS', value: formatSigned(step.nps.score), raw: step.nps.score, responses: step.nps.responses,
      tone: npsTone(step.nps.score, step.nps.responses), definition: definitions.nps });
  }
  if (step.csat && step.csat.responses > 0) {
    out.push({ kind: 'csat', label: 'CSAT', value: `${Math.round(step.csat.score * 100)}%`, raw: step.csat.score,
      responses: step.csat.responses, tone: csatTone(step.csat.score, step.csat.responses),
      definition: `${definitions.csat} Mean answer ${formatMean(step.csat.mean)} of 5.` });
  }
  if (step.ces && step.ces.responses > 0) {
    out.push({ kind: 'ces', label: 'CES', value: formatMean(step.ces.mean), raw: step.ces.mean, responses: step.ces.responses,
      tone: cesTone(step.ces.mean, step.ces.responses), definition: definitions.ces });
  }
  if (step.rating && step.rating.responses > 0) {
    out.push({ kind: 'rating', label: 'Rating', value: `${formatMean(step.rating.mean)}★`, raw: step.rating.mean,
      responses: step.rating.responses, tone: ratingTone(step.rating.mean, step.rating.responses), definition: definitions.rating });
  }
  return out;
}

/** "1 answer", "40 answers". */
export function answers(n: number): string {
  return n === 1 ? '1 answer' : `${n.toLocaleString('en-GB')} answers`;
}

/** "1 text", "50 texts". */
export function texts(n: number): string {
  return n === 1 ? '1 text' : `${n.toLocaleString('en-GB')} texts`;
}

/**
 * Sentiment (-1..1) on the map's emotion scale: its middle plus s times half its span, so -2..+2 → 2s, 1..5 → 3+2s,
 * 1..10 → 5.5+4.5s and -5..+5 → 5s (the server's conversion). Clamped to the scale.
 */
export function sentimentOnScale(s: number, range: ScaleRange): number {
  const mid = (range.min + range.max) / 2;
  const half = (range.max - range.min) / 2;
  const clamped = Math.max(-1, Math.min(1, s));
  return mid + clamped * half;
}

export const emotionOrder: EmotionName[] = ['joy', 'trust', 'surprise', 'fear', 'sadness', 'anger'];

export const emotionLabels: Record<EmotionName, string> = {
  joy: 'Joy', trust: 'Trust', anger: 'Anger', fear: 'Fear', sadness: 'Sadness', surprise: 'Surprise',
};

/** Distinct fills for the emotion bar; every segment is also named with its share in the legend. */
export const emotionColors: Record<EmotionName, string> = {
  joy: '#e2a40b', trust: '#2f9e6b', surprise: '#c0569a', fear: '#7a4fb5', sadness: '#3d6fd0', anger: '#c8372d',
};

/** The emotions with a share, largest first (ties in the fixed order). */
export function emotionMix(shares: Partial<Record<EmotionName, number>> | undefined): { emotion: EmotionName; share: number }[] {
  return emotionOrder
    .map((emotion) => ({ emotion, share: shares?.[emotion] ?? 0 }))
    .filter((e) => e.share > 0)
    .sort((a, b) => b.share - a.share || emotionOrder.indexOf(a.emotion) - emotionOrder.indexOf(b.emotion));
}

export const intentOrder: IntentName[] = ['cancel', 'switch', 'refund', 'complaint', 'question', 'praise'];

export const intentLabels: Record<IntentName, string> = {
  cancel: 'Want to cancel', switch: 'Switching to a competitor', refund: 'Ask for a refund', complaint: 'Complaints',
  question: 'Questions', praise: 'Praise',
};

/** Intents with at least one item, in a fixed order (the risky ones first). */
export function intentList(counts: Partial<Record<IntentName, number>> | undefined): { intent: IntentName; count: number }[] {
  return intentOrder.map((intent) => ({ intent, count: counts?.[intent] ?? 0 })).filter((i) => i.count > 0);
}

export const sourceLabels: Record<FeedbackSource, string> = {
  survey: 'Survey', review: 'Review', chat: 'Chat', call: 'Call', social: 'Social', email: 'Email', other: 'Other',
};

/** A quote's score as it was given: "NPS 3", "CSAT 2/5", "CES 6/7", "4/5★"; empty without a score. */
export function quoteScore(scoreType: string | null | undefined, score: number | null | undefined): string {
  if (score === null || score === undefined || !scoreType || scoreType === 'none') return '';
  switch (scoreType) {
    case 'nps': return `NPS ${score}`;
    case 'csat': return `CSAT ${score}/5`;
    case 'ces': return `CES ${score}/7`;
    case 'rating': return `${score}/5★`;
    default: return String(score);
  }
}

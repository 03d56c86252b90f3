// The explorer's words for the values the server names in lower case.
import type { ListKey } from './explorerState';

export const listLabels: Record<ListKey, string> = {
  source: 'Source', scoreType: 'Score type', band: 'Score', sentiment: 'Sentiment', emotion: 'Emotion', intent: 'Intent',
  step: 'Step', tag: 'Tag', topic: 'Topic',
};

export const valueLabels: Partial<Record<ListKey, Record<string, string>>> = {
  source: { survey: 'Survey', review: 'Review', chat: 'Chat', call: 'Call', social: 'Social', email: 'Email', other: 'Other' },
  scoreType: { nps: 'NPS', csat: 'CSAT', ces: 'CES', rating: 'Rating', none: 'No score' },
  band: { low: 'Low (detractors)', middle: 'Middle (passives)', high: 'High (promoters)', none: 'No score' },
  sentiment: { negative: 'Negative', neutral: 'Neutral', positive: 'Positive', none: 'No text' },
  emotion: { joy: 'Joy', trust: 'Trust', anger: 'Anger', fear: 'Fear', sadness: 'Sadness', surprise: 'Surprise' },
  intent: { cancel: 'Cancel', switch: 'Switch', refund: 'Refund', complaint: 'Complaint', praise: 'Praise', question: 'Question' },
};

/** A value's words, or the value itself (a step or tag id is named by the caller). */
export function valueLabel(key: ListKey, value: string): string {
  return valueLabels[key]?.[value] ?? value;
}

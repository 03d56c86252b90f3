// Where it hurts: the findings on a map for a time range and segment (bottlenecks, moments of truth, pain points,
// emotion patterns and designed-versus-measured gaps), each with its evidence. The shapes are the server's
// (contract.ts): shares 0..1, waits seconds, `measured`/`designed` on the map's emotion scale.
import type { Schemas } from './contract';
import type { FeedbackQuery } from './feedback';

/** The kinds and patterns the server knows (its document types the fields as any string). */
export type FindingKind = 'bottleneck' | 'momentOfTruth' | 'painPoint' | 'pattern' | 'mismatch';
export type EmotionPattern = 'sawtooth' | 'rapidDrop' | 'trough' | 'peak';

/**
 * The key figures behind a finding; which are set depends on its kind. A moment of truth's `difference` is the
 * positive − negative outcome rate, with its 95% confidence interval (`ciLow`, `ciHigh`).
 */
export type FindingEvidence = Schemas['FindingEvidence'];
/** `stepId`: the step to show, null when the finding has none; `score` ranks within its kind, higher first. */
export type Finding = Schemas['Finding'];
export type InsightsResult = Schemas['InsightsResult'];

/** The same from/to/segment (and placement window) as the map's feedback. */
export type InsightsQuery = FeedbackQuery;

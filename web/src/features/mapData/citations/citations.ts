// Evidence on cards (the file format's `citations`): which cards of a step can cite, and the cell edits that add or
// remove a citation. Pure, so the dialog, the badge and the tests share one set of rules. In the UI the word is
// "Evidence"; in code "citation", since "evidence" already names the map's data panels (docs/adr, evidence-on-cards).
import type { Cell, Citation, Idea, JourneyMap, PainPoint } from '../../../api/model';
import { cellOf, stepsOf } from '../../map/state/queries';

export type CardKind = 'painPoint' | 'idea' | 'momentOfTruth';

/** A card that can cite: a pain point or idea (by id), or a step's moment of truth (itemId null). */
export interface CitingCard {
  laneId: string;
  laneTitle: string;
  stepId: string;
  kind: CardKind;
  itemId: string | null;
  text: string;
  citations: Citation[];
}

/** What a new citation holds before it gets an id and a day. */
export type CitationDraft = Omit<Citation, 'id' | 'citedOn'>;

/** The most a card may cite (the file format's limit). */
export const maxCitations = 50;

export const cardKindLabels: Record<CardKind, string> = { painPoint: 'Pain point', idea: 'Idea', momentOfTruth: 'Moment of truth' };

/** Every card at a step that can cite evidence, lane by lane in map order. */
export function citingCards(map: JourneyMap, stepId: string): CitingCard[] {
  const out: CitingCard[] = [];
  for (const lane of map.lanes ?? []) {
    const cell = cellOf(lane, stepId);
    const base = { laneId: lane.id, laneTitle: lane.title, stepId };
    if (lane.kind === 'painPoints') {
      for (const p of cell?.painPoints ?? []) out.push({ ...base, kind: 'painPoint', itemId: p.id, text: p.text, citations: p.citations ?? [] });
    } else if (lane.kind === 'ideas') {
      for (const i of cell?.ideas ?? []) out.push({ ...base, kind: 'idea', itemId: i.id, text: i.text, citations: i.citations ?? [] });
    } else if (lane.kind === 'momentsOfTruth' && cell?.momentOfTruth) {
      const m = cell.momentOfTruth;
      out.push({ ...base, kind: 'momentOfTruth', itemId: null, text: m.note ?? '', citations: m.citations ?? [] });
    }
  }
  return out;
}

/** The steps of the map with how many cards each has that can cite, for the dialog's step picker. */
export function stepsWithCards(map: JourneyMap): { id: string; name: string; cards: number }[] {
  return stepsOf(map).map((r) => ({ id: r.step.id, name: r.step.name, cards: citingCards(map, r.step.id).length }));
}

export function targetKey(card: Pick<CitingCard, 'laneId' | 'stepId' | 'itemId'>): string {
  return `${card.laneId}/${card.stepId}/${card.itemId ?? 'moment'}`;
}

/** Whether the card already cites this quote, finding or figure (so it is not cited twice). */
export function alreadyCites(citations: readonly Citation[], draft: CitationDraft): boolean {
  return citations.some((c) => c.kind === draft.kind && sameSource(c, draft));
}

function sameSource(a: CitationDraft, b: CitationDraft): boolean {
  switch (a.kind) {
    case 'quote': return a.feedbackId === b.feedbackId;
    case 'finding': return a.findingId === b.findingId;
    default: return a.metric === b.metric && a.stepId === b.stepId && a.from === b.from && a.to === b.to && a.segmentId === b.segmentId;
  }
}

/** Builds a citation from a draft: a fresh id, today's date, and no empty optional fields. */
export function newCitation(draft: CitationDraft, today: Date, id: string): Citation {
  const out: Citation = { id, ...draft, citedOn: isoDay(today) };
  for (const key of Object.keys(out) as (keyof Citation)[]) if (out[key] === undefined || out[key] === null) delete out[key];
  return out;
}

export function isoDay(d: Date): string {
  return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
}

/** The cell with the card's citations replaced by what `change` makes of them. */
export function withCitations(cell: Cell | undefined, card: Pick<CitingCard, 'kind' | 'itemId'>, change: (list: Citation[]) => Citation[]): Cell | undefined {
  if (!cell) return cell;
  const apply = <T extends PainPoint | Idea>(items: T[] | undefined): T[] | undefined => items?.map((item) =>
    (item.id === card.itemId ? withList(item, change(item.citations ?? [])) : item));
  switch (card.kind) {
    case 'painPoint': return { ...cell, painPoints: apply(cell.painPoints) };
    case 'idea': return { ...cell, ideas: apply(cell.ideas) };
    case 'momentOfTruth':
      return cell.momentOfTruth ? { ...cell, momentOfTruth: withList(cell.momentOfTruth, change(cell.momentOfTruth.citations ?? [])) } : cell;
  }
}

/** Empty lists are left out of the canonical file, so the cell stays equal to what the server writes back. */
function withList<T extends { citations?: Citation[] }>(item: T, list: Citation[]): T {
  const next: T = { ...item, citations: list };
  if (list.length === 0) delete (next as { citations?: Citation[] }).citations;
  return next;
}

export function addCitation(cell: Cell | undefined, card: Pick<CitingCard, 'kind' | 'itemId'>, citation: Citation): Cell | undefined {
  return withCitations(cell, card, (list) => (list.length >= maxCitations || alreadyCites(list, citation) ? list : [...list, citation]));
}

export function removeCitation(cell: Cell | undefined, card: Pick<CitingCard, 'kind' | 'itemId'>, citationId: string): Cell | undefined {
  return withCitations(cell, card, (list) => list.filter((c) => c.id !== citationId));
}

/** A short name for the card in lists and labels: its text cut to a line, or what it is when it has none. */
export function cardName(card: Pick<CitingCard, 'kind' | 'text'>, length = 80): string {
  const text = card.text.trim();
  if (!text) return cardKindLabels[card.kind];
  return text.length > length ? `${text.slice(0, length).trimEnd()}…` : text;
}

export function countLabel(n: number): string {
  return n === 1 ? '1 piece of evidence' : `${n} pieces of evidence`;
}

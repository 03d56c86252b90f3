// "Cite on card…": a button beside a quote, a finding or a figure that opens a dialog to choose the pain point, idea
// or moment of truth (of its step, or another) that cites it. Hidden from anyone who cannot edit the map.
//
// data-testid: cite-on-card (the button), cite-dialog, cite-step (step select), cite-target (one card: data-target),
// cite-empty (no card at the step), cite-confirm.
import { useContext, useState } from 'react';
import { MapSessionContext } from '../../map/MapSession';
import { Dialog } from '../../../ui/Dialog';
import { useBindings } from '../bindings/BindingsContext';
import { newId } from '../../map/state/ids';
import { addCitation, citingCards, newCitation, targetKey, type CitationDraft, type CitingCard } from './citations';
import { CiteTargets } from './CiteTargets';
import styles from './Citations.module.css';

interface Props {
  draft: CitationDraft;
  /** The step the quote, finding or figure belongs to; the dialog starts there. */
  stepId: string | null;
  /** What is cited, for the button's accessible name ("Cite on card: …"). */
  label: string;
  /** Only the icon, where a row has no room for the words (the funnel's steps). */
  compact?: boolean;
}

export function CiteOnCard({ draft, stepId, label, compact }: Props) {
  const session = useContext(MapSessionContext);
  const { readOnly } = useBindings();
  const [open, setOpen] = useState(false);
  if (!session || readOnly) return null;
  return (
    <>
      <button type="button" className={`${compact ? `icon-btn ${styles.compact}` : 'btn btn-sm btn-ghost'} ${styles.cite}`} data-testid="cite-on-card"
        aria-label={`Cite on card: ${label}`} title="Cite this as evidence on a pain point, idea or moment of truth"
        onClick={() => setOpen(true)}>
        <CiteIcon />{!compact && ' Cite on card…'}
      </button>
      {open && <CiteDialog draft={draft} stepId={stepId} onClose={() => setOpen(false)} />}
    </>
  );
}

function CiteDialog({ draft, stepId, onClose }: { draft: CitationDraft; stepId: string | null; onClose: () => void }) {
  const session = useContext(MapSessionContext)!;
  const map = session.map;
  const [step, setStep] = useState(stepId ?? map.stages?.[0]?.steps?.[0]?.id ?? '');
  const cards = citingCards(map, step);
  const [target, setTarget] = useState<string | null>(() => (cards.length === 1 ? targetKey(cards[0]!) : null));
  const chosen = cards.find((c) => targetKey(c) === target);
  const cite = (card: CitingCard) => {
    const cell = map.lanes?.find((l) => l.id === card.laneId)?.cells?.[card.stepId];
    const next = addCitation(cell, card, newCitation(draft, new Date(), newId('cit')));
    if (next !== cell) session.dispatch({ type: 'setCell', laneId: card.laneId, stepId: card.stepId, cell: next });
    session.seal();
    onClose();
  };
  return (
    <Dialog title="Cite on card" open onClose={onClose}
      footer={(
        <>
          <button type="button" className="btn" onClick={onClose}>Cancel</button>
          <button type="submit" form="cite-form" className="btn btn-primary" data-testid="cite-confirm" disabled={!chosen}>Cite</button>
        </>
      )}>
      <form id="cite-form" className={styles.form} data-testid="cite-dialog" onSubmit={(e) => { e.preventDefault(); if (chosen) cite(chosen); }}>
        <blockquote className={styles.preview}>{draft.text}</blockquote>
        <CiteTargets map={map} draft={draft} step={step} cards={cards} target={target}
          onStep={(s) => { setStep(s); setTarget(null); }} onTarget={setTarget} />
      </form>
    </Dialog>
  );
}

export function CiteIcon() {
  return (
    <svg width="14" height="14" viewBox="0 0 16 16" aria-hidden="true" fill="none" stroke="currentColor" strokeWidth="1.6" strokeLinecap="round" strokeLinejoin="round">
      <path d="M3 3.5h10v7H8l-3 2.5v-2.5H3z" /><path d="M6 6.5h4M6 8.5h2.5" />
    </svg>
  );
}

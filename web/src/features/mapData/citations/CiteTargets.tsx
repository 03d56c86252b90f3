// The dialog's choice: a step, then one of its pain points, ideas or moment of truth. A card that already cites
// the same thing, or cites the most it may, cannot be chosen again.
import type { JourneyMap } from '../../../api/model';
import { EmptyState } from '../../../ui/States';
import { alreadyCites, cardKindLabels, cardName, countLabel, maxCitations, stepsWithCards, targetKey, type CitationDraft, type CitingCard } from './citations';
import styles from './Citations.module.css';

interface Props {
  map: JourneyMap;
  draft: CitationDraft;
  step: string;
  cards: CitingCard[];
  target: string | null;
  onStep: (stepId: string) => void;
  onTarget: (key: string) => void;
}

export function CiteTargets({ map, draft, step, cards, target, onStep, onTarget }: Props) {
  const steps = stepsWithCards(map);
  const stepName = steps.find((s) => s.id === step)?.name ?? 'this step';
  return (
    <>
      <label className="field">
        <span>Step</span>
        <select className="select" value={step} data-testid="cite-step" onChange={(e) => onStep(e.target.value)}>
          {steps.map((s) => <option key={s.id} value={s.id}>{s.name}{s.cards > 0 ? ` (${s.cards})` : ''}</option>)}
        </select>
      </label>
      {cards.length === 0
        ? (
          <div data-testid="cite-empty">
            <EmptyState title={`No pain point, idea or moment of truth at ${stepName}`}>
              Add one in a Pain points, Ideas or Moments of truth lane, or choose another step.
            </EmptyState>
          </div>
        )
        : (
          <fieldset className={styles.targets}>
            <legend>Card</legend>
            {cards.map((card) => {
              const key = targetKey(card);
              const cited = alreadyCites(card.citations, draft);
              const full = card.citations.length >= maxCitations;
              return (
                <label key={key} className={styles.target} data-testid="cite-target" data-target={key}>
                  <input type="radio" name="cite-target" value={key} checked={target === key} disabled={cited || full}
                    onChange={() => onTarget(key)} />
                  <span className={styles.targetText}>
                    <span className={styles.targetKind}>{cardKindLabels[card.kind]} · {card.laneTitle}</span>
                    <span>{cardName(card)}</span>
                    <span className={styles.targetMeta}>
                      {cited ? 'Already cites this' : full ? `Cites the most it may (${maxCitations})` : card.citations.length > 0 ? countLabel(card.citations.length) : 'No evidence yet'}
                    </span>
                  </span>
                </label>
              );
            })}
          </fieldset>
        )}
    </>
  );
}

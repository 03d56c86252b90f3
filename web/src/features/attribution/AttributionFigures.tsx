// The panel's body once the credits are there: why there is nothing to credit, or the table and the guide under it.
import type { AttributionAnswer, AttributionBy } from '../../api/attribution';
import { EmptyState } from '../../ui/States';
import { AttributionTable } from './AttributionTable';
import { ModelGuide } from './ModelGuide';
import { attributionView, emptyReason, type Sort, type SortKey } from './attributionView';

interface FiguresProps {
  answer: AttributionAnswer;
  by: AttributionBy;
  stepNames: ReadonlyMap<string, string>;
  stepOrder: readonly string[];
  outcomeName: string;
  sort: Sort;
  onSort: (key: SortKey) => void;
  onShowStep: (stepId: string) => void;
}

export function AttributionFigures({ answer, by, stepNames, stepOrder, outcomeName, sort, onSort, onShowStep }: FiguresProps) {
  const reason = emptyReason(answer);
  if (reason === 'noOutcome') {
    return (
      <div data-testid="attribution-empty">
        <EmptyState title="No outcome to credit">
          Bind the map&apos;s steps to activities: the last bound step is the outcome, and a customer who reaches it converts.
        </EmptyState>
      </div>
    );
  }
  if (reason === 'noConversions') {
    return (
      <div data-testid="attribution-empty">
        <EmptyState title="No conversions in this period">
          Nobody in this segment reached {outcomeName} in this period. Pick a longer period or another segment in the data bar.
        </EmptyState>
      </div>
    );
  }
  const view = attributionView(answer, stepNames, stepOrder, sort);
  return (
    <>
      <AttributionTable view={view} by={by} sort={sort} onSort={onSort} onShowStep={onShowStep} />
      <ModelGuide answer={answer} view={view} />
    </>
  );
}

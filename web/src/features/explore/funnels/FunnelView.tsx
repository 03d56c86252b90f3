// Explore's funnel builder: pick steps from a map or the activities, choose how they follow each other, a window,
// exclusions and a breakdown; read the bars, the drop-off, the breakdown, conversion over time and the time to
// convert, and open the customers behind any bar. The definition lives in the address, so a funnel is a link.
import { useMemo, useState } from 'react';
import { api } from '../../../api/client';
import { keys } from '../../../app/server/keys';
import { useServerData } from '../../../app/server/useServerData';
import { useWorkspace } from '../../../app/workspace';
import { EmptyState, ErrorState, Spinner } from '../../../ui/States';
import { isBusy, valueOf, type Load } from '../../../ui/load';
import type { ExploreViewProps } from '../exploreViews';
import { StepPicker } from '../steps/StepPicker';
import { useStepOptions } from '../steps/useStepOptions';
import { ConversionOverTime } from './ConversionOverTime';
import { FunnelBars } from './FunnelBars';
import { FunnelBreakdown } from './FunnelBreakdown';
import { FunnelCustomers } from './FunnelCustomers';
import { definitionBody, definitionSearch, parseDefinition, type FunnelDefinition } from './funnelDefinition';
import { formatCount, formatShare } from './funnelFormat';
import { FunnelSettings, type AttributeChoice } from './FunnelSettings';
import type { ChosenBar } from './funnelTypes';
import { TimeToConvert } from './TimeToConvert';
import { useAttributeNames } from './useAttributeNames';
import styles from './Funnels.module.css';

export function FunnelView({ scope, query }: ExploreViewProps) {
  const workspace = useWorkspace();
  const [definition, setDefinitionState] = useState<FunnelDefinition>(() => parseDefinition(location.search));
  const [bar, setBar] = useState<ChosenBar | null>(null);
  const setDefinition = (next: FunnelDefinition) => {
    setDefinitionState(next);
    setBar(null);
    history.replaceState(null, '', location.pathname + definitionSearch(next, location.search));
  };
  const options = useStepOptions(workspace.id, scope.mapId);
  const attributes = useAttributeNames(workspace.id, scope.mapId ?? undefined, query.source ?? undefined).load;
  const attributeChoices: Load<AttributeChoice[]> = attributes.state === 'ready' ? { ...attributes, value: attributes.value.customer } : attributes;
  const body = useMemo(() => ({
    ...definitionBody(definition), from: query.from, to: query.to, segment: query.segment, source: query.source, map: scope.mapId,
  }), [definition, query.from, query.to, query.segment, query.source, scope.mapId]);
  const usesMap = definition.steps.some((s) => s.stepId !== undefined);
  const invalid = query.error ?? (usesMap && !scope.mapId ? 'These steps are on a map: choose it under “Steps from”.' : undefined);
  const { load, retry } = useServerData({
    key: keys.funnel(workspace.id, body),
    enabled: definition.steps.length >= 2,
    invalid,
    keepPrevious: true,
    fetch: (signal) => api.funnels.measure(workspace.id, body, signal),
  });
  const answer = valueOf(load);
  return (
    <div className={`${styles.layout} ${answer && bar ? styles.withSheet : ''}`} data-testid="funnel-view">
      <section className={styles.builder} aria-label="Funnel definition">
        <h2 className={styles.builderTitle}>Steps</h2>
        <StepPicker label="Funnel steps" steps={definition.steps} options={options}
          onChange={(steps) => setDefinition({ ...definition, steps, exclusions: definition.exclusions.filter((e) => e.after < steps.length - 1) })} />
        <FunnelSettings definition={definition} onChange={setDefinition} options={options} attributes={attributeChoices} />
      </section>
      <section className={styles.results} aria-label="Funnel" aria-busy={isBusy(load)}>
        {definition.steps.length < 2 && (
          <EmptyState level={2} title="Pick at least two steps">
            {scope.mapId ? 'Add steps from the map (in its order) or any activity, then read how many customers go from one to the next.'
              : 'Add activities, or choose a map under “Steps from” to use its steps, then read how many customers go from one to the next.'}
          </EmptyState>
        )}
        {load.state === 'invalid' && <EmptyState title="This funnel cannot be measured yet">{load.message}</EmptyState>}
        {load.state === 'loading' && <Spinner label="Measuring the funnel" />}
        {load.state === 'error' && <ErrorState title="The funnel could not be measured" error={load.error} onRetry={retry} />}
        {answer && (
          <>
            <div className={styles.summary} data-testid="funnel-summary">
              <span><strong data-testid="funnel-entered">{formatCount(answer.entered)}</strong> entered</span>
              <span><strong data-testid="funnel-converted">{formatCount(answer.converted)}</strong> converted</span>
              <span><strong>{formatShare(answer.conversion)}</strong> conversion</span>
              {answer.excluded > 0 && <span><strong data-testid="funnel-excluded">{formatCount(answer.excluded)}</strong> excluded</span>}
              <span className={styles.note}>{answer.segmentName}</span>
            </div>
            {answer.entered === 0 && <EmptyState title="Nobody reached the first step">Widen the period, pick another segment, or start from another step.</EmptyState>}
            <FunnelBars answer={answer} chosen={bar} onChoose={setBar} />
            <FunnelBreakdown answer={answer} onChoose={setBar} />
            <div className={styles.pair}>
              <ConversionOverTime answer={answer} />
              <TimeToConvert answer={answer} />
            </div>
          </>
        )}
      </section>
      {answer && bar && (
        <FunnelCustomers key={JSON.stringify(bar)} workspaceId={workspace.id} body={body} answer={answer} bar={bar}
          map={options.map} onClose={() => setBar(null)} />
      )}
    </div>
  );
}

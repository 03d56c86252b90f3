// What-if beside the map: "if this step's conversion rose by N points" or "if the wait after it fell by T", the
// projected change of customers reaching the map's outcome with its interval, for the data view's period and segment
// (so the measured figures are the overlay's). Opened from a step's menu or the data bar; one panel beside the map
// at a time. A share guest with the data view asks as a member does.
import { useEffect, useState } from 'react';
import { api } from '../../api/client';
import type { JourneyMap } from '../../api/model';
import type { WhatIfAnswer } from '../../api/whatif';
import { keys } from '../../app/server/keys';
import { useServerData } from '../../app/server/useServerData';
import { EmptyState, ErrorState } from '../../ui/States';
import { isBusy, valueOf } from '../../ui/load';
import { stepsOf } from '../map/state/queries';
import { EvidencePanelShell, describeRange, measuredShape, resolveRange, useEvidence, useOverlay } from '../mapData';
import { useDebounced } from './useDebounced';
import { WhatIfFigures } from './WhatIfFigures';
import { WhatIfIcon } from './WhatIfIcon';
import { WhatIfQuestion } from './WhatIfQuestion';
import { useWhatIfRequest } from './whatIfRequest';
import { WhatIfSkeleton } from './WhatIfSkeleton';
import { describeAnswered, funnelChoices, readAmount, type WhatIfInput } from './whatIfView';
import styles from './WhatIf.module.css';

/** Shown only while the what-if panel is the open evidence panel. */
export function WhatIfPanel({ workspaceId, map, saved }: { workspaceId: string; map: JourneyMap; saved: boolean }) {
  const { panel, close } = useEvidence();
  if (panel !== 'whatif') return null;
  return <WhatIfPanelOpen workspaceId={workspaceId} map={map} saved={saved} onClose={close} />;
}

interface Props { workspaceId: string; map: JourneyMap; saved: boolean; onClose: () => void }

function WhatIfPanelOpen({ workspaceId, map, saved, onClose }: Props) {
  const overlay = useOverlay();
  const { settings } = overlay;
  const range = resolveRange(settings.range, new Date());
  // The projection follows the bindings and the journey's ends once a change to them is saved.
  const [shape, setShape] = useState(() => measuredShape(map));
  const [savedMap, setSavedMap] = useState(map);
  const savedShape = saved ? measuredShape(map) : shape;
  if (savedShape !== shape) { setShape(savedShape); setSavedMap(map); }
  const choices = funnelChoices(saved ? map : savedMap);
  const request = useWhatIfRequest();
  const [stepId, setStepId] = useState(() => request?.stepId ?? choices[0]?.id ?? '');
  // Another step's "What if…" while the panel is open moves it to that step.
  const [seen, setSeen] = useState(request?.at);
  if (request && request.at !== seen) { setSeen(request.at); setStepId(request.stepId); }
  const chosen = choices.some((c) => c.id === stepId) ? stepId : choices[0]?.id ?? '';
  const [input, setInput] = useState<WhatIfInput>({ kind: 'conversion', points: '5', wait: '1', unit: 'days' });
  // Debounced as text: a new object every render would restart the wait forever.
  const asked = JSON.parse(useDebounced(JSON.stringify({ stepId: chosen, input }), 300)) as { stepId: string; input: WhatIfInput };
  const amount = readAmount(asked.input);
  const { load, retry } = useServerData<WhatIfAnswer>({
    key: keys.whatIf(workspaceId, map.id, [asked.stepId, asked.input.kind, amount.points, amount.waitSeconds, range.from, range.to, settings.segment, savedShape]),
    enabled: !range.error && !amount.error && asked.stepId !== '',
    keepPrevious: true,
    fetch: (signal) => api.whatIf.get(workspaceId, map.id, {
      stepId: asked.stepId, kind: asked.input.kind, points: amount.points, waitSeconds: amount.waitSeconds,
      from: range.from, to: range.to, segment: settings.segment,
    }, signal),
  });

  // The panel belongs to the data view: switching the view off closes it.
  useEffect(() => { if (!overlay.on) onClose(); }, [overlay.on, onClose]);

  const segmentName = settings.segment && overlay.segments.state === 'ready'
    ? overlay.segments.value.find((s) => s.id === settings.segment)?.name ?? 'a segment'
    : 'all customers';
  const names = new Map(stepsOf(map).map((r) => [r.step.id, r.step.name?.trim() || 'Untitled step']));
  const answer = valueOf(load);
  const current = answer && answer.step.id === asked.stepId ? answer : undefined;
  const outcomeName = current?.outcomeStepId ? names.get(current.outcomeStepId) ?? 'the outcome step' : 'the outcome step';
  const stepName = names.get(chosen) ?? 'this step';
  const typedError = readAmount(input).error;

  return (
    <EvidencePanelShell title="What if" testId="whatif-panel" focusTitle onClose={onClose} busy={isBusy(load)}
      icon={<WhatIfIcon />} className={styles.panel}>
      <p className={styles.scope} data-testid="whatif-scope">{describeRange(settings.range)}, {segmentName}</p>
      {choices.length === 0 ? (
        <div data-testid="whatif-empty">
          <EmptyState title="No step to ask about">
            Bind at least two of the map&apos;s steps to activities: a question is about a bound step and what happens before the next one.
          </EmptyState>
        </div>
      ) : (
        <>
          <WhatIfQuestion choices={choices} stepId={chosen} input={input} error={typedError} onStep={setStepId} onInput={setInput} />
          {range.error && <p className={styles.invalid} role="alert">{range.error}</p>}
          {!current && load.state !== 'error' && !range.error && !typedError && <WhatIfSkeleton />}
          {load.state === 'error' && <ErrorState title="The projection could not be loaded" error={load.error} onRetry={retry} />}
          {current && load.state !== 'error' && (
            <WhatIfFigures answer={current} stepName={stepName} outcomeName={outcomeName}
              question={describeAnswered(current, names.get(current.step.id) ?? 'this step', asked.input.unit)} />
          )}
        </>
      )}
    </EvidencePanelShell>
  );
}

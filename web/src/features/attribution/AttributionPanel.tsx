// Attribution beside the map: credit for the map's outcome by channel or by touchpoint under eight models side by
// side, for the data view's period and segment (so its conversions are the overlay's). Opened from the data bar;
// one panel beside the map at a time. A share guest with the data view reads it as a member does.
import { useEffect, useId, useState } from 'react';
import { api } from '../../api/client';
import type { AttributionAnswer, AttributionBy } from '../../api/attribution';
import type { JourneyMap } from '../../api/model';
import { keys } from '../../app/server/keys';
import { useServerData } from '../../app/server/useServerData';
import { ErrorState } from '../../ui/States';
import { isBusy, valueOf } from '../../ui/load';
import { stepsOf } from '../map/state/queries';
import { EvidencePanelShell, describeRange, formatCount, measuredShape, resolveRange, useEvidence, useOverlay, useStepFlash } from '../mapData';
import { AttributionIcon } from './AttributionIcon';
import { AttributionFigures } from './AttributionFigures';
import { AttributionSkeleton } from './AttributionSkeleton';
import { defaultSort, nextSort, type Sort } from './attributionView';
import styles from './Attribution.module.css';

/** How long a shown step stays lit. */

const choices: { id: AttributionBy; label: string }[] = [{ id: 'channel', label: 'By channel' }, { id: 'touchpoint', label: 'By touchpoint' }];

/** Shown only while the attribution panel is the open evidence panel. */
export function AttributionPanel({ workspaceId, map, saved }: { workspaceId: string; map: JourneyMap; saved: boolean }) {
  const { panel, close } = useEvidence();
  if (panel !== 'attribution') return null;
  return <AttributionPanelOpen workspaceId={workspaceId} map={map} saved={saved} onClose={close} />;
}

interface Props { workspaceId: string; map: JourneyMap; saved: boolean; onClose: () => void }

function AttributionPanelOpen({ workspaceId, map, saved, onClose }: Props) {
  const overlay = useOverlay();
  const { settings } = overlay;
  const range = resolveRange(settings.range, new Date());
  const [by, setBy] = useState<AttributionBy>('channel');
  const [sort, setSort] = useState<Sort>(() => defaultSort('channel'));
  // The credits follow the bindings and the journey's ends, once a change to them is saved.
  const [shape, setShape] = useState(() => measuredShape(map));
  const savedShape = saved ? measuredShape(map) : shape;
  if (savedShape !== shape) setShape(savedShape);
  const { load, retry } = useServerData<AttributionAnswer>({
    key: keys.attribution(workspaceId, map.id, [by, range.from, range.to, settings.segment, savedShape]),
    enabled: !range.error,
    keepPrevious: true,
    fetch: (signal) => api.attribution.get(workspaceId, map.id, { by, from: range.from, to: range.to, segment: settings.segment }, signal),
  });

  // The panel belongs to the data view: switching the view off closes it.
  useEffect(() => { if (!overlay.on) onClose(); }, [overlay.on, onClose]);

  const show = useStepFlash();

  const choose = (next: AttributionBy) => { setBy(next); setSort(defaultSort(next)); };
  const segmentName = settings.segment && overlay.segments.state === 'ready'
    ? overlay.segments.value.find((s) => s.id === settings.segment)?.name ?? 'a segment'
    : 'all customers';
  const answer = valueOf(load);
  // While another dimension loads, the last answer (of the other one) is not shown as this one.
  const current = answer && answer.by === by ? answer : undefined;
  const steps = stepsOf(map);
  const stepNames = new Map(steps.map((r) => [r.step.id, r.step.name?.trim() || 'Untitled step']));
  const outcomeName = current?.outcomeStepId ? stepNames.get(current.outcomeStepId) ?? 'the outcome step' : 'the outcome step';

  return (
    <EvidencePanelShell title="Attribution" testId="attribution-panel" focusTitle onClose={onClose} busy={isBusy(load)}
      icon={<AttributionIcon />} className={styles.panel}>
      <div className={styles.top}>
        <p className={styles.scope} data-testid="attribution-scope">
          {describeRange(settings.range)}, {segmentName}
          {current && current.conversions > 0 && <> · {formatCount(current.conversions)} {current.conversions === 1 ? 'conversion' : 'conversions'} at {outcomeName}</>}
        </p>
        <ByChoice by={by} onChoose={choose} />
      </div>
      {range.error && <p className={styles.invalid} role="alert">{range.error}</p>}
      {!current && load.state !== 'error' && !range.error && <AttributionSkeleton />}
      {load.state === 'error' && <ErrorState title="The attribution could not be loaded" error={load.error} onRetry={retry} />}
      {current && load.state !== 'error' && (
        <AttributionFigures answer={current} by={by} stepNames={stepNames} stepOrder={steps.map((r) => r.step.id)} outcomeName={outcomeName}
          sort={sort} onSort={(key) => setSort((s) => nextSort(s, key))} onShowStep={show} />
      )}
    </EvidencePanelShell>
  );
}

function ByChoice({ by, onChoose }: { by: AttributionBy; onChoose: (by: AttributionBy) => void }) {
  const name = useId();
  return (
    <div className={styles.segmented} role="radiogroup" aria-label="Credit by">
      {choices.map((c) => (
        <label key={c.id} className={styles.segment}>
          <input type="radio" name={name} value={c.id} checked={by === c.id} data-testid={`attribution-by-${c.id}`}
            onChange={() => onChoose(c.id)} />
          <span>{c.label}</span>
        </label>
      ))}
    </div>
  );
}

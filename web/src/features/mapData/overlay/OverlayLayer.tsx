// Holds the data view's state for an editing session: what to show (range, segments), the loaded overlay, the
// funnel panel and the segments dialog. Reads the Data switch from the bindings layer.
import { useQueryClient } from '@tanstack/react-query';
import { useCallback, useEffect, useMemo, useState, type ReactNode } from 'react';
import type { JourneyMap } from '../../../api/model';
import { segmentsChanged } from '../../../app/server/keys';
import { useBindings } from '../bindings/BindingsContext';
import { useMapSession } from '../../map/MapSession';
import { SegmentsDialog } from '../segments/SegmentsDialog';
import { OverlayContext, type OverlayApi, type StageView, type StepView } from './OverlayContext';
import { readSettings, writeSettings, type OverlaySettings } from './settings';
import { useOverlayLoad } from './useOverlayLoad';
import { useSegments } from './useSegments';

interface OverlayLayerProps {
  workspaceId: string;
  /** The map as last saved: the server measures that, so figures follow saved edits. */
  savedMap: JourneyMap;
  children: ReactNode;
}

export function OverlayLayer({ workspaceId, savedMap, children }: OverlayLayerProps) {
  const { map } = useMapSession();
  const { dataOn } = useBindings();
  const mapId = map.id;
  const [settings, setSettingsState] = useState<OverlaySettings>(() => readSettings(mapId));
  const setSettings = useCallback((next: OverlaySettings) => { setSettingsState(next); writeSettings(mapId, next); }, [mapId]);
  const [funnelOpen, setFunnelOpen] = useState(true);
  const [segmentsOpen, setSegmentsOpen] = useState(false);
  const segments = useSegments(workspaceId, dataOn);
  const client = useQueryClient();
  const { load, retry } = useOverlayLoad({ workspaceId, savedMap, active: dataOn, settings });

  // A segment deleted elsewhere falls back to all customers (or no comparison) instead of an error, before the
  // figures are asked for; the fallback is remembered like a choice.
  const [fallback, setFallback] = useState<{ mapId: string; settings: OverlaySettings } | null>(null);
  if (segments.state === 'ready') {
    const known = (id: string | null) => id === null || segments.value.some((s) => s.id === id);
    if (!known(settings.segment) || !known(settings.compare)) {
      const next = { ...settings, segment: known(settings.segment) ? settings.segment : null,
        compare: known(settings.compare) ? settings.compare : null };
      setSettingsState(next);
      setFallback({ mapId, settings: next });
    }
  }
  useEffect(() => { if (fallback) writeSettings(fallback.mapId, fallback.settings); }, [fallback]);

  const result = load.state === 'ready' ? load.value : null;
  const { steps, stages } = useMemo(() => index(result), [result]);

  const value = useMemo<OverlayApi>(() => ({
    workspaceId, on: dataOn, load, result, settings, setSettings, segments, retry,
    openSegments: () => setSegmentsOpen(true), funnelOpen, setFunnelOpen,
    step: (id) => steps.get(id), stage: (id) => stages.get(id),
  }), [workspaceId, dataOn, load, result, settings, setSettings, segments, retry, funnelOpen, steps, stages]);

  return (
    <OverlayContext.Provider value={value}>
      {children}
      {segmentsOpen && (
        <SegmentsDialog
          workspaceId={workspaceId}
          segments={segments}
          range={settings.range}
          onChanged={() => { void segmentsChanged(client, workspaceId); }}
          onClose={() => {
            setSegmentsOpen(false);
            // The keyboard carries on from the button that opened the dialog.
            requestAnimationFrame(() => document.querySelector<HTMLElement>('[data-testid="manage-segments"]')?.focus());
          }}
        />
      )}
    </OverlayContext.Provider>
  );
}

function index(result: OverlayApi['result']): { steps: Map<string, StepView>; stages: Map<string, StageView> } {
  const steps = new Map<string, StepView>();
  const stages = new Map<string, StageView>();
  if (!result) return { steps, stages };
  for (const series of result.series) {
    for (const figures of series.steps) {
      const view = steps.get(figures.stepId) ?? { series: [] };
      view.series.push(figures);
      steps.set(figures.stepId, view);
    }
    for (const figures of series.stages) {
      const view = stages.get(figures.stageId) ?? { series: [] };
      view.series.push(figures);
      stages.set(figures.stageId, view);
    }
  }
  for (const c of result.comparison ?? []) {
    const view = steps.get(c.stepId);
    if (view) view.comparison = c;
  }
  return { steps, stages };
}

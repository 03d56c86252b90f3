// What a step picker offers: the scope map's steps in map order (with their stage, and whether they are bound to
// data) and the workspace's activities; and how to name a chosen step.
import { api } from '../../../api/client';
import type { JourneyMap } from '../../../api/model';
import { keys } from '../../../app/server/keys';
import { useServerData } from '../../../app/server/useServerData';
import { valueOf, type Load } from '../../../ui/load';
import { useActivities } from '../../mapData';
import type { StepRef } from './stepRefs';

export interface MapStepOption {
  stepId: string;
  name: string;
  stageName: string;
  bound: boolean;
}

export interface StepOptions {
  map: JourneyMap | null;
  mapLoad: Load<JourneyMap>;
  mapSteps: MapStepOption[];
  activities: string[];
  nameOf: (ref: StepRef) => string;
}

export function mapStepOptions(map: JourneyMap | null): MapStepOption[] {
  return (map?.stages ?? []).flatMap((stage) => (stage.steps ?? []).map((step) => ({
    stepId: step.id,
    name: step.name || step.id,
    stageName: stage.name || 'Untitled stage',
    bound: (step.binding?.activities ?? []).some((a) => a.length > 0),
  })));
}

export function useStepOptions(workspaceId: string, mapId: string | null): StepOptions {
  const { load: mapLoad } = useServerData({
    key: [...keys.maps(workspaceId), mapId ?? ''],
    enabled: mapId !== null,
    keepFor: 30_000,
    fetch: async (signal) => (await api.maps.get(workspaceId, mapId!, signal)).value,
  });
  const map = mapId ? valueOf(mapLoad) ?? null : null;
  const activities = (valueOf(useActivities(workspaceId, true).load) ?? []).map((a) => a.name);
  const mapSteps = mapStepOptions(map);
  const byId = new Map(mapSteps.map((s) => [s.stepId, s]));
  const nameOf = (ref: StepRef) => (ref.stepId !== undefined ? byId.get(ref.stepId)?.name ?? ref.stepId : ref.activity);
  return { map, mapLoad, mapSteps, activities, nameOf };
}

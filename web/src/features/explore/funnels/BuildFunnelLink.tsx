// "Build a funnel" beside the map: opens Explore's funnel builder on the map's in-funnel steps, for the data view's
// period and segment, where the analyst can change the mode, window, exclusions and breakdown.
import type { OverlayResult } from '../../../api/overlay';
import { Link } from '../../../app/Link';
import type { TimeRange } from '../../mapData';
import { scopeSearch } from '../exploreScope';
import { defaultDefinition, definitionSearch } from './funnelDefinition';

interface Props {
  mapId: string;
  result: OverlayResult;
  settings: { range: TimeRange; segment: string | null };
}

export function BuildFunnelLink({ mapId, result, settings }: Props) {
  const steps = (result.series[0]?.steps ?? []).filter((s) => s.inFunnel).map((s) => ({ stepId: s.stepId }));
  if (steps.length < 2) return null;
  const search = definitionSearch({ ...defaultDefinition, steps }, scopeSearch({ range: settings.range, segment: settings.segment, mapId, source: null }));
  return (
    <Link href={`/explore${search}`} className="btn btn-sm" data-testid="build-funnel"
      title="Open these steps in Explore’s funnel builder: order, window, exclusions, breakdown and the customers behind each bar">
      Build a funnel
    </Link>
  );
}

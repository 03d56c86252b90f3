// The live count of the segment being edited: asked a moment after the conditions stop changing, for the period the
// data bar shows, so the figure is the one the map will show for the saved segment.
import { useEffect, useState } from 'react';
import { api } from '../../../api/client';
import type { SegmentConditions, SegmentPreview } from '../../../api/segments';
import { keys } from '../../../app/server/keys';
import { useServerData } from '../../../app/server/useServerData';
import type { Load } from '../../../ui/load';

/** How long the conditions must stay still before they are counted (ms). */
export const previewDelayMs = 350;

export interface Period { from: string | null; to: string | null }

export function useSegmentPreview(workspaceId: string, conditions: SegmentConditions | null, period: Period): Load<SegmentPreview> {
  const text = conditions ? JSON.stringify(conditions) : null;
  const [settled, setSettled] = useState(text);
  useEffect(() => {
    const timer = window.setTimeout(() => setSettled(text), previewDelayMs);
    return () => window.clearTimeout(timer);
  }, [text]);
  const { load } = useServerData({
    key: keys.segmentPreview(workspaceId, [settled, period.from, period.to]),
    enabled: settled !== null,
    keepPrevious: true,
    fetch: (signal) => api.segments.preview(workspaceId, { conditions: JSON.parse(settled!) as SegmentConditions }, period, signal),
  });
  return load;
}

/** The names the data does not know, in words: activity “Payed”, attribute “plan”, channel “tv”. */
export function unknownNames(p: SegmentPreview): string[] {
  const quote = (kind: string) => (name: string) => `${kind} “${name}”`;
  return [...p.unknownActivities.map(quote('activity')), ...p.unknownAttributes.map(quote('attribute')), ...p.unknownChannels.map(quote('channel'))];
}

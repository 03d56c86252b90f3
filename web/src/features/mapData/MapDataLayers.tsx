// The state the map's data views share for one editing session, as one provider the editor wraps its page in:
// the bindings (the Data switch, the binding dialog), the data view's overlay and segments, the open evidence panel
// and the feedback placed on the map. The order matters: each layer reads the ones around it.
import type { ReactNode } from 'react';
import type { JourneyMap } from '../../api/model';
import { BindingsLayer } from './bindings/BindingsLayer';
import { EvidenceLayer } from './evidence/EvidenceLayer';
import { FeedbackLayer } from './feedback/FeedbackLayer';
import { OverlayLayer } from './overlay/OverlayLayer';

interface MapDataLayersProps {
  workspaceId: string;
  /** The map as last saved: the server measures that, so figures follow saved edits. */
  savedMap: JourneyMap;
  /**
   * A shared map's guest (ADR "share links"): bindings are shown, never edited; without `dataAllowed` (a link
   * without the data view) nothing of the map's data is drawn or asked for.
   */
  guest?: { dataAllowed: boolean };
  /** A member below editor: the bindings are shown, never edited. */
  readOnly?: boolean;
  children: ReactNode;
}

export function MapDataLayers({ workspaceId, savedMap, guest, readOnly, children }: MapDataLayersProps) {
  return (
    <BindingsLayer workspaceId={workspaceId} guest={guest} readOnly={readOnly}>
      <OverlayLayer workspaceId={workspaceId} savedMap={savedMap}>
        <EvidenceLayer>
          <FeedbackLayer workspaceId={workspaceId} savedMap={savedMap}>
            {children}
          </FeedbackLayer>
        </EvidenceLayer>
      </OverlayLayer>
    </BindingsLayer>
  );
}

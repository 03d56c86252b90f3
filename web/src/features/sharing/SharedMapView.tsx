// A shared map as its guest sees it: the workspace's name, the map in a read-only grid (zoom, votes and comments when
// the link allows them, the data view when it includes it) and a way to leave. Nothing else of the workspace is
// linked. A view link's guest reads the map's threads (the server lets them) but writes none.
import { useCallback, useMemo, useRef, useState } from 'react';
import type { JourneyMap } from '../../api/model';
import type { SharedMap } from '../../api/sharing';
import { MapGrid } from '../editor/grid/MapGrid';
import { mapGridId } from '../editor/grid/gridDom';
import { SkipLink } from '../../ui/SkipLink';
import { fitZoom } from '../editor/grid/zoom';
import { ZoomControl } from '../editor/toolbar/ZoomControl';
import { MapSessionContext, type MapSession } from '../map/MapSession';
import { stepsOf } from '../map/state/queries';
import { DataBar, DataToggle, MapDataLayers, MapDataPanels } from '../mapData';
import { AttributionPanel } from '../attribution/AttributionPanel';
import { WhatIfPanel } from '../whatif/WhatIfPanel';
import { CellCommentMenu, CommentsButton, CommentsLayer, CommentsPanel } from '../comments';
import { VoteBudget } from '../votes/VoteBudget';
import { VoteRefusal } from '../votes/VoteRefusal';
import { VotesLayer } from '../votes/VotesLayer';
import { mapKindLabels } from '../../ui/kinds';
import styles from './Guest.module.css';
import { BrandMark } from '../../ui/BrandMark';
import { ImageWorkspaceContext } from '../images/imageWorkspace';

const nothing = () => undefined;

export function SharedMapView({ shared, map, onLeave }: { shared: SharedMap; map: JourneyMap; onLeave: () => void }) {
  const [zoom, setZoom] = useState(1);
  const scroller = useRef<HTMLDivElement | null>(null);
  const guest = useMemo(() => ({ dataAllowed: shared.includesData }), [shared.includesData]);
  // A guest cannot list the workspace's members, so there is nobody to @mention.
  const comments = useMemo(() => ({ comment: shared.access === 'comment', mentions: false }), [shared.access]);
  const session = useMemo<MapSession>(() => ({ map, dispatch: nothing, seal: nothing, personaFilter: null }), [map]);
  const fit = useCallback(() => {
    const width = scroller.current?.clientWidth ?? window.innerWidth;
    setZoom(fitZoom(width - 24, Math.max(1, stepsOf(map).length)));
  }, [map]);

  return (
    <MapSessionContext.Provider value={session}>
      <ImageWorkspaceContext.Provider value={shared.workspaceId}>
      <VotesLayer workspaceId={shared.workspaceId} mapId={shared.mapId}>
        <MapDataLayers workspaceId={shared.workspaceId} savedMap={map} guest={guest}>
          <CommentsLayer workspaceId={shared.workspaceId} mapId={shared.mapId} access={comments}>
          <CellCommentMenu>
          <div className={styles.page} data-testid="shared-map">
            <SkipLink target={mapGridId}>Skip to map</SkipLink>
            <header className={styles.bar}>
              <span className={styles.brand}>
                <BrandMark />
                Waymark
              </span>
              <span className={styles.workspace} data-testid="shared-workspace" title={shared.workspaceName}>{shared.workspaceName}</span>
              <h1 className={styles.mapName} title={map.name}>{map.name}</h1>
              <span className="badge badge-accent">{mapKindLabels[map.kind ?? 'custom']}</span>
              <span className="badge" data-testid="access-badge"
                title={shared.access === 'comment' ? 'You can read the map, comment on it and vote on ideas' : 'You can read the map and its comments'}>
                {shared.access === 'comment' ? 'Can comment' : 'View only'}
              </span>
              <span className={styles.spacer} />
              <VoteBudget />
              <ZoomControl zoom={zoom} onZoom={setZoom} onFit={fit} />
              {shared.includesData && <DataToggle />}
              <CommentsButton />
              <span className={styles.guest}>{shared.guestName}</span>
              <button type="button" className="btn btn-sm" onClick={onLeave} data-testid="shared-leave">Leave</button>
            </header>
            {shared.includesData && <DataBar />}
            <div className={styles.workArea}>
              <main className={styles.gridArea}>
                <MapGrid map={map} zoom={zoom} personaFilter={null} dispatch={nothing} seal={nothing} notify={nothing}
                  scrollerRef={scroller} readOnly />
              </main>
              {shared.includesData && <MapDataPanels workspaceId={shared.workspaceId} map={map} saved />}
              {shared.includesData && <AttributionPanel workspaceId={shared.workspaceId} map={map} saved />}
              {shared.includesData && <WhatIfPanel workspaceId={shared.workspaceId} map={map} saved />}
              <CommentsPanel />
            </div>
            <VoteRefusal />
          </div>
          </CellCommentMenu>
          </CommentsLayer>
        </MapDataLayers>
      </VotesLayer>
      </ImageWorkspaceContext.Provider>
    </MapSessionContext.Provider>
  );
}

// What the map's data views offer the editor, and all it may import of them (lint keeps it so): the layers it wraps
// an editing session in, the panels beside the grid, and the pieces it places in its own slots (the top bar, the
// step and stage headers, the emotion curve, the pain points' links). The views read the open map through
// features/map and never import the editor (docs/adr/010-web-map-data-views.md).
export { MapDataLayers } from './MapDataLayers';
export { MapDataPanels } from './MapDataPanels';

// The top bar and the bar under it.
export { DataToggle } from './bindings/DataToggle';
export { EvidenceMenu } from './evidence/EvidenceMenu';
export { DataBar } from './overlay/DataBar';

// The step and stage headers.
export { StepDataBadge } from './bindings/StepDataBadge';
export { useBindings } from './bindings/BindingsContext';
export { JourneyEndFlags } from './overlay/JourneyEndFlags';
export { StepFiguresView } from './overlay/StepFiguresView';
export { StageFiguresView } from './overlay/StageFiguresView';
export { StepFeedbackLine } from './feedback/StepFeedbackLine';

// The measured emotion curve and the pain points' links to activities.
export { useFeedback } from './feedback/FeedbackContext';
export { formatSentiment, sentimentOnScale, texts } from './feedback/feedbackFormat';
export { useActivities } from './bindings/useActivities';

// Evidence on pain points, ideas and moments of truth: the count on a card and the list it opens.
export { CitationsBadge } from './citations/CitationsBadge';
export { removeCitation } from './citations/citations';

// The Export menu and printing: the data view's period, segment and segments, so a file measures what the screen does.
export { useOverlay } from './overlay/OverlayContext';
export { useSegments } from './overlay/useSegments';
export { rangePresets, resolveRange, type RangePreset, type TimeRange } from './overlay/ranges';

// One customer's events in order (Explore shows the timeline of a customer behind a funnel bar).
export { TimelineEvents } from './timeline/TimelineEvents';

// The overlay's number words, so Explore writes counts, shares and durations as the map does.
export { formatCount, formatDuration, formatShare, spellDuration } from './overlay/format';

// Attribution beside the map (features/attribution): the evidence panels' frame and state, the data view's period in
// words, what in the map moves the figures, and the way to show and light a step on the grid.
export { EvidencePanelShell } from './evidence/EvidencePanelShell';
export { useEvidence } from './evidence/EvidenceContext';
export { describeRange } from './overlay/ranges';
export { measuredShape } from './overlay/useOverlayLoad';
export { useStepFlash } from './insights/useStepFlash';

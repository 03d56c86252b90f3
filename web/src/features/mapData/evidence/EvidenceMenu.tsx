// The top bar's way into the evidence panels: actual paths over the map's steps, a customer's timeline, and the map's
// journey rules (what acts on customers at its steps), and the live view of the steps (features/live).
import { MenuButton } from '../../../ui/MenuButton';
import { useOverlay } from '../overlay/OverlayContext';
import { useBindings } from '../bindings/BindingsContext';
import { useEvidence } from './EvidenceContext';

export function EvidenceMenu() {
  const { hasBindings, dataOn } = useBindings();
  const { open: openPanel, live, setLive } = useEvidence();
  const { setFunnelOpen } = useOverlay();
  // One panel beside the map at a time keeps the grid readable at 1366 px.
  const open = (panel: 'paths' | 'timeline' | 'rules') => { setFunnelOpen(false); openPanel(panel); };
  if (!hasBindings && !dataOn) return null;
  return (
    <span data-testid="evidence-menu" style={{ display: 'contents' }}>
      <MenuButton
        label="Evidence: actual paths, a customer timeline, journey rules or the live view"
        buttonClassName="btn btn-sm"
        items={[
          { label: 'Actual paths', onSelect: () => open('paths') },
          { label: 'Customer timeline…', onSelect: () => open('timeline') },
          { label: 'Journey rules', onSelect: () => open('rules'), separatorBefore: true },
          { label: live ? 'Turn off the live view' : 'Live view: in flight and stalled now', onSelect: () => setLive(!live) },
        ]}
      >
        <PathsIcon /> Evidence
      </MenuButton>
    </span>
  );
}

export function PathsIcon() {
  return (
    <svg width="14" height="14" viewBox="0 0 16 16" aria-hidden="true" fill="none" stroke="currentColor" strokeWidth="1.6" strokeLinecap="round">
      <circle cx="3" cy="4" r="1.8" /><circle cx="13" cy="4" r="1.8" /><circle cx="8" cy="12.5" r="1.8" />
      <path d="M4.8 4h6.4M4.2 5.5l2.7 5.4M11.8 5.5l-2.7 5.4" />
    </svg>
  );
}

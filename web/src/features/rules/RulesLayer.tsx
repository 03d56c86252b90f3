// Holds the rules panel's view for an editing session and opens the panel (one of the evidence panels, so one panel
// shows beside the map at a time) when a step's menu starts a rule.
import { useCallback, useMemo, useState, type ReactNode } from 'react';
import { useMapSession } from '../map/MapSession';
import { stepsOf } from '../map/state/queries';
import { useEvidence, useOverlay } from '../mapData';
import { reachDraft, stallDraft } from './ruleForm';
import { RulesContext, type RulesApi, type RulesView } from './RulesContext';

const label = (name: string | undefined) => name?.trim() || 'Untitled step';

export function RulesLayer({ children }: { children: ReactNode }) {
  const { map } = useMapSession();
  const evidence = useEvidence();
  const { setFunnelOpen } = useOverlay();
  const [view, setView] = useState<RulesView>({ kind: 'list' });
  const { open, panel } = evidence;
  // Closed, the panel forgets where it was: the Evidence menu opens it on the whole list again.
  if (panel !== 'rules' && (view.kind !== 'list' || view.stepId !== undefined)) setView({ kind: 'list' });
  const show = useCallback((next: RulesView) => {
    setView(next);
    setFunnelOpen(false);
    open('rules');
  }, [open, setFunnelOpen]);
  const startStall = useCallback((stepId: string) => {
    const steps = stepsOf(map);
    const at = steps.findIndex((r) => r.step.id === stepId);
    if (at < 0) return;
    const step = steps[at]!.step;
    const next = steps[at + 1]?.step;
    show({ kind: 'edit', draft: stallDraft({ id: step.id, name: label(step.name) }, next && { id: next.id, name: label(next.name) }) });
  }, [map, show]);
  const startReach = useCallback((stepId: string) => {
    const step = stepsOf(map).find((r) => r.step.id === stepId)?.step;
    if (step) show({ kind: 'edit', draft: reachDraft({ id: step.id, name: label(step.name) }) });
  }, [map, show]);
  const api = useMemo<RulesApi>(() => ({ view, show, startStall, startReach }), [view, show, startStall, startReach]);
  return <RulesContext.Provider value={api}>{children}</RulesContext.Provider>;
}

// The rules beside the map (one of the evidence panels): the map's rules, one rule with its firings and their
// deliveries, or the rule editor. Opened from the Evidence menu, or from a step's menu to start a rule there.
import { useMemo } from 'react';
import type { JourneyMap } from '../../api/model';
import { useCan } from '../../app/workspace';
import { stepsOf } from '../map/state/queries';
import { EvidencePanelShell, useEvidence, useSegments } from '../mapData';
import { RuleDetail } from './RuleDetail';
import { RuleEditor } from './RuleEditor';
import { RuleList } from './RuleList';
import { RulesIcon } from './RulesIcon';
import { useRules } from './RulesContext';
import type { Names } from './ruleSummary';
import { useMapRules } from './useMapRules';
import styles from './Rules.module.css';

export interface StepOption { id: string; label: string }

/** Shown only while the rules panel is the open evidence panel. */
export function RulesPanel({ workspaceId, map }: { workspaceId: string; map: JourneyMap }) {
  const { panel, close } = useEvidence();
  if (panel !== 'rules') return null;
  return <RulesPanelOpen workspaceId={workspaceId} map={map} onClose={close} />;
}

function RulesPanelOpen({ workspaceId, map, onClose }: { workspaceId: string; map: JourneyMap; onClose: () => void }) {
  const { view } = useRules();
  const canEdit = useCan('editor');
  const rules = useMapRules(workspaceId, map.id);
  const segments = useSegments(workspaceId, true);
  const segmentList = useMemo(() => (segments.state === 'ready' ? segments.value : []), [segments]);
  const steps = useMemo<StepOption[]>(() => stepsOf(map).map((r) => ({ id: r.step.id, label: r.step.name?.trim() || 'Untitled step' })), [map]);
  const names = useMemo<Names>(() => {
    const byStep = new Map(steps.map((s) => [s.id, s.label]));
    const bySegment = new Map(segmentList.map((s) => [s.id, s.name]));
    return { step: (id) => byStep.get(id), segment: (id) => bySegment.get(id) };
  }, [steps, segmentList]);
  const title = view.kind === 'edit' ? (view.ruleId ? 'Edit rule' : 'New rule') : 'Rules';
  return (
    <EvidencePanelShell title={title} testId="rules-panel" focusTitle onClose={onClose} icon={<RulesIcon />} className={styles.panel}>
      {view.kind === 'list' && <RuleList workspaceId={workspaceId} rules={rules} names={names} canEdit={canEdit} stepId={view.stepId} />}
      {view.kind === 'rule' && <RuleDetail workspaceId={workspaceId} mapId={map.id} ruleId={view.ruleId} rules={rules} names={names} canEdit={canEdit} />}
      {view.kind === 'edit' && (
        <RuleEditor key={view.ruleId ?? `new-${view.draft.kind}-${view.draft.stepId}`} workspaceId={workspaceId} mapId={map.id} initial={view.draft}
          ruleId={view.ruleId} steps={steps} segments={segmentList} save={rules.save} canEdit={canEdit} />
      )}
    </EvidencePanelShell>
  );
}

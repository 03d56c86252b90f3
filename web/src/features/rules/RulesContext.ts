// What the rules panel beside the map shows (the map's rules, one rule with its firings, or the rule editor) and the
// ways in: a step's menu starts a rule on that step, the Evidence menu opens the list.
import { createContext, useContext } from 'react';
import type { RuleDraft } from './ruleForm';

export type RulesView =
  /** `stepId`: only the rules that start or end at this step (the live view's rules marker opens it so). */
  | { kind: 'list'; stepId?: string }
  | { kind: 'rule'; ruleId: string }
  /** `ruleId` when an existing rule is edited; a new rule otherwise. */
  | { kind: 'edit'; draft: RuleDraft; ruleId?: string };

export interface RulesApi {
  view: RulesView;
  show: (view: RulesView) => void;
  /** Opens the editor on a new stall rule from this step to the next. */
  startStall: (stepId: string) => void;
  startReach: (stepId: string) => void;
}

const none: RulesApi = { view: { kind: 'list' }, show: () => {}, startStall: () => {}, startReach: () => {} };

export const RulesContext = createContext<RulesApi | null>(null);

export function useRules(): RulesApi {
  return useContext(RulesContext) ?? none;
}

// What the rules offer the editor: the layer that holds the rules panel's view, the panel beside the grid, and the
// way a step's menu starts a rule on that step.
export { RulesLayer } from './RulesLayer';
export { RulesPanel } from './RulesPanel';
export { useRules } from './RulesContext';

export function ScopePanel() { return null; }

// Marks the evidence panels lay on the grid's step columns, written as one small style sheet keyed by step id, so
// the grid's own components need no knowledge of the panels: a customer's visited steps (with how many of their
// events each holds), the step of the event in focus, steps nobody reaches, and a step briefly lit up when a panel
// shows it (the insights panel's "Show step").

export interface StepMarks {
  /** Step id → events of the customer on it. */
  visited?: Record<string, number>;
  /** The step of the event the person is looking at. */
  selected?: string | null;
  /** Bound steps no customer reaches. */
  unreached?: string[];
  /** The steps of the move the person points at in the paths panel. */
  route?: string[];
  /** A step lit up for a moment; a new nonce starts the light again on the same step. */
  flash?: { stepId: string; nonce: number } | null;
}

/** An attribute-selector string literal for any id (ids are letters, digits, '-' and '_', but be safe). */
export function cssString(text: string): string {
  return `"${text.replace(/\\/g, '\\\\').replace(/"/g, '\\"').replace(/\n/g, '\\a ')}"`;
}

const grid = '[data-testid="map-grid"]';
const header = (id: string) => `${grid} [data-testid="step-header"][data-step-id=${cssString(id)}]`;
const cells = (id: string) => `${grid} [role="gridcell"][data-testid$=${cssString(`-${id}`)}]`;

/** The style sheet for the marks; empty when there is nothing to mark. */
export function stepMarksCss(marks: StepMarks | null): string {
  if (!marks) return '';
  const rules: string[] = [];
  for (const id of marks.unreached ?? []) {
    rules.push(`${header(id)} { position: relative; background: repeating-linear-gradient(135deg, var(--bg) 0 6px, var(--danger-soft) 6px 12px); box-shadow: inset 0 -3px 0 var(--danger); }`);
    rules.push(`${header(id)}::after { content: "Unreached"; position: absolute; right: 6px; bottom: 6px; zoom: var(--zoom, 1); padding: 0 6px; border-radius: 999px; background: var(--danger); color: #fff; font-size: 11px; font-weight: 600; line-height: 18px; }`);
    rules.push(`${cells(id)} { background-image: repeating-linear-gradient(135deg, transparent 0 6px, rgba(180, 35, 24, 0.05) 6px 12px); }`);
  }
  for (const [id, count] of Object.entries(marks.visited ?? {})) {
    const selected = marks.selected === id;
    rules.push(`${header(id)} { position: relative; background: var(--accent-soft); box-shadow: inset 0 -3px 0 var(--accent)${selected ? ', inset 0 0 0 2px var(--accent)' : ''}; }`);
    rules.push(`${header(id)}::after { content: ${cssString(String(count))}; position: absolute; right: 6px; bottom: 6px; zoom: max(var(--zoom, 1), 0.9); min-width: 18px; padding: 0 5px; border-radius: 999px; background: var(--accent); color: var(--on-accent); font-size: 11px; font-weight: 700; line-height: 18px; text-align: center; }`);
    rules.push(`${cells(id)} { background-image: linear-gradient(rgba(47, 91, 211, ${selected ? '0.13' : '0.06'}), rgba(47, 91, 211, ${selected ? '0.13' : '0.06'}));${selected ? ' box-shadow: inset 2px 0 0 var(--accent), inset -2px 0 0 var(--accent);' : ''} }`);
  }
  for (const id of marks.route ?? []) {
    rules.push(`${header(id)} { box-shadow: inset 0 0 0 2px var(--accent), inset 0 -3px 0 var(--accent); background: var(--accent-soft); }`);
    rules.push(`${cells(id)} { background-image: linear-gradient(rgba(47, 91, 211, 0.1), rgba(47, 91, 211, 0.1)); }`);
  }
  if (marks.flash) rules.push(...flashRules(marks.flash.stepId, marks.flash.nonce));
  return rules.join('\n');
}

/** An accent ring and tint that fade out over two seconds (a still ring for people who ask for less motion). */
function flashRules(id: string, nonce: number): string[] {
  const name = `step-flash-${Math.abs(Math.trunc(nonce))}`;
  return [
    `@keyframes ${name} { 0%, 45% { box-shadow: inset 0 0 0 3px var(--accent); background-color: var(--accent-soft); } 100% { box-shadow: inset 0 0 0 0 transparent; } }`,
    `${header(id)}, ${cells(id)} { animation: ${name} 2.4s ease-out 1; }`,
    `@media (prefers-reduced-motion: reduce) { ${header(id)}, ${cells(id)} { animation: none; box-shadow: inset 0 0 0 3px var(--accent); } }`,
  ];
}

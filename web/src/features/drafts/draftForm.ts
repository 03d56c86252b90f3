// The "Draft from data" form's rules, kept pure: a name (optional) and how many steps at most (3..40).

export const minSteps = 3;
export const maxSteps = 40;
export const defaultSteps = 12;
export const maxNameLength = 200;

export interface DraftForm {
  name: string;
  steps: string;
}

export interface DraftProblems {
  name?: string;
  steps?: string;
}

export function validateDraft(form: DraftForm): DraftProblems {
  const problems: DraftProblems = {};
  if (form.name.trim().length > maxNameLength) problems.name = `Keep the name under ${maxNameLength} characters.`;
  const text = form.steps.trim();
  const n = Number(text);
  if (!/^\d+$/.test(text) || n < minSteps || n > maxSteps) problems.steps = `Choose a whole number from ${minSteps} to ${maxSteps}.`;
  return problems;
}

/** The request body for a valid form; a blank name lets the server choose one. */
export function draftRequest(form: DraftForm): { name?: string; maxSteps: number } {
  const name = form.name.trim();
  return name ? { name, maxSteps: Number(form.steps.trim()) } : { maxSteps: Number(form.steps.trim()) };
}

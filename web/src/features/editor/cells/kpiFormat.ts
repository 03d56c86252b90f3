// How a KPI target reads ("70%", "3 days") and how a typed target becomes a number.

export function formatTarget(target: number | undefined, unit: string | undefined): string {
  if (target === undefined) return unit ?? '';
  const number = target.toLocaleString('en-US', { maximumFractionDigits: 4 });
  if (!unit) return number;
  return unit === '%' ? `${number}%` : `${number} ${unit}`;
}

/** A typed number (a decimal comma is accepted), or undefined when blank or not a number. */
export function parseTarget(text: string): number | undefined {
  const t = text.trim().replace(',', '.');
  if (t === '') return undefined;
  const n = Number(t);
  return Number.isFinite(n) ? n : undefined;
}

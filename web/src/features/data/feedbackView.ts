// How the Data page reads feedback: names of sources and score types, the summary's breakdowns and one item's score.

export const sourceLabels: Record<string, string> = {
  survey: 'Survey', review: 'Review', chat: 'Chat', call: 'Call', social: 'Social', email: 'Email', other: 'Other',
};

export const scoreTypeLabels: Record<string, string> = {
  nps: 'NPS', csat: 'CSAT', ces: 'CES', rating: 'Rating', none: 'No score',
};

/** The highest score of each scale (NPS 0-10, CSAT 1-5, CES 1-7, rating 1-5). */
const scaleTop: Record<string, number> = { nps: 10, csat: 5, ces: 7, rating: 5 };

export interface BreakdownRow {
  key: string;
  label: string;
  count: number;
  /** Of the largest row, 0..1, for the bar's length. */
  share: number;
}

/** A summary's counts by key as rows, largest first (then by label), leaving out zeros; unknown keys keep their name. */
export function breakdown(counts: Partial<Record<string, number>>, labels: Record<string, string>): BreakdownRow[] {
  const rows = Object.entries(counts)
    .filter((e): e is [string, number] => typeof e[1] === 'number' && e[1] > 0)
    .map(([key, count]) => ({ key, label: labels[key] ?? key, count }));
  rows.sort((a, b) => b.count - a.count || a.label.localeCompare(b.label));
  const top = rows[0]?.count ?? 0;
  return rows.map((r) => ({ ...r, share: top > 0 ? r.count / top : 0 }));
}

/** "NPS 4/10", "CSAT 5/5", "Rating 4.5/5"; null without a score. */
export function formatScore(scoreType: string | null | undefined, score: number | null | undefined): string | null {
  if (score === null || score === undefined || !Number.isFinite(score) || !scoreType || scoreType === 'none') return null;
  const label = scoreTypeLabels[scoreType] ?? scoreType;
  const value = Number.isInteger(score) ? String(score) : score.toFixed(1);
  const top = scaleTop[scoreType];
  return top ? `${label} ${value}/${top}` : `${label} ${value}`;
}

/** Whether a score is low, middling or high on its scale (NPS: detractor, passive, promoter). */
export function scoreTone(scoreType: string | null | undefined, score: number | null | undefined): 'low' | 'mid' | 'high' | null {
  if (score === null || score === undefined || !scoreType) return null;
  switch (scoreType) {
    case 'nps': return score <= 6 ? 'low' : score <= 8 ? 'mid' : 'high';
    case 'csat': case 'rating': return score <= 2 ? 'low' : score < 4 ? 'mid' : 'high';
    case 'ces': return score <= 3 ? 'low' : score < 5 ? 'mid' : 'high';
    default: return null;
  }
}

/** "12 Nov 2026, 14:05" in UTC, as the files' times are. */
export function formatTime(iso: string): string {
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return iso;
  return date.toLocaleString('en-GB', {
    day: 'numeric', month: 'short', year: 'numeric', hour: '2-digit', minute: '2-digit', timeZone: 'UTC',
  });
}

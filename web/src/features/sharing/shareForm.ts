// The Share dialog's form: what a person picks, and the request it becomes.
import type { ShareAccess } from '../../api/sharing';

export type Expiry = 'never' | '1d' | '7d' | '30d' | 'date';

export interface ShareForm {
  access: ShareAccess;
  passcode: string;
  expiry: Expiry;
  /** yyyy-mm-dd, for expiry 'date': the link works until the end of that day (local time). */
  date: string;
  includesData: boolean;
  label: string;
}

export const emptyShareForm: ShareForm = { access: 'view', passcode: '', expiry: 'never', date: '', includesData: false, label: '' };

export const expiryLabels: Record<Expiry, string> = { never: 'Never', '1d': 'In 1 day', '7d': 'In 7 days', '30d': 'In 30 days', date: 'On a date…' };

const days: Partial<Record<Expiry, number>> = { '1d': 1, '7d': 7, '30d': 30 };

/** When the link stops working, or null for never; undefined when the chosen date is missing or past. */
export function expiresAt(form: ShareForm, now: Date): Date | null | undefined {
  const n = days[form.expiry];
  if (n !== undefined) return new Date(now.getTime() + n * 86_400_000);
  if (form.expiry === 'never') return null;
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(form.date);
  if (!match) return undefined;
  const end = new Date(Number(match[1]), Number(match[2]) - 1, Number(match[3]), 23, 59, 59);
  return end.getTime() > now.getTime() ? end : undefined;
}

/** What is wrong with the form, in words, or null when it can be sent. */
export function formProblem(form: ShareForm, now: Date): string | null {
  if (form.passcode.length > 0 && form.passcode.length < 4) return 'A passcode needs at least 4 characters.';
  if (form.passcode.length > 128) return 'A passcode may have at most 128 characters.';
  if (expiresAt(form, now) === undefined) return 'Pick an expiry date after today.';
  return null;
}

export function shareRequest(form: ShareForm, now: Date) {
  return {
    access: form.access,
    passcode: form.passcode.length > 0 ? form.passcode : null,
    expiresAt: expiresAt(form, now)?.toISOString() ?? null,
    includesData: form.includesData,
    label: form.label.trim() || null,
  };
}

/** The address to hand out for a token: this server's origin and /s/<token>. */
export function shareUrl(origin: string, path: string): string {
  return `${origin}${path}`;
}

/** A day as people write it here ("12 Dec 2026"), for when a link expires. */
export function shortDate(iso: string): string {
  const d = new Date(iso);
  return Number.isNaN(d.getTime()) ? '' : d.toLocaleDateString(undefined, { day: 'numeric', month: 'short', year: 'numeric' });
}

// A comment's body is plain text in which a mention is the token @[Display Name](userId) (the server checks each id
// against the workspace's members). The composer shows a mention as "@Display Name" and keeps the people picked from
// the list beside the text; these functions go between the two and split a body into text and mentions for display.

export interface Mentioned {
  userId: string;
  displayName: string;
}

export type BodyPart = { text: string } | { mention: Mentioned };

const token = /@\[([^[\]\r\n]{1,200})\]\(([^()\s]{1,200})\)/g;

/** The body as text and mentions, in order; nothing in it is ever markup. */
export function parseBody(body: string): BodyPart[] {
  const parts: BodyPart[] = [];
  let at = 0;
  for (const m of body.matchAll(token)) {
    if (m.index > at) parts.push({ text: body.slice(at, m.index) });
    parts.push({ mention: { displayName: m[1]!, userId: m[2]! } });
    at = m.index + m[0].length;
  }
  if (at < body.length) parts.push({ text: body.slice(at) });
  return parts;
}

/** A stored body as the composer shows it: "@Name" for each token, and who those names are. */
export function toDraft(body: string): { text: string; picked: Mentioned[] } {
  const picked: Mentioned[] = [];
  const text = body.replace(token, (_, displayName: string, userId: string) => {
    if (!picked.some((p) => p.userId === userId)) picked.push({ userId, displayName });
    return `@${displayName}`;
  });
  return { text, picked };
}

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** The body to send: each "@Name" of a person picked from the list becomes their token; longer names win. */
export function fromDraft(text: string, picked: readonly Mentioned[]): string {
  const names = [...picked].sort((a, b) => b.displayName.length - a.displayName.length);
  if (names.length === 0) return text.trim();
  const pattern = new RegExp(`@(${names.map((p) => escape(p.displayName)).join('|')})`, 'g');
  return text.replace(pattern, (whole, name: string) => {
    const person = names.find((p) => p.displayName === name);
    return person ? `@[${name.replace(/[[\]]/g, ' ')}](${person.userId})` : whole;
  }).trim();
}

/** The "@query" being typed just before the caret, if any: where it starts and what follows the @. */
export function mentionAt(text: string, caret: number): { start: number; query: string } | null {
  const before = text.slice(0, caret);
  const at = before.lastIndexOf('@');
  if (at < 0) return null;
  if (at > 0 && !/[\s([{"']/.test(before[at - 1]!)) return null; // an e-mail address, not a mention
  const query = before.slice(at + 1);
  if (query.length > 40 || /[\n@]/.test(query) || /^\s/.test(query)) return null;
  return { start: at, query };
}

/** The text with "@query" at `start` replaced by "@Name " and the caret after it. */
export function insertMention(text: string, start: number, caret: number, person: Mentioned): { text: string; caret: number } {
  const inserted = `@${person.displayName} `;
  return { text: text.slice(0, start) + inserted + text.slice(caret), caret: start + inserted.length };
}

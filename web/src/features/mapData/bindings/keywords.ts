// A step's feedback keywords as the binding dialog edits them: added one at a time (Enter or a comma), removed by
// index, within the file format's limits (at most 20 keywords of at most 100 characters, no repeats in any case).
export const maxKeywords = 20;
export const maxKeywordLength = 100;

const same = (a: string, b: string) => a.toLocaleLowerCase() === b.toLocaleLowerCase();

/** Trims a typed keyword and folds runs of white space into one space. */
export function cleanKeyword(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

/** Adds a typed keyword; the list is unchanged and `error` says why when it cannot be added. */
export function addKeyword(list: readonly string[], text: string): { list: string[]; error?: string } {
  const keyword = cleanKeyword(text);
  if (!keyword) return { list: [...list], error: 'Type a word or phrase.' };
  if (keyword.length > maxKeywordLength) {
    return { list: [...list], error: `A keyword can be at most ${maxKeywordLength} characters (this one has ${keyword.length}).` };
  }
  if (list.some((k) => same(k, keyword))) return { list: [...list], error: `“${keyword}” is already a keyword.` };
  if (list.length >= maxKeywords) return { list: [...list], error: `A step can have at most ${maxKeywords} keywords.` };
  return { list: [...list, keyword] };
}

/** Adds every comma-separated part of a paste, stopping at the first that cannot be added. */
export function addKeywords(list: readonly string[], text: string): { list: string[]; error?: string } {
  let out = [...list];
  for (const part of text.split(',')) {
    if (!cleanKeyword(part)) continue;
    const next = addKeyword(out, part);
    if (next.error) return { list: out, error: next.error };
    out = next.list;
  }
  return { list: out };
}

export function removeKeyword(list: readonly string[], index: number): string[] {
  return list.filter((_, i) => i !== index);
}

/** What keeps stored keywords from being saved (a file edited by hand can hold anything). */
export function keywordsProblem(list: readonly string[]): string | undefined {
  if (list.length > maxKeywords) return `A step can have at most ${maxKeywords} keywords.`;
  if (list.some((k) => !cleanKeyword(k))) return 'A keyword is empty.';
  if (list.some((k) => k.length > maxKeywordLength)) return `A keyword can be at most ${maxKeywordLength} characters.`;
  if (list.some((k, i) => list.findIndex((o) => same(o, k)) !== i)) return 'A keyword is listed twice.';
  return undefined;
}

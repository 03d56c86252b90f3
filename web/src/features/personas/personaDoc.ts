// The persona document as the editor keeps it and as it is saved: blanks are left out, like the file format does.
import type { Persona } from '../../api/model';

const blank = (s: string | undefined): string | undefined => (s === undefined || s.trim() === '' ? undefined : s);
const texts = (list: string[] | undefined): string[] | undefined => {
  const kept = (list ?? []).filter((s) => s.trim() !== '');
  return kept.length > 0 ? kept : undefined;
};

function compact<T extends object>(o: T): T | undefined {
  const entries = Object.entries(o).filter(([, v]) => v !== undefined);
  return entries.length > 0 ? (Object.fromEntries(entries) as T) : undefined;
}

/** Drops empty texts, empty list items, empty lists and empty groups, so what is saved holds only what was written. */
export function cleanPersona(p: Persona): Persona {
  const out: Persona = {
    id: p.id,
    name: p.name.trim(),
    photoUrl: blank(p.photoUrl)?.trim(),
    age: blank(p.age),
    jobRole: blank(p.jobRole),
    familyStatus: blank(p.familyStatus),
    color: blank(p.color),
    goals: compact({ professional: texts(p.goals?.professional), personal: texts(p.goals?.personal) }),
    needs: texts(p.needs),
    painPoints: texts(p.painPoints),
    motivations: texts(p.motivations),
    behaviours: texts(p.behaviours),
    channels: p.channels && p.channels.length > 0 ? p.channels : undefined,
    quote: blank(p.quote),
    backstory: compact({
      entryPoint: blank(p.backstory?.entryPoint),
      why: blank(p.backstory?.why),
      what: blank(p.backstory?.what),
      outcomes: blank(p.backstory?.outcomes),
    }),
  };
  return compact(out) as Persona;
}

/** Problems the browser can tell without asking the server; keyed by JSON path like the server's. */
export function localProblems(p: Persona): Record<string, string[]> {
  const problems: Record<string, string[]> = {};
  if (p.name.trim() === '') problems.name = ['A persona needs a name.'];
  const url = p.photoUrl?.trim();
  if (url && !/^https?:\/\/[^\s/]+/i.test(url)) problems.photoUrl = ['The photo must be an http or https address.'];
  if (p.color && !/^#[0-9a-f]{6}$/i.test(p.color)) problems.color = ['The colour must be written as #rrggbb.'];
  return problems;
}

/** The messages for one field: its own path and everything below it ("goals.personal" takes "goals.personal[2]"). */
export function problemsAt(errors: Record<string, string[]>, path: string): string[] {
  return Object.entries(errors)
    .filter(([key]) => key === path || key.startsWith(`${path}.`) || key.startsWith(`${path}[`))
    .flatMap(([key, list]) => {
      const item = /^\S*\[(\d+)\]/.exec(key.slice(path.length));
      return list.map((m) => (item ? `Item ${Number(item[1]) + 1}: ${m}` : m));
    });
}

const alphabet = '0123456789abcdefghijklmnopqrstuvwxyz';

/** A new persona id: `per_` and ten random base-36 characters. */
export function newPersonaId(random: (n: number) => Uint8Array = (n) => crypto.getRandomValues(new Uint8Array(n))): string {
  return `per_${Array.from(random(10), (b) => alphabet[b % 36]).join('')}`;
}

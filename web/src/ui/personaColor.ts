// The colours personas get: one palette for new personas (on a map and in the library), the colour swatches and
// the avatars of names known only by name. Chosen so that each reads apart from the others and from the
// "Everyone" emotion curve's blue (the accent), and carries white initials at WCAG AA (4.5:1); the figures are
// checked in personaColor.test.ts.

/** Burnt orange, teal, raspberry, leaf green, violet, warm grey, ochre, oxblood: no blue, the accent's hue. */
export const personaPalette = ['#c2410c', '#0f766e', '#c0266d', '#3f7d1a', '#8b2fc9', '#5c5650', '#8a6a00', '#7f1d1d'] as const;

/** The first palette colour no persona in `used` has yet (any case), else the next one round the palette. */
export function nextPersonaColor(used: readonly (string | null | undefined)[]): string {
  const taken = new Set(used.map((c) => c?.toLowerCase()));
  return personaPalette.find((c) => !taken.has(c)) ?? personaPalette[used.length % personaPalette.length]!;
}

/** A steady colour for a persona or person known only by name (map summaries carry names, not colours). */
export function colorForName(name: string): string {
  let hash = 0;
  for (const ch of name) hash = (hash * 31 + ch.codePointAt(0)!) >>> 0;
  return personaPalette[hash % personaPalette.length]!;
}

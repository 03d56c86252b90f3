// A steady colour for a persona known only by name (map summaries carry names, not colours).
// Every colour carries white initials at WCAG AA contrast.

const palette = ['#2f5bd3', '#1f7a6d', '#8e3fb0', '#b4461f', '#2b6a9e', '#9a3b5c', '#5a6b1f', '#6b4fbb', '#a03a2a', '#1d6f8c'];

export function colorForName(name: string): string {
  let hash = 0;
  for (const ch of name) hash = (hash * 31 + ch.codePointAt(0)!) >>> 0;
  return palette[hash % palette.length]!;
}

// A feedback text with the server's highlight ranges marked: text nodes and <mark> only, never markup from the text.
import { highlightRuns, type TextRange } from './explorerState';

export function Highlighted({ text, ranges }: { text: string; ranges: readonly TextRange[] }) {
  const runs = highlightRuns(text, ranges);
  return <>{runs.map((r, i) => (r.mark ? <mark key={i}>{r.text}</mark> : <span key={i}>{r.text}</span>))}</>;
}

// The most common complete paths with their share of the start; with a node selected, those through it.
import { formatCount, formatShare } from '../../mapData';
import type { PathSankey } from './pathsLayout';
import styles from './Paths.module.css';

export function PathList({ series, selected, backward }: { series: PathSankey; selected: string | null; backward: boolean }) {
  const labels = new Map(series.columns.flatMap((c) => c.nodes).map((n) => [n.id, n.label]));
  const paths = series.paths.filter((p) => selected === null || p.nodes.includes(selected));
  // A path reads in time order: going backward its nodes run from the start back, so they are read in reverse.
  const words = (nodes: string[]) => {
    const named = nodes.map((id) => labels.get(id) ?? id);
    const ended = backward ? 'Journey began' : 'Journey ended';
    const cut = named.indexOf(ended);
    const kept = cut < 0 ? named : named.slice(0, cut + 1);
    return backward ? kept.reverse() : kept;
  };
  return (
    <section className={styles.list} aria-label={`Most common paths of ${series.name}`} data-testid="paths-list">
      <h3 className={styles.listTitle}>
        {selected ? `Paths through ${labels.get(selected) ?? ''}` : 'Most common paths'}
        <span className={styles.muted}> · {formatCount(series.paths.length)} of {formatCount(series.pathCount)} different paths listed</span>
      </h3>
      {paths.length === 0
        ? <p className={styles.muted}>None of the listed paths goes through it; it is made of rarer ones.</p>
        : (
          <ol className={styles.rows}>
            {paths.map((p) => (
              <li key={p.nodes.join('\u0001')} className={styles.row}>
                <span className={styles.chain}>{words(p.nodes).join(' → ')}</span>
                <span className={styles.figure}>{formatCount(p.customers)}</span>
                <span className={styles.share}>{formatShare(p.shareOfStart)}</span>
              </li>
            ))}
          </ol>
        )}
    </section>
  );
}

// Two segments' figures at one step, side by side, with the share difference marked when the test finds it significant.
import type { StepFigures } from '../../../api/overlay';
import { comparisonMark } from './comparison';
import { SeriesTag } from './SeriesTag';
import { formatCount, formatDuration, formatShare } from './format';
import type { StepView } from './OverlayContext';
import { useOverlay } from './OverlayContext';
import styles from './Overlay.module.css';

const rows: { label: string; title: string; testId: string; value: (f: StepFigures) => number | null; text: (f: StepFigures) => string }[] = [
  { label: 'Reached', title: 'Customers who reached this step', testId: 'cmp-customers', value: (f) => f.customers, text: (f) => formatCount(f.customers) },
  { label: 'Share', title: 'Share of entrants', testId: 'cmp-share', value: (f) => f.shareOfEntrants, text: (f) => formatShare(f.shareOfEntrants) },
  { label: '→ Next', title: 'Conversion to the next step', testId: 'cmp-conversion', value: (f) => f.conversionToNext, text: (f) => formatShare(f.conversionToNext) },
  { label: 'Median', title: 'Median time from the previous step', testId: 'cmp-median', value: (f) => f.medianFromPrevious, text: (f) => formatDuration(f.medianFromPrevious) },
];

export function CompareFigures({ view }: { view: StepView }) {
  const { result } = useOverlay();
  const [a, b] = view.series as [StepFigures, StepFigures];
  const names = result?.series.map((s) => s.name) ?? ['A', 'B'];
  const mark = comparisonMark(view.comparison);
  return (
    <>
      <table className={styles.compare}>
        <thead>
          <tr>
            <th scope="col"><span className="visually-hidden">Figure</span></th>
            <th scope="col" title={names[0]}><SeriesTag index={0} name={names[0] ?? ''} /></th>
            <th scope="col" title={names[1]}><SeriesTag index={1} name={names[1] ?? ''} /></th>
          </tr>
        </thead>
        <tbody>
          {rows.map((r) => (
            <tr key={r.label} title={r.title}>
              <th scope="row" style={{ fontWeight: 500 }}>{r.label}</th>
              <td data-testid={`${r.testId}-a`} data-value={r.value(a) ?? ''}>{r.text(a)}</td>
              <td data-testid={`${r.testId}-b`} data-value={r.value(b) ?? ''}>{r.text(b)}</td>
            </tr>
          ))}
        </tbody>
      </table>
      {mark && mark.direction !== 'same' && (
        <span className={`${styles.diff} ${mark.significant ? styles.diffSignificant : styles.diffPlain}`} title={mark.description}
          data-testid="cmp-mark" data-significant={mark.significant}>
          {mark.symbol && <span aria-hidden="true">{mark.symbol}</span>}
          {mark.points}{mark.significant ? ' · significant' : ''}
          <span className="visually-hidden">: {names[1]} {mark.description}</span>
        </span>
      )}
    </>
  );
}

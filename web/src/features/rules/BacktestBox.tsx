// The backtest: over a past period (the last 30 days unless changed), how many customers the rule as it stands would
// have fired for and how often, with up to ten examples; then it can be switched on.
import { useId, useState } from 'react';
import { exactTime } from '../../ui/relativeTime';
import { backtestLine, lastDays, periodProblem } from './backtest';
import type { BacktestResult } from './rulesApi';
import styles from './Rules.module.css';

interface Props {
  /** Runs the backtest for the period; rejects with the problem (the editor places field errors itself). */
  run: (from: string, to: string) => Promise<BacktestResult | null>;
  canSwitchOn: boolean;
  busy: boolean;
  onSwitchOn: () => void;
}

export function BacktestBox({ run, canSwitchOn, busy, onSwitchOn }: Props) {
  const [period, setPeriod] = useState(() => lastDays(30));
  const [result, setResult] = useState<BacktestResult | null>(null);
  const [running, setRunning] = useState(false);
  const ids = { from: useId(), to: useId() };
  const problem = periodProblem(period.from, period.to);
  const go = async () => {
    if (problem) return;
    setRunning(true);
    try { setResult(await run(period.from, period.to)); } finally { setRunning(false); }
  };
  return (
    <section className={styles.backtest} aria-labelledby="rule-backtest-title" data-testid="rule-backtest" aria-busy={running || undefined}>
      <h3 id="rule-backtest-title">Backtest</h3>
      <p className={styles.hint}>How often would this rule have fired? Nothing is sent.</p>
      <div className={styles.period}>
        <label htmlFor={ids.from}>From</label>
        <input id={ids.from} type="date" className="input" value={period.from} onChange={(e) => { setPeriod({ ...period, from: e.target.value }); setResult(null); }} />
        <label htmlFor={ids.to}>to</label>
        <input id={ids.to} type="date" className="input" value={period.to} onChange={(e) => { setPeriod({ ...period, to: e.target.value }); setResult(null); }} />
        <button type="button" className="btn btn-sm" disabled={running || problem !== null} onClick={() => void go()} data-testid="run-backtest">
          {running ? 'Backtesting…' : 'Backtest'}
        </button>
      </div>
      {problem && <span className={styles.fieldError}>{problem}</span>}
      {result && (
        <div className={styles.result} role="status">
          <p className={styles.resultLine} data-testid="backtest-result">{backtestLine(result)}</p>
          {result.examples.length > 0 && (
            <ul className={styles.examples} aria-label="Examples">
              {result.examples.map((x, i) => (
                <li key={`${x.customer}-${i}`}>
                  <span className={styles.customer}>{x.customer}</span>
                  <span className={styles.hint}>{exactTime(x.at)}</span>
                  <span className={styles.exampleDetail}>{x.detail}</span>
                </li>
              ))}
            </ul>
          )}
          {result.truncated && <p className={styles.hint}>The period held more than the backtest reads; the counts are a floor.</p>}
          {canSwitchOn && (
            <button type="button" className="btn btn-primary btn-sm" disabled={busy} onClick={onSwitchOn} data-testid="switch-on">
              {busy ? 'Switching on…' : 'Switch on'}
            </button>
          )}
        </div>
      )}
    </section>
  );
}

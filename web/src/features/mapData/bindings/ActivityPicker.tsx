// The left half of the binding dialog: search the workspace's activities (with their counts) and tick the ones
// the step stands for, or type a name by hand when the activity is not in the data yet.
import { useEffect, useId, useRef, useState, type KeyboardEvent } from 'react';
import type { ActivitySummary } from '../../../api/model';
import { EmptyState, ErrorState, Spinner } from '../../../ui/States';
import { filterActivities, findActivity, fullCount, shortCount } from './activities';
import { knownActivities, noActivities, type ActivitiesLoad } from './useActivities';
import styles from './Bindings.module.css';

interface ActivityPickerProps {
  load: ActivitiesLoad;
  onRetry: () => void;
  chosen: readonly string[];
  onToggle: (name: string) => void;
  /** Adds a typed name; returns why it was refused, if it was. */
  onAdd: (name: string) => string | undefined;
  /** Takes focus when drawn (the binding dialog); false where another field comes first. */
  autoFocus?: boolean;
  /** The search field's label. */
  label?: string;
}

/** Rows drawn at once; a longer list asks for a narrower search. */
const shownAtMost = 200;

export function ActivityPicker({ load, onRetry, chosen, onToggle, onAdd, autoFocus = true, label = 'Find or type an activity' }: ActivityPickerProps) {
  const [query, setQuery] = useState('');
  const [problem, setProblem] = useState<string | undefined>();
  const input = useRef<HTMLInputElement>(null);
  const list = useRef<HTMLUListElement>(null);
  const ids = { search: useId(), hint: useId(), list: useId(), problem: useId() };

  // The dialog opens (showModal) after this mounts and would focus its close button: take focus right after.
  useEffect(() => {
    if (!autoFocus) return;
    const frame = requestAnimationFrame(() => input.current?.focus());
    return () => cancelAnimationFrame(frame);
  }, [autoFocus]);

  const known = knownActivities(load);
  const all = known ?? [];
  const matches = filterActivities(all, query);
  const exact = findActivity(all, query);
  const typed = query.trim();
  const canAddTyped = typed !== '' && !exact;
  const isChosen = (name: string) => chosen.some((c) => c.toLocaleLowerCase() === name.toLocaleLowerCase());

  const addTyped = () => {
    const refused = onAdd(typed);
    setProblem(refused);
    if (!refused) setQuery('');
    input.current?.focus();
  };

  const onSearchKey = (e: KeyboardEvent<HTMLInputElement>) => {
    if (e.key === 'Enter') {
      e.preventDefault();
      if (exact) {
        if (isChosen(exact.name)) setProblem(`“${exact.name}” is already bound.`);
        else { onToggle(exact.name); setQuery(''); setProblem(undefined); }
      } else addTyped();
    } else if (e.key === 'ArrowDown') {
      const first = list.current?.querySelector<HTMLInputElement>('input');
      if (first) { e.preventDefault(); first.focus(); }
    }
  };

  const onListKey = (e: KeyboardEvent<HTMLUListElement>) => {
    if (e.key !== 'ArrowDown' && e.key !== 'ArrowUp') return;
    const boxes = [...(list.current?.querySelectorAll<HTMLInputElement>('input') ?? [])];
    const at = boxes.indexOf(document.activeElement as HTMLInputElement);
    if (at < 0) return;
    e.preventDefault();
    const next = at + (e.key === 'ArrowDown' ? 1 : -1);
    if (next < 0) input.current?.focus();
    else boxes[Math.min(next, boxes.length - 1)]?.focus();
  };

  return (
    <div className={styles.picker}>
      <label className={styles.label} htmlFor={ids.search}>{label}</label>
      <input
        ref={input}
        id={ids.search}
        type="search"
        className="input"
        placeholder={known ? `Search ${fullCount(all.length)} activities` : 'Activity name, e.g. Checkout started'}
        autoComplete="off"
        spellCheck={false}
        value={query}
        aria-describedby={[canAddTyped ? '' : ids.hint, problem ? ids.problem : ''].join(' ').trim() || undefined}
        aria-controls={known ? ids.list : undefined}
        aria-invalid={problem ? true : undefined}
        data-testid="binding-search"
        onChange={(e) => { setQuery(e.target.value); setProblem(undefined); }}
        onKeyDown={onSearchKey}
      />
      {/* One line that either explains Enter or offers the typed name, so the dialog does not grow while typing. */}
      <div className={styles.typedLine}>
        {canAddTyped
          ? (
            <button type="button" className={`btn btn-sm ${styles.addTyped}`} onClick={addTyped} data-testid="binding-add-typed">
              <span aria-hidden="true">+</span>
              <span className={styles.typed}>Bind “{typed}” by hand</span>
            </button>
          )
          : (
            <p id={ids.hint} className={styles.hint}>
              {known ? 'Enter binds the activity typed; ↓ goes to the list.' : 'Enter binds the name typed.'}
            </p>
          )}
      </div>
      {problem && <p id={ids.problem} className={styles.problem} role="alert">{problem}</p>}

      <div className={styles.listBox}>
        {load.state === 'loading' && <div className={styles.state}><Spinner label="Loading the workspace’s activities" /></div>}
        {noActivities(load) && (
          <div className={styles.state} data-testid="binding-no-data">
            <EmptyState title="No event data in this workspace yet">
              Type an activity name above to bind this step by hand. Its figures appear once events arrive.
            </EmptyState>
          </div>
        )}
        {load.state === 'error' && (
          <div className={styles.state}>
            <ErrorState title="The activities could not be loaded" error={load.error} onRetry={onRetry} />
            <p className={styles.hint}>You can still type an activity name above.</p>
          </div>
        )}
        {known && (matches.length === 0
          ? (
            <p className={`${styles.state} ${styles.noMatch}`} role="status">
              No activity matches “{typed}”. Bind it by hand if it will appear in the data later.
            </p>
          )
          : (
            <>
              <div className={styles.listHead} aria-hidden="true">
                <span>Activity</span><span>Customers</span><span>Events</span>
              </div>
              <ul ref={list} id={ids.list} className={styles.list} aria-label="Activities in this workspace" onKeyDown={onListKey}>
                {matches.slice(0, shownAtMost).map((a) => (
                  <ActivityRow key={a.name} activity={a} checked={isChosen(a.name)} onToggle={onToggle} />
                ))}
              </ul>
              {matches.length > shownAtMost && (
                <p className={styles.hint}>{fullCount(matches.length - shownAtMost)} more: narrow the search to see them.</p>
              )}
            </>
          ))}
      </div>
    </div>
  );
}

function ActivityRow({ activity, checked, onToggle }: { activity: ActivitySummary; checked: boolean; onToggle: (name: string) => void }) {
  return (
    <li>
      <label className={`${styles.row} ${checked ? styles.rowChecked : ''}`} data-testid="binding-activity">
        <input
          type="checkbox"
          checked={checked}
          onChange={() => onToggle(activity.name)}
          aria-description={`${fullCount(activity.customers)} customers, ${fullCount(activity.events)} events`}
        />
        <span className={styles.rowName} title={activity.name}>{activity.name}</span>
        <span className={styles.count} title={`${fullCount(activity.customers)} customers`}>{shortCount(activity.customers)}</span>
        <span className={styles.count} title={`${fullCount(activity.events)} events`}>{shortCount(activity.events)}</span>
      </label>
    </li>
  );
}

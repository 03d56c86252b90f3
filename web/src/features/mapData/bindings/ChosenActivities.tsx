// The right half's first part: the activities the step is bound to, each removable.
import { useId, useRef } from 'react';
import type { ActivitySummary } from '../../../api/model';
import { findActivity, fullCount, shortCount } from './activities';
import styles from './Bindings.module.css';

interface ChosenActivitiesProps {
  chosen: string[];
  /** The workspace's activities when they are known (to show counts, or that a typed name has no events yet). */
  known: ActivitySummary[] | null;
  problem?: string;
  onRemove: (name: string) => void;
  /** The section's heading (the binding dialog's by default). */
  title?: string;
  /** What to say while nothing is chosen. */
  emptyText?: string;
  /** A warning for a chosen name the data does not know (instead of the quiet "no events yet"). */
  unknownWarning?: string;
  /** Names the server found unknown, for when the activities list is not at hand. */
  unknown?: string[];
}

export function ChosenActivities(props: ChosenActivitiesProps) {
  const { chosen, known, problem, onRemove, title = 'Bound activities', emptyText = 'None yet. Pick activities from the list or type a name.' } = props;
  const { unknownWarning, unknown = [] } = props;
  const heading = useId();
  const list = useRef<HTMLUListElement>(null);
  /** After a removal the keyboard stays in the list: on the next chip's remove button, or the search when none is left. */
  const remove = (name: string, index: number) => {
    onRemove(name);
    requestAnimationFrame(() => {
      const buttons = [...(list.current?.querySelectorAll<HTMLButtonElement>('button') ?? [])];
      (buttons[Math.min(index, buttons.length - 1)] ?? document.querySelector<HTMLElement>('[data-testid="binding-search"]'))?.focus();
    });
  };
  return (
    <section className={styles.section} aria-labelledby={heading}>
      <h3 id={heading} className={styles.sectionTitle}>
        {title} {chosen.length > 0 && <span className={styles.tally}>{chosen.length}</span>}
      </h3>
      {chosen.length === 0
        ? <p className={styles.none}>{emptyText}</p>
        : (
          <ul ref={list} className={styles.chosen} aria-label={title} data-testid="binding-chosen">
            {chosen.map((name, index) => {
              const activity = known ? findActivity(known, name) : undefined;
              const missing = (known !== null && !activity) || unknown.includes(name);
              return (
                <li key={name} className={`${styles.chip} ${missing && unknownWarning ? styles.chipUnknown : ''}`} data-unknown={missing || undefined}>
                  <span className={styles.chipName} title={name}>{name}</span>
                  {activity && (
                    <span className={styles.chipMeta} title={`${fullCount(activity.customers)} customers`}>
                      {shortCount(activity.customers)} customers
                    </span>
                  )}
                  {missing && (unknownWarning
                    ? <span className={styles.chipWarning}><span aria-hidden="true">⚠ </span>{unknownWarning}</span>
                    : <span className={styles.chipMeta}>no events yet</span>)}
                  <button type="button" className={styles.chipRemove} aria-label={`Remove ${name}`} title="Remove"
                    onClick={() => remove(name, index)}>
                    ✕
                  </button>
                </li>
              );
            })}
          </ul>
        )}
      {problem && <p className={styles.problem} role="alert">{problem}</p>}
    </section>
  );
}

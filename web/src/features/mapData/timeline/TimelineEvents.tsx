// One customer's events by day: time, wait since the previous event, activity, channel, properties and the step(s)
// it stands for — or a quiet "not on this map" — and, among them, what the customer said (their feedback). Choosing
// an event or a placed feedback item highlights its step and scrolls it into view.
import type { CustomerTimeline } from '../../../api/evidence';
import type { JourneyMap } from '../../../api/model';
import { formatCount } from '../paths/pathsView';
import { SaidItem } from './SaidItem';
import { timelineDays, timelineSummary, type TimelineRow } from './timelineView';
import shared from '../evidence/Evidence.module.css';
import styles from './Timeline.module.css';

const spanFormat = new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'short', year: 'numeric' });

interface EventsProps {
  timeline: CustomerTimeline;
  map: JourneyMap;
  selected: string | null;
  onSelect: (stepId: string | null) => void;
}

export function TimelineEvents({ timeline, map, selected, onSelect }: EventsProps) {
  const summary = timelineSummary(timeline, map);
  const days = timelineDays(timeline, map);
  const attributes = Object.entries(timeline.attributes).sort(([a], [b]) => a.localeCompare(b));
  const choose = (row: { steps: { id: string }[] }) => {
    const step = row.steps[0]?.id ?? null;
    onSelect(step);
    if (step) {
      document.querySelector(`[data-testid="step-header"][data-step-id="${CSS.escape(step)}"]`)
        ?.scrollIntoView({ behavior: 'smooth', block: 'nearest', inline: 'center' });
    }
  };
  return (
    <>
      <div className={styles.card} data-testid="timeline-summary">
        <div className={styles.cardTop}>
          <span className={styles.avatar} aria-hidden="true">
            <svg width="18" height="18" viewBox="0 0 16 16" fill="none" stroke="currentColor" strokeWidth="1.6" strokeLinecap="round">
              <circle cx="8" cy="5.5" r="3" /><path d="M2.5 14.5c.8-3 3-4.5 5.5-4.5s4.7 1.5 5.5 4.5" />
            </svg>
          </span>
          <div className={styles.who}>
            <h3 className={styles.customerId} data-testid="timeline-customer">{timeline.customerId}</h3>
            {summary.first && summary.last && (
              <span className={styles.span}>{spanFormat.format(new Date(summary.first))} – {spanFormat.format(new Date(summary.last))}</span>
            )}
          </div>
        </div>
        <dl className={styles.stats}>
          <div><dt>Events</dt><dd>{formatCount(summary.events)}</dd></div>
          <div><dt>On map</dt><dd>{formatCount(summary.placed)}</dd></div>
          <div><dt>Steps</dt><dd>{formatCount(summary.steps)}</dd></div>
          {timeline.totalFeedback > 0 && <div><dt>Said</dt><dd data-testid="timeline-said-count">{formatCount(timeline.totalFeedback)}</dd></div>}
        </dl>
        {attributes.length > 0 && (
          <ul className={styles.attributes} aria-label="Customer attributes">
            {attributes.map(([k, v]) => <li key={k}><span>{k}</span> {v}</li>)}
          </ul>
        )}
      </div>
      {timeline.totalFeedback > timeline.feedback.length && (
        <p className={shared.hint}>Showing the first {formatCount(timeline.feedback.length)} of {formatCount(timeline.totalFeedback)} feedback items.</p>
      )}
      {timeline.totalEvents > timeline.events.length && (
        <p className={shared.hint}>Showing the first {formatCount(timeline.events.length)} of {formatCount(timeline.totalEvents)} events.</p>
      )}
      <ol className={styles.days} data-testid="timeline-events" aria-label={`Events of ${timeline.customerId}`}>
        {days.map((day) => (
          <li key={day.day} className={styles.day}>
            <h4 className={styles.dayName}>{day.day}</h4>
            <ol className={styles.events}>
              {day.rows.map((row) => (row.kind === 'event'
                ? <EventItem key={`e${row.index}`} row={row} selected={selected} onChoose={choose} />
                : <SaidItem key={`f${row.index}`} row={row} selected={selected} onChoose={choose} />))}
            </ol>
          </li>
        ))}
      </ol>
    </>
  );
}

function EventItem({ row, selected, onChoose }: { row: TimelineRow; selected: string | null; onChoose: (row: TimelineRow) => void }) {
  const { event } = row;
  const props = Object.entries(event.properties);
  const isSelected = row.placed && row.steps.some((s) => s.id === selected);
  const body = (
    <>
      <span className={styles.when}>
        <time dateTime={event.at ?? undefined}>{row.time}</time>
        {row.since && <span className={styles.since}>{row.since}</span>}
      </span>
      <span className={styles.activity}>{event.activity}</span>
      <span className={styles.tags}>
        {row.placed
          ? row.steps.map((s) => <span key={s.id} className={styles.stepTag} data-testid="event-step">{s.name}</span>)
          : <span className={styles.offMap}>Not on this map</span>}
        {event.channel && <span className={styles.channel}>{event.channel}</span>}
      </span>
      {props.length > 0 && (
        <span className={styles.props}>{props.map(([k, v]) => `${k}: ${v}`).join(' · ')}</span>
      )}
    </>
  );
  return (
    <li className={`${styles.event} ${row.placed ? styles.placed : styles.unplaced} ${isSelected ? styles.selected : ''}`}
      data-testid="timeline-event" data-activity={event.activity} data-steps={event.stepIds.join(' ')}>
      <span className={styles.dot} aria-hidden="true" />
      {row.placed
        ? (
          <button type="button" className={styles.eventBtn} onClick={() => onChoose(row)} aria-pressed={isSelected}>
            {body}
          </button>
        )
        : <div className={styles.eventBtn}>{body}</div>}
    </li>
  );
}

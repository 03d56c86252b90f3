// One line of the activity: who (initials), what in plain words ("Ana deleted the map Onboarding", the map linked
// while it exists), a quiet note with counts, and the time. Everything people typed is drawn as text.
import { Link } from '../../app/Link';
import { Avatar } from '../../ui/Avatar';
import { colorForName } from '../../ui/personaColor';
import { exactTime } from '../../ui/relativeTime';
import { describe, type ActivityLine } from './actionWords';
import { timeOf } from './activityDays';
import styles from './Activity.module.css';

export function ActivityRow({ line }: { line: ActivityLine }) {
  const s = describe(line);
  return (
    <li className={styles.row} data-action={line.action}>
      <Avatar name={line.actorName || s.actor} color={colorForName(line.actorId ?? line.actorName)} size={32} />
      <div className={styles.what}>
        <p className={styles.sentence}>
          <span className={styles.actor}>{s.actor}</span>{' '}
          {s.known ? s.verb : <code className={styles.action}>{s.verb}</code>}
          {s.object !== undefined && (
            <>
              {' '}
              {s.href ? <Link href={s.href} className={styles.object}>{s.object}</Link> : <strong className={styles.object}>{s.object}</strong>}
            </>
          )}
          {s.after && <> {s.after}</>}
        </p>
        {s.note && <p className={styles.note}>{s.note}</p>}
      </div>
      <time className={styles.time} dateTime={line.at} title={exactTime(line.at)}>{timeOf(line.at)}</time>
    </li>
  );
}

// One map on the workspace home: what it is, who travels it, how big it is and when it was last touched.
import type { MapSummary } from '../../api/model';
import { Link } from '../../app/Link';
import { hrefOf, navigate } from '../../app/router';
import { Avatar } from '../../ui/Avatar';
import { KindBadge } from '../../ui/KindBadge';
import { MenuButton, type MenuItem } from '../../ui/MenuButton';
import { colorForName } from '../../ui/personaColor';
import { exactTime, isReviewDue, relativeTime } from '../../ui/relativeTime';
import { staleText } from '../reviews/reviewText';
import styles from './MapCard.module.css';

const maxAvatars = 4;

interface MapCardProps {
  map: MapSummary;
  basedOnName?: string;
  menu: MenuItem[];
  now: Date;
}

const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;

export function MapCard({ map, basedOnName, menu, now }: MapCardProps) {
  const href = hrefOf({ page: 'map', mapId: map.id });
  const due = isReviewDue(map.reviewBy, now);
  const shown = map.personaNames.slice(0, maxAvatars);
  const hidden = map.personaNames.length - shown.length;
  const showBasedOn = map.kind === 'futureState' && !!map.basedOnMapId;

  return (
    <article
      className={styles.card}
      data-testid="map-card"
      data-map-id={map.id}
      aria-labelledby={`map-${map.id}`}
      // The title link is the keyboard way in; a click anywhere else on the card does the same.
      onClick={() => navigate(href)}
    >
      <div className={styles.top}>
        <KindBadge kind={map.kind} />
        <MenuButton label={`Actions for ${map.name}`} items={menu}>
          <svg width="16" height="16" viewBox="0 0 16 16" aria-hidden="true"><circle cx="3" cy="8" r="1.5" fill="currentColor" /><circle cx="8" cy="8" r="1.5" fill="currentColor" /><circle cx="13" cy="8" r="1.5" fill="currentColor" /></svg>
        </MenuButton>
      </div>
      <Link id={`map-${map.id}`} href={href} className={styles.name} onClick={(e) => e.stopPropagation()}>{map.name}</Link>
      {map.description && <p className={`${styles.description} ${showBasedOn ? styles.oneLine : ''}`}>{map.description}</p>}
      {showBasedOn && (
        <p className={styles.basedOn} title={basedOnName ? `Based on ${basedOnName}` : undefined}>
          Based on {basedOnName ?? 'a map that no longer exists'}
        </p>
      )}
      {due && map.reviewBy && <p className={styles.stale} data-testid="map-stale">{staleText(map.reviewBy)}</p>}
      <div className={styles.footer}>
        <div className={styles.meta}>
          <div className={styles.avatars} aria-label={`Personas: ${map.personaNames.join(', ') || 'none'}`} role="group">
            {shown.map((name, i) => <Avatar key={`${name}-${i}`} name={name} color={colorForName(name)} size={26} />)}
            {hidden > 0 && <span className={styles.more}>+{hidden}</span>}
            {shown.length === 0 && <span className={styles.noPersona}>No persona yet</span>}
          </div>
          <span className={styles.counts}>{plural(map.stageCount, 'stage')} · {plural(map.stepCount, 'step')}</span>
        </div>
        <p className={styles.edited}>
          Edited <time dateTime={map.updatedAt} title={exactTime(map.updatedAt)}>{relativeTime(map.updatedAt, now)}</time> by {map.updatedBy}
        </p>
      </div>
    </article>
  );
}

/** A grey stand-in of the same size, so the grid does not move when the maps arrive. */
export function MapCardSkeleton() {
  return (
    <div className={`${styles.card} ${styles.skeleton}`} aria-hidden="true">
      <div className={styles.top}><span className={styles.bone} style={{ width: 92, height: 20 }} /></div>
      <span className={styles.bone} style={{ width: '70%', height: 20 }} />
      <span className={styles.bone} style={{ width: '95%', height: 14 }} />
      <span className={styles.bone} style={{ width: '60%', height: 14 }} />
      <div className={styles.footer}>
        <div className={styles.meta}>
          <span className={styles.bone} style={{ width: 60, height: 26, borderRadius: 13 }} />
          <span className={styles.bone} style={{ width: 100, height: 14 }} />
        </div>
        <span className={styles.bone} style={{ width: '50%', height: 14 }} />
      </div>
    </div>
  );
}

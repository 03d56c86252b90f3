// Presence on the open map: who else is here (a compact avatar stack), where each of them is (their selected
// cell outlined in their colour, their name on hover), and Follow: click someone to keep their selection in view.
// It reports this tab's own selection from the grid's focus.
import { useEffect, useState, useSyncExternalStore } from 'react';
import { Avatar } from '../../ui/Avatar';
import { parseHex, readableOn } from '../../ui/contrast';
import { mapGridId } from '../editor/grid/gridDom';
import type { Presence } from './protocol';
import { selectionOf } from './selection';
import type { LiveSession } from './useCollab';
import { useOutlineBoxes } from './useOutlineBoxes';
import styles from './presence.module.css';

function useReportSelection(session: LiveSession, following: string | null): void {
  useEffect(() => {
    let last = '';
    const report = () => {
      const grid = document.getElementById(mapGridId);
      const active = document.activeElement;
      const selection = grid && active && grid.contains(active) ? selectionOf(active) : null;
      const key = JSON.stringify([selection, following]);
      if (key === last) return;
      last = key;
      session.transport.setPresence(selection, following);
    };
    report();
    document.addEventListener('focusin', report);
    return () => document.removeEventListener('focusin', report);
  }, [session, following]);
}

/** Keeps the followed person's selection in view as it moves. */
function useFollow(target: Presence | undefined): void {
  const laneId = target?.selection?.laneId;
  const stepId = target?.selection?.stepId;
  useEffect(() => {
    if (!laneId || !stepId) return;
    const grid = document.getElementById(mapGridId);
    const cell = grid?.querySelector<HTMLElement>(`[data-cell-lane="${CSS.escape(laneId)}"][data-cell-step="${CSS.escape(stepId)}"]`);
    cell?.scrollIntoView({ block: 'nearest', inline: 'center', behavior: 'smooth' });
  }, [laneId, stepId]);
}

/** The cell (lane and step) under the mouse in the grid, so an outline there can show its person's name. */
function useHoveredCell(): string | null {
  const [hovered, setHovered] = useState<string | null>(null);
  useEffect(() => {
    const grid = document.getElementById(mapGridId);
    if (!grid) return;
    const onMove = (e: MouseEvent) => {
      const cell = (e.target as Element | null)?.closest<HTMLElement>('[data-cell-lane]');
      setHovered(cell ? `${cell.dataset.cellLane}|${cell.dataset.cellStep}` : null);
    };
    const onLeave = () => setHovered(null);
    grid.addEventListener('mouseover', onMove);
    grid.addEventListener('mouseleave', onLeave);
    return () => { grid.removeEventListener('mouseover', onMove); grid.removeEventListener('mouseleave', onLeave); };
  }, []);
  return hovered;
}

/** The person's colour for the outline, and a label paint that stays readable on it. */
function paintOf(colour: string): { background: string; color: string } {
  const paint = readableOn(parseHex(colour) ?? parseHex('#5b6b8c')!);
  return { background: paint.background, color: paint.ink };
}

const keyOf = (p: Presence) => `${p.selection?.laneId ?? ''}|${p.selection?.stepId ?? ''}`;

export function PresenceLayer({ session }: { session: LiveSession }) {
  const others = useSyncExternalStore((l) => session.presence.subscribe(l), () => session.presence.others);
  const [following, setFollowing] = useState<string | null>(null);
  const followed = others.find((p) => p.connectionId === following);
  // Someone who left is not followed any more.
  if (following && !followed) setFollowing(null);
  useReportSelection(session, followed ? followed.userId : null);
  useFollow(followed);
  const boxes = useOutlineBoxes(others);
  const hovered = useHoveredCell();

  if (others.length === 0) return null;
  const names = others.map((p) => p.name).join(', ');
  return (
    <>
      {boxes.clip && (
        <div className={styles.outlines} style={boxes.clip} aria-hidden="true" data-testid="presence-outlines">
          {boxes.items.map(({ person, box }) => (
            <div key={person.connectionId}
              className={`${styles.outline} ${person.connectionId === following || keyOf(person) === hovered ? styles.named : ''}`}
              style={{ ...box, borderColor: paintOf(person.colour).background }} data-testid="presence-outline" data-user={person.name}>
              <span className={styles.name} style={paintOf(person.colour)}>{person.name}</span>
            </div>
          ))}
        </div>
      )}
      <div className={styles.stack} role="group" aria-label={`Also on this map: ${names}`} data-testid="presence">
        <span className={styles.people}>
          {others.slice(0, 5).map((p) => (
            <button key={p.connectionId} type="button" className={`${styles.person} ${p.connectionId === following ? styles.following : ''}`}
              aria-pressed={p.connectionId === following} data-testid="presence-person"
              title={p.connectionId === following ? `Following ${p.name} — click to stop` : `${p.name} — click to follow`}
              onClick={() => setFollowing((f) => (f === p.connectionId ? null : p.connectionId))}>
              <Avatar name={p.name} color={p.colour} size={24} decorative />
              <span className="visually-hidden">{p.connectionId === following ? `Stop following ${p.name}` : `Follow ${p.name}`}</span>
            </button>
          ))}
        </span>
        <span className={styles.label}>
          {followed ? `Following ${followed.name}` : others.length > 5 ? `+${others.length - 5} more` : `${others.length} here`}
        </span>
      </div>
    </>
  );
}

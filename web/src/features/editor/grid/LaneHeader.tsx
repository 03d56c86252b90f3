// A lane's title at the left of its row: kind icon, title, who it speaks for, and a menu.
import { memo } from 'react';
import type { Lane, Persona } from '../../../api/model';
import { Avatar } from '../../../ui/Avatar';
import type { Side } from '../../map/state/dropPosition';
import { laneKindLabels } from '../../map/state/queries';
import { InlineEdit } from './InlineEdit';
import { LaneKindIcon } from './laneKinds';
import { Menu, type MenuItem } from './Menu';
import { useReadOnly } from './readOnly';
import type { SetRenaming } from './rename';
import { dragHandlers, type GridDnd } from './useGridDnd';
import type { Structure } from './useStructure';
import styles from './grid.module.css';

interface LaneHeaderProps {
  lane: Lane;
  /** The lane ids in the order shown (the persona filter may hide some). */
  visibleIds: readonly string[];
  /** Set on maps with two or more personas: the lane can speak for one of them. */
  personas: Persona[] | null;
  renaming: boolean;
  dropSide: Side | null;
  dragged: boolean;
  structure: Structure;
  dnd: GridDnd;
  setRenaming: SetRenaming;
  /** Opens the add-lane dialog for a lane right below this one. */
  onAddLane: (afterLaneId: string | null) => void;
}

export const LaneHeader = memo(function LaneHeader(props: LaneHeaderProps) {
  const readOnly = useReadOnly();
  const { lane, visibleIds, personas, renaming, dropSide, dragged, structure, dnd, setRenaming, onAddLane } = props;
  const at = visibleIds.indexOf(lane.id);
  const persona = personas?.find((p) => p.id === lane.personaId);
  const personaItems: MenuItem[] = personas
    ? [
      { label: 'Speaks for everyone', checked: !lane.personaId, onSelect: () => structure.setLanePersona(lane.id, undefined), separated: true },
      ...personas.map((p) => ({
        label: `Speaks for ${p.name}`, checked: lane.personaId === p.id, onSelect: () => structure.setLanePersona(lane.id, p.id),
      })),
    ]
    : [];
  const classes = [styles.laneHeader, dropSide === 'before' ? styles.dropAbove : '', dropSide === 'after' ? styles.dropBelow : '',
    dragged ? styles.dragged : ''].join(' ');

  return (
    <div
      role="rowheader"
      className={classes}
      data-testid="lane-header"
      data-lane-id={lane.id}
      tabIndex={-1}
      data-nav-header="lane"
      {...dragHandlers(dnd, 'lane', lane.id, lane.title, !renaming)}
    >
      <div className={`${styles.zoomed} ${styles.laneInner}`}>
        <span className={styles.kindIcon} title={laneKindLabels[lane.kind]}><LaneKindIcon kind={lane.kind} /></span>
        <div className={styles.laneText}>
          {renaming
            ? <InlineEdit className={styles.renameInput} label="Lane title" value={lane.title}
                onCommit={(title) => structure.renameLane(lane.id, title)} onClose={() => setRenaming(null)} />
            : (
              <span className={styles.laneTitle} title={lane.title} onDoubleClick={() => setRenaming({ kind: 'lane', id: lane.id })}>
                {lane.title}
              </span>
            )}
          {(persona || lane.title !== laneKindLabels[lane.kind]) && (
            <span className={styles.laneKind}>
              {persona && <Avatar name={persona.name} color={persona.color} photoUrl={persona.photoUrl} size={16} />}
              {persona ? persona.name : laneKindLabels[lane.kind]}
            </span>
          )}
        </div>
        {!readOnly && <Menu
          label={`Lane ${lane.title} actions`}
          items={[
            { label: 'Rename', onSelect: () => setRenaming({ kind: 'lane', id: lane.id }) },
            { label: 'Move up', onSelect: () => structure.nudgeLane(lane.id, -1, visibleIds), disabled: at <= 0 },
            { label: 'Move down', onSelect: () => structure.nudgeLane(lane.id, 1, visibleIds), disabled: at >= visibleIds.length - 1 },
            { label: 'Add lane below', onSelect: () => onAddLane(lane.id) },
            ...personaItems,
            { label: 'Delete lane', onSelect: () => structure.deleteLane(lane.id), danger: true, separated: true },
          ]}
        />}
      </div>
    </div>
  );
});

// The evidence count on a pain point, idea or moment of truth ("3"), shown only when it cites something; a click
// opens the list of what it cites. Lives in the data views so opening a source can reach the feedback, "Where it
// hurts" and the data bar; the editor places it on its cards.
//
// data-testid: citations-badge (data-count), then see CitationsDialog.
import { useState, type SyntheticEvent } from 'react';
import type { Citation } from '../../../api/model';
import { countLabel, type CardKind } from './citations';
import { CitationsDialog } from './CitationsDialog';
import styles from './Citations.module.css';

interface Props {
  kind: CardKind;
  text: string;
  stepId: string;
  stepName: string;
  citations: Citation[] | undefined;
  /** Removes a citation; absent where the map cannot be changed. */
  onRemove?: (citationId: string) => void;
  /** In the grid the cell owns the keyboard (arrows move between cells); the cell's editor reaches the badge. */
  inGrid?: boolean;
}

export function CitationsBadge(props: Props) {
  const [open, setOpen] = useState(false);
  const count = props.citations?.length ?? 0;
  if (count === 0 && !open) return null;
  const stop = (e: SyntheticEvent) => e.stopPropagation();
  const words = `${countLabel(count)} on: ${props.text || props.stepName}`;
  return (
    <>
      <button type="button" className={styles.badge} data-testid="citations-badge" data-count={count}
        aria-label={words} title={`${countLabel(count)}: open`} aria-haspopup="dialog" aria-expanded={open}
        tabIndex={props.inGrid ? -1 : 0} draggable={false} onMouseDown={stop} onDoubleClick={stop}
        onClick={(e) => { e.stopPropagation(); setOpen(true); }}>
        <EvidenceIcon />{count}
      </button>
      {/* React events bubble along the component tree, out of the dialog into the cell: keys there would move
          the grid's focus or end the cell's editor, clicks would pick or edit the cell. */}
      {open && (
        <span style={{ display: 'contents' }} onKeyDown={stop} onMouseDown={stop} onPointerDown={stop} onClick={stop} onDoubleClick={stop}>
          <CitationsDialog {...props} onClose={() => setOpen(false)} />
        </span>
      )}
    </>
  );
}

/** Two quote marks: what a card rests on, apart from the comment bubble beside it. */
function EvidenceIcon() {
  return (
    <svg width="12" height="12" viewBox="0 0 16 16" aria-hidden="true" fill="currentColor">
      <path d="M2 9.2C2 6.3 3.6 4.2 6.4 3.4l.5 1.2C5.3 5.2 4.5 6.2 4.4 7.4H6.8V12.6H2zM9 9.2c0-2.9 1.6-5 4.4-5.8l.5 1.2c-1.6.6-2.4 1.6-2.5 2.8h2.4v5.2H9z" />
    </svg>
  );
}

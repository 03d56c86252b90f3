// The evidence count on a pain point, idea or moment of truth ("3"), shown only when it cites something; a click
// opens the list of what it cites. Lives in the data views so opening a source can reach the feedback, "Where it
// hurts" and the data bar; the editor places it on its cards.
//
// data-testid: citations-badge (data-count), then see CitationsDialog.
import { useState, type MouseEvent } from 'react';
import type { Citation } from '../../../api/model';
import { countLabel, type CardKind } from './citations';
import { CitationsDialog } from './CitationsDialog';
import { CiteIcon } from './CiteOnCard';
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
  const stop = (e: MouseEvent) => e.stopPropagation();
  const words = `${countLabel(count)} on: ${props.text || props.stepName}`;
  return (
    <>
      <button type="button" className={styles.badge} data-testid="citations-badge" data-count={count}
        aria-label={words} title={`${countLabel(count)}: open`} aria-haspopup="dialog" aria-expanded={open}
        tabIndex={props.inGrid ? -1 : 0} draggable={false} onMouseDown={stop} onDoubleClick={stop}
        onClick={(e) => { e.stopPropagation(); setOpen(true); }}>
        <CiteIcon />{count}
      </button>
      {open && <CitationsDialog {...props} onClose={() => setOpen(false)} />}
    </>
  );
}

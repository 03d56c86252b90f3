// Moments of truth: a star per step. Readers see it filled when the step is marked; a click toggles it without
// entering edit mode. While editing, the star and a note.
import type { MouseEvent } from 'react';
import type { Cell, Citation } from '../../../api/model';
import { CitationsBadge, removeCitation } from '../../mapData';
import { AutoTextarea } from './AutoTextarea';
import { EditShell } from './EditShell';
import { withoutCitation } from './listEdits';
import type { CellProps } from './types';
import { useCellDraft } from './useCellDraft';
import styles from './Cell.module.css';
import mot from './MomentOfTruth.module.css';

function Star({ on }: { on: boolean }) {
  return (
    <svg width="20" height="20" viewBox="0 0 24 24" aria-hidden="true">
      <path d="M12 2.8l2.8 5.8 6.3.9-4.6 4.4 1.1 6.3L12 17.2l-5.6 3 1.1-6.3-4.6-4.4 6.3-.9z"
        fill={on ? '#f2b705' : 'none'} stroke={on ? '#b58500' : '#8a909c'} strokeWidth="1.6" strokeLinejoin="round" />
    </svg>
  );
}

function StarToggle({ on, stepName, onToggle, inGrid }: { on: boolean; stepName: string; onToggle: () => void; inGrid: boolean }) {
  const stop = (e: MouseEvent) => e.stopPropagation();
  return (
    <button type="button" className={`${mot.star} ${on ? mot.on : ''}`} data-testid="mot-toggle" aria-pressed={on}
      aria-label={`Moment of truth at ${stepName}`} title={on ? 'A moment of truth (click to unmark)' : 'Mark as a moment of truth'}
      tabIndex={inGrid ? -1 : 0} onMouseDown={stop} onDoubleClick={stop}
      onClick={(e) => { e.stopPropagation(); onToggle(); }}>
      <Star on={on} />
      {/* The star's fill and aria-pressed tell the state; the word stays the same so it is part of the button's name. */}
      {!inGrid && <span>Moment of truth</span>}
    </button>
  );
}

export function MomentOfTruthView({ step, cell, onChange }: Pick<CellProps, 'step' | 'cell' | 'onChange'>) {
  const marked = cell?.momentOfTruth !== undefined;
  const toggle = () => onChange(marked ? { ...cell, momentOfTruth: undefined } : { ...cell, momentOfTruth: {} });
  return (
    <div className={mot.view}>
      <StarToggle on={marked} stepName={step.name} onToggle={toggle} inGrid />
      {cell?.momentOfTruth?.note && <p className={`${styles.text} ${mot.note}`}>{cell.momentOfTruth.note}</p>}
      {marked && (
        <CitationsBadge kind="momentOfTruth" text={cell?.momentOfTruth?.note ?? ''} stepId={step.id} stepName={step.name}
          citations={cell?.momentOfTruth?.citations} inGrid
          onRemove={(id) => onChange(removeCitation(cell, { kind: 'momentOfTruth', itemId: null }, id))} />
      )}
    </div>
  );
}

interface Draft { marked: boolean; note: string; citations?: Citation[] }

export function MomentOfTruthEditor(props: CellProps) {
  const { step } = props;
  const { draft, setDraft, commit, cancel } = useCellDraft<Draft>(
    props,
    (c) => ({ marked: c?.momentOfTruth !== undefined, note: c?.momentOfTruth?.note ?? '', citations: c?.momentOfTruth?.citations }),
    (d, c): Cell | undefined => ({
      ...c,
      // Unmarking the step drops what it cited with it; a marked one keeps its evidence.
      momentOfTruth: d.marked || d.note.trim()
        ? { ...(d.note.trim() ? { note: d.note } : {}), ...(d.citations ? { citations: d.citations } : {}) }
        : undefined,
    }),
  );
  return (
    <EditShell label={`Edit the moment of truth at ${step.name}`} onCommit={commit} onCancel={cancel} doneButton>
      <StarToggle on={draft.marked} stepName={step.name} inGrid={false} onToggle={() => setDraft((d) => ({ ...d, marked: !d.marked }))} />
      <AutoTextarea data-autofocus value={draft.note} minRows={2} onEnter={commit} aria-label={`Note on the moment of truth at ${step.name}`}
        placeholder="Why this moment decides the journey" maxLength={2000}
        onValue={(note) => setDraft((d) => ({ ...d, marked: d.marked || note.trim() !== '', note }))} />
      {draft.marked && (
        <CitationsBadge kind="momentOfTruth" text={draft.note} stepId={step.id} stepName={step.name} citations={draft.citations}
          onRemove={(id) => setDraft((d) => ({ ...d, citations: withoutCitation(d.citations, id) }))} />
      )}
    </EditShell>
  );
}

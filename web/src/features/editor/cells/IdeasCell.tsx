// Ideas: cards with people's votes (one click votes without entering edit mode), desirable / feasible / viable
// scores as dot meters, and effort and impact.
import { useState, type MouseEvent } from 'react';
import type { Idea, Level } from '../../../api/model';
import { newId } from '../../map/state/ids';
import { CitationsBadge, removeCitation } from '../../mapData';
import { ideaVotes, useVotes, votersText } from '../../votes/VotesContext';
import { AutoTextarea } from './AutoTextarea';
import { DotInput, DotMeter } from './DotMeter';
import { EditShell } from './EditShell';
import { PlusIcon, TrashIcon } from './icons';
import { appendItem, removeItem, updateItem, withoutBlank, withoutCitation } from './listEdits';
import type { CellProps } from './types';
import { useCellDraft } from './useCellDraft';
import styles from './Cell.module.css';
import ideas from './Ideas.module.css';

const levels: Level[] = ['low', 'medium', 'high'];
const levelLabels: Record<Level, string> = { low: 'Low', medium: 'Medium', high: 'High' };
const stop = (e: MouseEvent) => e.stopPropagation();

/**
 * People's votes on an idea (ADR "votes are people's"): the count, who voted (in the title), and the caller's own
 * vote toggling — or, in a dot-voting session, one more dot per click and a separate button to take one back. A
 * count that came with the map file shows apart, as imported votes.
 */
function VoteButton({ idea, inGrid }: { idea: Idea; inGrid: boolean }) {
  const session = useVotes();
  const votes = ideaVotes(session?.votes, idea.id);
  const imported = idea.votes ?? 0;
  const canVote = session?.votes?.canVote ?? false;
  const dots = session?.votes?.budget != null;
  const mine = votes.mine > 0;
  const who = votes.voters.length > 0 ? `Voted: ${votersText(votes)}` : 'No votes yet';
  const action = !canVote ? who : dots ? `Place a vote on this idea. ${who}` : mine ? `Take back your vote. ${who}` : `Vote for this idea. ${who}`;
  const busy = session?.pending === idea.id;
  return (
    <span className={ideas.votes}>
      {imported > 0 && (
        <span className={ideas.imported} data-testid="idea-imported-votes" title={`${imported} votes came with the map file (imported, read-only)`}>
          +{imported}
        </span>
      )}
      {dots && mine && canVote && (
        <button type="button" className={ideas.unvote} aria-label={`Take back one of your votes on: ${idea.text}`} title="Take back one of your votes"
          tabIndex={inGrid ? -1 : 0} disabled={busy} onMouseDown={stop} onDoubleClick={stop}
          onClick={(e) => { e.stopPropagation(); session?.unvote(idea.id); }}>−</button>
      )}
      <button type="button" className={`${ideas.vote} ${mine ? ideas.voted : ''}`} data-testid="idea-vote" disabled={!canVote || busy}
        aria-pressed={dots ? undefined : mine}
        aria-label={`${votes.count} ${votes.count === 1 ? 'vote' : 'votes'}${mine ? `, ${votes.mine} yours` : ''}. ${action}: ${idea.text}`}
        title={action} tabIndex={inGrid ? -1 : 0}
        onMouseDown={stop} onDoubleClick={stop}
        onClick={(e) => {
          e.stopPropagation();
          if (!dots && mine) session?.unvote(idea.id);
          else session?.vote(idea.id);
        }}>
        <svg width="12" height="12" viewBox="0 0 16 16" aria-hidden="true"><path d="M8 2.5l5.5 7h-3.5v4h-4v-4H2.5z" fill="currentColor" /></svg>
        <span data-testid="idea-votes" aria-live="polite">{votes.count}</span>
      </button>
    </span>
  );
}

function IdeaFacts({ idea }: { idea: Idea }) {
  const scored = idea.desirable !== undefined || idea.feasible !== undefined || idea.viable !== undefined;
  if (!scored && !idea.effort && !idea.impact) return null;
  return (
    <div className={ideas.facts}>
      {scored && (
        <div className={ideas.meters}>
          <DotMeter label="Desirable" value={idea.desirable} />
          <DotMeter label="Feasible" value={idea.feasible} />
          <DotMeter label="Viable" value={idea.viable} />
        </div>
      )}
      {(idea.effort || idea.impact) && (
        <div className={ideas.levels}>
          {idea.effort && <span className={ideas.level}>Effort <b>{levelLabels[idea.effort]}</b></span>}
          {idea.impact && <span className={ideas.level}>Impact <b>{levelLabels[idea.impact]}</b></span>}
        </div>
      )}
    </div>
  );
}

export function IdeasView({ cell, step, onChange }: Pick<CellProps, 'cell' | 'step' | 'onChange'>) {
  const items = cell?.ideas ?? [];
  if (items.length === 0) return <span className={styles.empty}>Double-click to add an idea</span>;
  return (
    <ul className={ideas.list}>
      {items.map((idea) => (
        <li key={idea.id} className={ideas.card} data-testid="idea">
          <div className={ideas.top}>
            <p className={`${styles.text} ${ideas.text}`}>{idea.text}</p>
            <VoteButton idea={idea} inGrid />
          </div>
          <IdeaFacts idea={idea} />
          <CitationsBadge kind="idea" text={idea.text} stepId={step.id} stepName={step.name} citations={idea.citations} inGrid
            onRemove={(id) => onChange(removeCitation(cell, { kind: 'idea', itemId: idea.id }, id))} />
        </li>
      ))}
    </ul>
  );
}

function LevelSelect({ label, value, onChange }: { label: string; value: Level | undefined; onChange: (v: Level | undefined) => void }) {
  return (
    <label className={ideas.levelField}>
      <span>{label}</span>
      <select className="select" value={value ?? ''} onChange={(e) => onChange((e.target.value || undefined) as Level | undefined)}>
        <option value="">–</option>
        {levels.map((l) => <option key={l} value={l}>{levelLabels[l]}</option>)}
      </select>
    </label>
  );
}

export function IdeasEditor(props: CellProps) {
  const { lane, step } = props;
  const [focusId, setFocusId] = useState<string | null>(null);
  const { draft, setDraft, commit, cancel } = useCellDraft<Idea[]>(
    props,
    (c) => c?.ideas ?? [],
    (d, c) => ({ ...c, ideas: withoutBlank(d) }),
  );
  const patch = (id: string, p: Partial<Omit<Idea, 'id'>>) => setDraft((d) => updateItem(d, id, p));
  const add = () => {
    const idea: Idea = { id: newId('idea'), text: '' };
    setDraft((d) => appendItem(d, idea));
    setFocusId(idea.id);
  };
  return (
    <EditShell label={`Edit ${lane.title} at ${step.name}`} onCommit={commit} onCancel={cancel} doneButton>
      {draft.map((idea, i) => (
        <div key={idea.id} className={ideas.editCard} role="group" aria-label={`Idea ${i + 1}`}>
          <div className={styles.row}>
            <AutoTextarea className={styles.grow} value={idea.text} minRows={1} onEnter={commit} autoFocus={idea.id === focusId}
              aria-label={`Idea ${i + 1}`} placeholder="What could make it better?" maxLength={2000}
              onValue={(text) => patch(idea.id, { text })} />
            <button type="button" className={`icon-btn ${styles.deleteButton}`} aria-label={`Delete idea ${i + 1}`}
              onClick={() => setDraft((d) => removeItem(d, idea.id))}><TrashIcon /></button>
          </div>
          <DotInput label="Desirable" value={idea.desirable} onChange={(v) => patch(idea.id, { desirable: v })} />
          <DotInput label="Feasible" value={idea.feasible} onChange={(v) => patch(idea.id, { feasible: v })} />
          <DotInput label="Viable" value={idea.viable} onChange={(v) => patch(idea.id, { viable: v })} />
          <div className={ideas.levelRow}>
            <LevelSelect label="Effort" value={idea.effort} onChange={(v) => patch(idea.id, { effort: v })} />
            <LevelSelect label="Impact" value={idea.impact} onChange={(v) => patch(idea.id, { impact: v })} />
          </div>
          {(idea.votes ?? 0) > 0 && (
            <span className={styles.hint}>{idea.votes} imported vote{idea.votes === 1 ? '' : 's'} from the map file (read-only)</span>
          )}
          <CitationsBadge kind="idea" text={idea.text} stepId={step.id} stepName={step.name} citations={idea.citations}
            onRemove={(id) => patch(idea.id, { citations: withoutCitation(idea.citations, id) })} />
        </div>
      ))}
      <button type="button" className={styles.addButton} data-testid="add-idea" data-autofocus={draft.length === 0 ? '' : undefined}
        onClick={add}><PlusIcon /> Add idea</button>
    </EditShell>
  );
}

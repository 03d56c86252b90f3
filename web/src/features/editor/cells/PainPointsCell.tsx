// Pain points: each with an impact badge; the editor adds, edits and deletes them, sets their impact, and links
// each to a feedback topic or an activity so its impact can be measured.
//
// data-testid: pain-point (view), pain-link (view: data-kind, data-value), pain-link-kind (editor select),
// pain-link-topic / pain-link-activity (editor field).
import { useContext, useState } from 'react';
import type { PainImpact, PainPoint } from '../../../api/model';
import { WorkspaceContext } from '../../../app/workspace';
import { CitationsBadge, removeCitation, useActivities } from '../../mapData';
import { valueOf } from '../../../ui/load';
import { newId } from '../../map/state/ids';
import { AutoTextarea } from './AutoTextarea';
import { EditShell } from './EditShell';
import { PlusIcon, TrashIcon } from './icons';
import { appendItem, removeItem, updateItem, withoutBlank, withoutCitation } from './listEdits';
import { impactChoices, impactLabels, impactOf, impactShort, painImpacts } from './painImpact';
import { cleanPainLink, describePainLink, maxLinkLength, painLinkChoices, painLinkOf, withPainLink, type PainLinkKind } from './painLinks';
import type { CellProps } from './types';
import { useCellDraft } from './useCellDraft';
import styles from './Cell.module.css';
import pain from './PainPoints.module.css';

export function ImpactBadge({ impact }: { impact: PainImpact | undefined }) {
  const value = impactOf(impact);
  return (
    <span className={`${pain.badge} ${pain[value]}`} title={impactLabels[value]} aria-label={`Impact: ${impactLabels[value]}`}>
      <span className={pain.dot} aria-hidden="true" />{impactShort[value]}
    </span>
  );
}

export function PainPointsView({ cell, step, onChange }: Pick<CellProps, 'cell' | 'step' | 'onChange'>) {
  const items = cell?.painPoints ?? [];
  if (items.length === 0) return <span className={styles.empty}>Double-click to add a pain point</span>;
  return (
    <ul className={pain.list}>
      {items.map((p) => (
        <li key={p.id} className={`${pain.item} ${pain[impactOf(p.impact)]}`} data-testid="pain-point" data-impact={impactOf(p.impact)}>
          <p className={styles.text}>{p.text}</p>
          <ImpactBadge impact={p.impact} />
          <PainLinkBadge point={p} />
          <CitationsBadge kind="painPoint" text={p.text} stepId={step.id} stepName={step.name} citations={p.citations} inGrid
            onRemove={(id) => onChange(removeCitation(cell, { kind: 'painPoint', itemId: p.id }, id))} />
        </li>
      ))}
    </ul>
  );
}

export function PainPointsEditor(props: CellProps) {
  const { lane, step } = props;
  const [focusId, setFocusId] = useState<string | null>(null);
  const { draft, setDraft, commit, cancel } = useCellDraft<PainPoint[]>(
    props,
    (c) => c?.painPoints ?? [],
    (d, c) => ({ ...c, painPoints: withoutBlank(d)?.map(cleanPainLink) }),
  );
  const add = () => {
    const item: PainPoint = { id: newId('pp'), text: '', impact: 'needsWorkaround' };
    setDraft((d) => appendItem(d, item));
    setFocusId(item.id);
  };
  return (
    <EditShell label={`Edit ${lane.title} at ${step.name}`} onCommit={commit} onCancel={cancel} doneButton>
      {draft.map((p, i) => (
        <div key={p.id} className={pain.editItem} role="group" aria-label={`Pain point ${i + 1}`}>
          <div className={styles.row}>
            <AutoTextarea className={styles.grow} value={p.text} minRows={1} onEnter={commit} autoFocus={p.id === focusId}
              aria-label={`Pain point ${i + 1}`} placeholder="What hurts?" maxLength={2000}
              onValue={(text) => setDraft((d) => updateItem(d, p.id, { text }))} />
            <button type="button" className={`icon-btn ${styles.deleteButton}`} aria-label={`Delete pain point ${i + 1}`}
              onClick={() => setDraft((d) => removeItem(d, p.id))}><TrashIcon /></button>
          </div>
          <label className={pain.impactField}>
            <span>Impact</span>
            <select className="select" value={impactOf(p.impact)} title={impactLabels[impactOf(p.impact)]}
              onChange={(e) => setDraft((d) => updateItem(d, p.id, { impact: e.target.value as PainImpact }))}>
              {painImpacts.map((v) => <option key={v} value={v}>{impactChoices[v]}</option>)}
            </select>
          </label>
          <PainLinkFields point={p} index={i} onChange={(next) => setDraft((d) => d.map((x) => (x.id === p.id ? next : x)))} />
          <CitationsBadge kind="painPoint" text={p.text} stepId={step.id} stepName={step.name} citations={p.citations}
            onRemove={(id) => setDraft((d) => updateItem(d, p.id, { citations: withoutCitation(p.citations, id) }))} />
        </div>
      ))}
      <button type="button" className={styles.addButton} data-testid="add-pain-point" data-autofocus={draft.length === 0 ? '' : undefined}
        onClick={add}><PlusIcon /> Add pain point</button>
    </EditShell>
  );
}

function PainLinkBadge({ point }: { point: PainPoint }) {
  const link = painLinkOf(point);
  if (link.kind === 'none') return null;
  return (
    <span className={pain.link} data-testid="pain-link" data-kind={link.kind} data-value={link.value} title={describePainLink(point) ?? undefined}>
      <span className={pain.linkKind}>{link.kind === 'topic' ? 'Topic' : 'Activity'}</span>
      <span className={pain.linkText}>{link.value}</span>
    </span>
  );
}

/** "Linked to": nothing, a feedback topic (free text) or an activity (chosen from the workspace's activities). */
function PainLinkFields({ point, index, onChange }: { point: PainPoint; index: number; onChange: (next: PainPoint) => void }) {
  const stored = painLinkOf(point);
  // The kind chosen before anything is typed is kept here; the stored fields say it once there is a value.
  const [kind, setKind] = useState<PainLinkKind>(stored.kind);
  const workspace = useContext(WorkspaceContext);
  const { load } = useActivities(workspace?.id ?? '', kind === 'activity' && workspace !== null);
  const value = stored.kind === kind ? stored.value : '';
  const activities = (valueOf(load) ?? []).map((a) => a.name);
  const name = `Pain point ${index + 1}`;
  return (
    <div className={pain.linkField}>
      <label className={pain.impactField}>
        <span>Linked to</span>
        <select className="select" value={kind} data-testid="pain-link-kind" aria-label={`${name}: linked to`}
          title="Link the pain point to what measures it: a topic customers write about, or an activity in the event data"
          onChange={(e) => { const k = e.target.value as PainLinkKind; setKind(k); onChange(withPainLink(point, k, '')); }}>
          {(Object.keys(painLinkChoices) as PainLinkKind[]).map((k) => <option key={k} value={k}>{painLinkChoices[k]}</option>)}
        </select>
      </label>
      {kind === 'topic' && (
        <input className="input" value={value} maxLength={maxLinkLength} placeholder="A phrase customers use, e.g. csv import"
          aria-label={`${name}: feedback topic`} data-testid="pain-link-topic" autoFocus={stored.kind !== 'topic'}
          onChange={(e) => onChange(withPainLink(point, 'topic', e.target.value))} />
      )}
      {kind === 'activity' && (activities.length > 0
        ? (
          <select className="select" value={value} aria-label={`${name}: activity`} data-testid="pain-link-activity"
            onChange={(e) => onChange(withPainLink(point, 'activity', e.target.value))}>
            <option value="">Choose an activity…</option>
            {value && !activities.includes(value) && <option value={value}>{value} (no events)</option>}
            {activities.map((a) => <option key={a} value={a}>{a}</option>)}
          </select>
        )
        : (
          <input className="input" value={value} maxLength={maxLinkLength}
            placeholder={load.state === 'loading' ? 'Loading activities…' : 'Activity name (no events yet)'}
            aria-label={`${name}: activity`} data-testid="pain-link-activity"
            onChange={(e) => onChange(withPainLink(point, 'activity', e.target.value))} />
        ))}
    </div>
  );
}

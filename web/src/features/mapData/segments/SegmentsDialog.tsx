// "Segments": the workspace's saved segments (each editable and deletable) and the form to create or edit one.
import { api } from '../../../api/client';
import { useMemo, useState } from 'react';
import { ApiError } from '../../../api/http';
import type { Segment } from '../../../api/segments';
import { ConfirmDialog, Dialog } from '../../../ui/Dialog';
import { EmptyState, ErrorState, Spinner } from '../../../ui/States';
import { useActivities } from '../bindings/useActivities';
import type { SegmentsLoad } from '../overlay/OverlayContext';
import { describeRange, resolveRange, type TimeRange } from '../overlay/ranges';
import { SegmentCount } from './SegmentCount';
import { SegmentEditor } from './SegmentEditor';
import { describeConditions, draftOf, isValid, previewConditions, requestOf, validateDraft, type SegmentDraft } from './segmentDraft';
import { unknownNames, useSegmentPreview } from './useSegmentPreview';
import styles from './Segments.module.css';

interface SegmentsDialogProps {
  workspaceId: string;
  segments: SegmentsLoad;
  /** The data bar's period: the live count counts in it, as the figures of the saved segment will. */
  range: TimeRange;
  /** A segment was saved or deleted: the list and the figures are reloaded. */
  onChanged: () => void;
  onClose: () => void;
}

type Editing = { segment?: Segment; draft: SegmentDraft };

export function SegmentsDialog({ workspaceId, segments, range, onChanged, onClose }: SegmentsDialogProps) {
  const [editing, setEditing] = useState<Editing | null>(null);
  const [tried, setTried] = useState(false);
  const [busy, setBusy] = useState(false);
  const [failure, setFailure] = useState<string | null>(null);
  const [deleting, setDeleting] = useState<Segment | null>(null);
  const [nobody, setNobody] = useState<string | null>(null);
  const activities = useActivities(workspaceId, editing !== null);
  const period = useMemo(() => {
    const { from, to, error } = resolveRange(range, new Date());
    return error ? { from: null, to: null, label: 'All time' } : { from, to, label: describeRange(range) };
  }, [range]);
  const preview = useSegmentPreview(workspaceId, editing ? previewConditions(editing.draft) : null, period);

  const open = (segment?: Segment) => { setEditing({ segment, draft: draftOf(segment) }); setTried(false); setFailure(null); };
  const problems = editing ? validateDraft(editing.draft) : null;

  /** Counted afresh on save (not the debounced figure), so a segment of nobody is never saved unnoticed. */
  const matchesNobody = async (draft: SegmentDraft): Promise<string | null> => {
    try {
      const count = await api.segments.preview(workspaceId, { conditions: previewConditions(draft) }, period);
      if (count.customers > 0 || count.allCustomers === 0) return null;
      const unknown = unknownNames(count);
      return `No customer matches these conditions (${period.label.toLocaleLowerCase()})${unknown.length ? `; not in the data: ${unknown.join(', ')}` : ''}. ` +
        'Its figures on the map will be empty until customers match.';
    } catch {
      return null; // the count is a help: when it fails, saving goes on as before
    }
  };

  const save = async (confirmed = false) => {
    if (!editing || !problems) return;
    setTried(true);
    if (!isValid(problems)) return;
    setBusy(true);
    setFailure(null);
    try {
      const warning = confirmed ? null : await matchesNobody(editing.draft);
      if (warning) {
        setNobody(warning);
        return;
      }
      const request = requestOf(editing.draft);
      if (editing.segment) await api.segments.update(workspaceId, editing.segment.id, request);
      else await api.segments.create(workspaceId, request);
      onChanged();
      setEditing(null);
    } catch (error) {
      setFailure(error instanceof ApiError ? error.messages.join(' ') : String(error));
    } finally {
      setBusy(false);
    }
  };

  const remove = async (segment: Segment) => {
    setDeleting(null);
    try {
      await api.segments.remove(workspaceId, segment.id);
      onChanged();
    } catch (error) {
      setFailure(error instanceof Error ? error.message : String(error));
    }
  };

  if (editing) {
    return (
      <Dialog open wide title={editing.segment ? `Edit segment “${editing.segment.name}”` : 'New segment'} onClose={() => setEditing(null)}
        footer={(
          <>
            <SegmentCount load={preview} period={period.label} />
            {tried && problems && !isValid(problems) && <p className={styles.footerProblem} role="alert">Fix the marked fields to save.</p>}
            {failure && <p className={styles.footerProblem} role="alert">{failure}</p>}
            <button type="button" className="btn" onClick={() => setEditing(null)}>Back to segments</button>
            <button type="button" className="btn btn-primary" disabled={busy} onClick={() => void save()} data-testid="segment-save">
              {busy ? 'Saving…' : 'Save segment'}
            </button>
          </>
        )}>
        <SegmentEditor draft={editing.draft} problems={problems!} showProblems={tried} activities={activities}
          unknownActivities={preview.state === 'ready' ? preview.value.unknownActivities : []}
          onChange={(draft) => setEditing({ ...editing, draft })} />
        <ConfirmDialog open={nobody !== null} title="Save a segment that matches nobody?" confirmLabel="Save anyway" message={nobody ?? ''}
          onConfirm={() => { setNobody(null); void save(true); }} onCancel={() => setNobody(null)} />
      </Dialog>
    );
  }

  return (
    <Dialog open wide title="Segments" onClose={onClose}
      footer={(
        <>
          {failure && <p className={styles.footerProblem} role="alert">{failure}</p>}
          <button type="button" className="btn" onClick={onClose}>Done</button>
          <button type="button" className="btn btn-primary" onClick={() => open()} data-testid="segment-new">New segment</button>
        </>
      )}>
      <p className={styles.intro}>
        A segment is a group of customers: by their attributes, what they did or did not do, and the channel they first came by.
        Pick one in the data bar to filter the figures, or two to compare them.
      </p>
      {segments.state === 'loading' && <Spinner label="Loading segments" />}
      {segments.state === 'error' && <ErrorState title="Segments could not be loaded" error={segments.error} />}
      {segments.state === 'ready' && (segments.value.length === 0
        ? (
          <div style={{ marginTop: 'var(--s4)' }}>
            <EmptyState title="No segments yet" action={<button type="button" className="btn btn-primary" onClick={() => open()}>Create a segment</button>}>
              For example customers on the pro plan, or those who first came by email.
            </EmptyState>
          </div>
        )
        : (
          <ul className={styles.list} aria-label="Saved segments">
            {segments.value.map((s) => (
              <li key={s.id} className={styles.item} data-testid="segment-item">
                <div style={{ minWidth: 0 }}>
                  <p className={styles.itemName}>{s.name}</p>
                  <p className={styles.itemConditions} title={describeConditions(s.conditions)}>{s.description || describeConditions(s.conditions)}</p>
                </div>
                <div className={styles.itemActions}>
                  <button type="button" className="btn btn-sm" onClick={() => open(s)} aria-label={`Edit ${s.name}`}>Edit</button>
                  <button type="button" className={`btn btn-ghost btn-sm ${styles.danger}`} onClick={() => setDeleting(s)}
                    aria-label={`Delete ${s.name}`}>Delete</button>
                </div>
              </li>
            ))}
          </ul>
        ))}
      <ConfirmDialog open={deleting !== null} title="Delete this segment?" confirmLabel="Delete segment"
        message={`“${deleting?.name ?? ''}” is removed for everyone in the workspace. Maps that compared it show all customers instead.`}
        onConfirm={() => { if (deleting) void remove(deleting); }} onCancel={() => setDeleting(null)} />
    </Dialog>
  );
}

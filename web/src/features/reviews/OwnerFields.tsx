// Who answers for the map and how often it is reviewed, in the scope panel: the owner is a member who can edit
// (shown by name), the interval moves the review-by date on when the map is marked reviewed, and the last review
// says when and by whom. The server checks the owner again when the map is saved (400 at scope.ownerId).
import { useId } from 'react';
import { api } from '../../api/client';
import { keys } from '../../app/server/keys';
import { useServerData } from '../../app/server/useServerData';
import { useWorkspace } from '../../app/workspace';
import { valueOf } from '../../ui/load';
import { formatDate } from '../editor/scope/dates';
import { useMapSession } from '../map/MapSession';
import { hasRole } from '../members/roles';
import { reviewIntervals } from './reviewText';

export function OwnerField() {
  const { map, dispatch, seal } = useMapSession();
  const workspace = useWorkspace();
  const id = useId();
  const { load } = useServerData({ key: keys.members(workspace.id), fetch: (signal) => api.members.list(workspace.id, signal), keepFor: 5 * 60_000 });
  const members = (valueOf(load) ?? []).filter((m) => hasRole(m.role, 'editor'));
  const ownerId = map.scope?.ownerId;
  const known = !ownerId || members.some((m) => m.userId === ownerId);
  return (
    <div className="field">
      <span><label htmlFor={id}>Owner</label></span>
      <select id={id} className="select" value={ownerId ?? ''} data-testid="map-owner" disabled={load.state === 'loading' && !ownerId}
        onChange={(e) => { dispatch({ type: 'updateScope', patch: { ownerId: e.target.value || undefined } }, 'scope-ownerId'); seal(); }}>
        <option value="">No owner</option>
        {members.map((m) => <option key={m.userId} value={m.userId}>{m.displayName}</option>)}
        {!known && load.state !== 'loading' && <option value={ownerId}>A former member</option>}
      </select>
    </div>
  );
}

export function ReviewIntervalField() {
  const { map, dispatch, seal } = useMapSession();
  const id = useId();
  const days = map.scope?.reviewEveryDays;
  const listed = days === undefined || reviewIntervals.some((i) => i.days === days);
  return (
    <div className="field">
      <span><label htmlFor={id}>Review</label></span>
      <select id={id} className="select" value={days ?? ''} data-testid="review-interval"
        onChange={(e) => { dispatch({ type: 'updateScope', patch: { reviewEveryDays: e.target.value ? Number(e.target.value) : undefined } }, 'scope-reviewEveryDays'); seal(); }}>
        <option value="">When I choose (asks for the next date)</option>
        {reviewIntervals.map((i) => <option key={i.days} value={i.days}>{i.label}</option>)}
        {!listed && <option value={days}>Every {days} days</option>}
      </select>
    </div>
  );
}

export function LastReviewed({ className }: { className?: string }) {
  const { map } = useMapSession();
  const on = map.scope?.reviewedOn;
  if (!on) return <p className={className}>Not marked reviewed yet.</p>;
  return <p className={className} data-testid="last-reviewed">Last reviewed on {formatDate(on)}{map.scope?.reviewedBy ? ` by ${map.scope.reviewedBy}` : ''}.</p>;
}

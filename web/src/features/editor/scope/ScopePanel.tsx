// The map's scope in the side panel: what the journey is for (description, goal, scenario, segment), the channels
// in scope, the KPI targets, who owns it (a member) and when to review it, and the emotion scale. Typing in a field is one
// undo step per field visit.
import { useId, type ReactNode } from 'react';
import { useMapSession } from '../../map/MapSession';
import { AutoTextarea } from '../cells/AutoTextarea';
import { ChannelChips } from '../cells/ChannelChips';
import { ChannelPicker } from '../cells/ChannelPicker';
import { toggleChannel } from '../../../ui/channels';
import { orUndefined } from '../cells/listEdits';
import { formatDate, isPast } from './dates';
import { EmotionScaleField } from './EmotionScaleField';
import { KpiTargets } from './KpiTargets';
import { LastReviewed, OwnerField, ReviewIntervalField } from '../../reviews/OwnerFields';
import styles from './ScopePanel.module.css';

type TextField = 'goal' | 'scenario' | 'segment' | 'owner';

function Section({ title, children }: { title: string; children: ReactNode }) {
  return (
    <section className={styles.section}>
      <h3 className={styles.heading}>{title}</h3>
      {children}
    </section>
  );
}

function ScopeText({ field, label, placeholder, multiline }: { field: TextField; label: string; placeholder: string; multiline?: boolean }) {
  const { map, dispatch, seal } = useMapSession();
  const id = useId();
  const value = map.scope?.[field] ?? '';
  const write = (v: string) => dispatch({ type: 'updateScope', patch: { [field]: v === '' ? undefined : v } }, `scope-${field}`);
  return (
    <div className="field">
      <span><label htmlFor={id}>{label}</label></span>
      {multiline
        ? <AutoTextarea id={id} value={value} onValue={write} onBlur={seal} placeholder={placeholder} minRows={2} maxLength={4000} className={styles.textarea} />
        : <input id={id} className="input" value={value} onChange={(e) => write(e.target.value)} onBlur={seal} placeholder={placeholder} maxLength={500} />}
    </div>
  );
}

export function ScopePanel() {
  const { map, dispatch, seal } = useMapSession();
  const descriptionId = useId();
  const reviewId = useId();
  const scope = map.scope ?? {};
  const overdue = isPast(scope.reviewBy);
  return (
    <div className={styles.panel} aria-label="Map scope">
      <Section title="About this map">
        <div className="field">
          <span><label htmlFor={descriptionId}>Description</label></span>
          <AutoTextarea id={descriptionId} value={map.description ?? ''} minRows={2} maxLength={4000} className={styles.textarea}
            placeholder="What this map is about, for people opening it"
            onValue={(v) => dispatch({ type: 'updateMap', patch: { description: v === '' ? undefined : v } }, 'map-description')} onBlur={seal} />
        </div>
        <ScopeText field="goal" label="Customer goal" placeholder="What the customer wants to get done" multiline />
        <ScopeText field="scenario" label="Scenario" placeholder="The situation this journey follows" multiline />
        <ScopeText field="segment" label="Segment" placeholder="Which customers this map stands for" multiline />
      </Section>

      <Section title="Channels in scope">
        {scope.channels?.length
          ? <ChannelChips channels={scope.channels} onRemove={(c) => dispatch({ type: 'updateScope', patch: { channels: orUndefined(toggleChannel(scope.channels, c)) } })} />
          : <p className={styles.none}>No channels chosen.</p>}
        <div>
          <ChannelPicker value={scope.channels} buttonLabel="Choose channels"
            onChange={(channels) => dispatch({ type: 'updateScope', patch: { channels: orUndefined(channels) } }, 'scope-channels')} />
        </div>
      </Section>

      <Section title="KPI targets">
        <KpiTargets />
      </Section>

      <Section title="Ownership">
        <OwnerField />
        <ScopeText field="owner" label="Team" placeholder="The team that keeps this map true" />
        <div className="field">
          <span className={styles.labelRow}>
            <label htmlFor={reviewId}>Review by</label>
            {overdue && <span className="badge badge-danger" data-testid="review-overdue">Review overdue</span>}
          </span>
          <input id={reviewId} className="input" type="date" value={scope.reviewBy ?? ''} aria-invalid={overdue}
            aria-describedby={overdue ? `${reviewId}-late` : undefined}
            onChange={(e) => dispatch({ type: 'updateScope', patch: { reviewBy: e.target.value || undefined } }, 'scope-review')} onBlur={seal} />
          {overdue && scope.reviewBy && (
            <p id={`${reviewId}-late`} className={styles.late}>This map was due for review on {formatDate(scope.reviewBy)}. Check it still matches what customers do.</p>
          )}
        </div>
        <ReviewIntervalField />
        <LastReviewed className={styles.note} />
      </Section>

      <Section title="Emotion curve">
        <EmotionScaleField />
      </Section>
    </div>
  );
}

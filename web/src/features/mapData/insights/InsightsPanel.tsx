// Where it hurts: the findings on the map for the data view's period and segment, grouped by kind, each with its
// evidence, a few quotes and a way to the step. Opened from the data bar; one panel beside the map at a time.
import { api } from '../../../api/client';
import { useEffect, useState } from 'react';
import { type InsightsResult } from '../../../api/insights';
import type { JourneyMap } from '../../../api/model';
import { EmptyState, ErrorState, Spinner } from '../../../ui/States';
import { EvidencePanelShell } from '../evidence/EvidencePanelShell';
import { keys } from '../../../app/server/keys';
import { useServerData } from '../../../app/server/useServerData';
import { isBusy, valueOf } from '../../../ui/load';
import { stepsOf } from '../../map/state/queries';
import { useOverlay } from '../overlay/OverlayContext';
import { describeRange, resolveRange } from '../overlay/ranges';
import { measuredShape } from '../overlay/useOverlayLoad';
import { FindingCard } from './FindingCard';
import { HurtIcon } from './HurtIcon';
import { findingCount, groupFindings, kindHints, moreLabel, shownPerKind } from './insightsView';
import type { FindingKind } from '../../../api/insights';
import { useStepFlash } from './useStepFlash';
import shared from '../evidence/Evidence.module.css';
import { DataLink } from '../bindings/DataLink';
import styles from './Insights.module.css';

/** How long a shown step stays lit. */

interface Props {
  workspaceId: string;
  map: JourneyMap;
  /** The map on screen is saved: the server measures what is on screen. */
  saved: boolean;
  onClose: () => void;
}

export function InsightsPanel({ workspaceId, map, saved, onClose }: Props) {
  const overlay = useOverlay();
  const { settings } = overlay;
  const range = resolveRange(settings.range, new Date());
  // Findings follow the bindings and the journey's ends, once a change to them is saved.
  const [shape, setShape] = useState(() => measuredShape(map));
  const savedShape = saved ? measuredShape(map) : shape;
  if (savedShape !== shape) setShape(savedShape);
  const { load, retry } = useServerData<InsightsResult>({
    key: keys.insights(workspaceId, map.id, [range.from, range.to, settings.segment, savedShape]),
    enabled: !range.error,
    keepPrevious: true,
    fetch: (signal) => api.insights.get(workspaceId, map.id, { from: range.from, to: range.to, segment: settings.segment }, signal),
  });

  // The panel belongs to the data view: switching the view off closes it.
  useEffect(() => { if (!overlay.on) onClose(); }, [overlay.on, onClose]);

  const [expanded, setExpanded] = useState<ReadonlySet<FindingKind>>(new Set());
  const toggle = (kind: FindingKind) => setExpanded((e) => {
    const next = new Set(e);
    if (!next.delete(kind)) next.add(kind);
    return next;
  });

  const show = useStepFlash();

  const segmentName = settings.segment && overlay.segments.state === 'ready'
    ? overlay.segments.value.find((s) => s.id === settings.segment)?.name ?? 'a segment'
    : 'all customers';
  const result = valueOf(load);
  const stepNames = new Map(stepsOf(map).map((r) => [r.step.id, r.step.name]));

  return (
    <EvidencePanelShell title="Where it hurts" testId="insights-panel" focusTitle onClose={onClose} busy={isBusy(load)} icon={<HurtIcon />}>
      <p className={styles.scope} data-testid="insights-scope">
        {describeRange(settings.range)}, {segmentName}
        {result && result.findings.length > 0 && <> · {findingCount(result.findings.length)}</>}
      </p>
      {range.error && <p className={styles.invalid} role="alert">{range.error}</p>}
      {!result && load.state === 'loading' && <Spinner label="Looking for where it hurts" />}
      {load.state === 'error' && <ErrorState title="The findings could not be loaded" error={load.error} onRetry={retry} />}
      {result && result.findings.length === 0 && load.state !== 'error' && (
        <div data-testid="insights-empty">
          <EmptyState title="No findings yet: bind steps and add feedback"
            action={<DataLink href="/data/feedback" className="btn btn-sm">Add feedback</DataLink>}>
            Findings come from customers moving over the steps bound to data and from the feedback placed on them.
          </EmptyState>
        </div>
      )}
      {result && load.state !== 'error' && groupFindings(result.findings).map((group) => (
        <section key={group.kind} className={shared.section} aria-labelledby={`insights-${group.kind}`} data-testid="finding-group" data-kind={group.kind}>
          <div className={shared.sectionHead}>
            <h3 id={`insights-${group.kind}`}>{group.title}</h3>
            <span className={shared.count}>{group.findings.length}</span>
          </div>
          <p className={shared.hint}>{kindHints[group.kind]}</p>
          <ol className={styles.findings}>
            {(expanded.has(group.kind) ? group.findings : group.findings.slice(0, shownPerKind)).map((finding) => (
              <FindingCard key={finding.id} finding={finding} stepNames={stepNames} onShowStep={show} />
            ))}
          </ol>
          {group.findings.length > shownPerKind && (
            <button type="button" className={`btn btn-sm ${styles.more}`} data-testid="show-more-findings"
              aria-expanded={expanded.has(group.kind)} onClick={() => toggle(group.kind)}>
              {expanded.has(group.kind) ? 'Show fewer' : moreLabel(group.kind, group.findings.length - shownPerKind)}
            </button>
          )}
        </section>
      ))}
    </EvidencePanelShell>
  );
}

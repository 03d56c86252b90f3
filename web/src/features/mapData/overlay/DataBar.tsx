// The bar of the data view: the period measured, the segment (and one to compare with), the segments dialog, how
// the figures are doing (loading, no events yet, an error), and the switches of the funnel, "Where it hurts" and
// attribution and what-if panels.
import { useId } from 'react';
import { AttributionIcon } from '../../attribution/AttributionIcon';
import { WhatIfIcon } from '../../whatif/WhatIfIcon';
import { useEvidence } from '../evidence/EvidenceContext';
import { HurtIcon } from '../insights/HurtIcon';
import { SourcePicker } from '../source/SourcePicker';
import { DataStatus } from './DataStatus';
import { SeriesTag } from './SeriesTag';
import { useBindings } from '../bindings/BindingsContext';
import { useOverlay } from './OverlayContext';
import { rangePresets, type RangePreset } from './ranges';
import styles from './DataBar.module.css';

export function DataBar() {
  const overlay = useOverlay();
  const { readOnly } = useBindings(); // a guest or a reader picks a segment, never makes or changes one
  const evidence = useEvidence();
  const ids = { range: useId(), segment: useId(), compare: useId(), from: useId(), to: useId() };
  if (!overlay.on) return null;
  const { settings, setSettings, segments } = overlay;
  const list = segments.state === 'ready' ? segments.value : [];
  const funnelShown = overlay.funnelOpen && !evidence.panel;
  const toggleFunnel = () => {
    if (funnelShown) { overlay.setFunnelOpen(false); return; }
    evidence.close();
    overlay.setFunnelOpen(true);
  };
  const insightsShown = evidence.panel === 'insights';
  const toggleInsights = () => {
    if (insightsShown) { evidence.close(); return; }
    overlay.setFunnelOpen(false);
    evidence.open('insights');
  };
  const attributionShown = evidence.panel === 'attribution';
  const toggleAttribution = () => {
    if (attributionShown) { evidence.close(); return; }
    overlay.setFunnelOpen(false);
    evidence.open('attribution');
  };
  const whatIfShown = evidence.panel === 'whatif';
  const toggleWhatIf = () => {
    if (whatIfShown) { evidence.close(); return; }
    overlay.setFunnelOpen(false);
    evidence.open('whatif');
  };
  const comparing = settings.compare !== null && overlay.result?.series.length === 2;
  const setRange = (preset: RangePreset) => setSettings({ ...settings, range: { ...settings.range, preset } });

  return (
    <section className={styles.bar} aria-label="Data view" data-testid="data-bar">
      <SourcePicker />
      <div className={styles.group}>
        <label className={styles.field} htmlFor={ids.range}>Period</label>
        <select id={ids.range} className={styles.select} value={settings.range.preset} data-testid="range-preset"
          onChange={(e) => setRange(e.target.value as RangePreset)}>
          {rangePresets.map((p) => <option key={p.id} value={p.id}>{p.label}</option>)}
        </select>
        {settings.range.preset === 'custom' && (
          <>
            <label className="visually-hidden" htmlFor={ids.from}>From</label>
            <input id={ids.from} type="date" className={styles.date} value={settings.range.fromDate ?? ''} data-testid="range-from"
              onChange={(e) => setSettings({ ...settings, range: { ...settings.range, fromDate: e.target.value || undefined } })} />
            <span aria-hidden="true">–</span>
            <label className="visually-hidden" htmlFor={ids.to}>To</label>
            <input id={ids.to} type="date" className={styles.date} value={settings.range.toDate ?? ''} data-testid="range-to"
              onChange={(e) => setSettings({ ...settings, range: { ...settings.range, toDate: e.target.value || undefined } })} />
          </>
        )}
      </div>
      <div className={styles.group}>
        {comparing && <SeriesTag index={0} name="" />}
        <label className={styles.field} htmlFor={ids.segment}>Segment</label>
        <select id={ids.segment} className={styles.select} value={settings.segment ?? ''} data-testid="segment-picker"
          onChange={(e) => {
            const segment = e.target.value || null;
            // A segment is not compared with itself: picking the compared one ends the comparison.
            setSettings({ ...settings, segment, compare: settings.compare === segment ? null : settings.compare });
          }}>
          <option value="">All customers</option>
          {list.map((s) => <option key={s.id} value={s.id}>{s.name}</option>)}
        </select>
        {comparing && <SeriesTag index={1} name="" />}
        <label className={styles.field} htmlFor={ids.compare}>Compare with</label>
        <select id={ids.compare} className={styles.select} value={settings.compare ?? ''} data-testid="compare-picker"
          onChange={(e) => setSettings({ ...settings, compare: e.target.value || null })}>
          <option value="">Nothing</option>
          {list.filter((s) => s.id !== settings.segment).map((s) => <option key={s.id} value={s.id}>{s.name}</option>)}
        </select>
        {!readOnly && <button type="button" className="btn btn-sm" onClick={overlay.openSegments} data-testid="manage-segments">Segments…</button>}
      </div>
      <DataStatus />
      <button type="button" className={`btn btn-sm ${funnelShown ? styles.pressed : ''}`} aria-pressed={funnelShown}
        data-testid="toggle-funnel" title="Funnel" onClick={toggleFunnel}>
        <FunnelIcon /><span className={styles.panelLabel}>Funnel</span>
      </button>
      <button type="button" className={`btn btn-sm ${insightsShown ? styles.pressed : ''}`} aria-pressed={insightsShown}
        data-testid="toggle-insights" title="Where it hurts" onClick={toggleInsights}>
        <HurtIcon /><span className={styles.panelLabel}>Where it hurts</span>
      </button>
      <button type="button" className={`btn btn-sm ${attributionShown ? styles.pressed : ''}`} aria-pressed={attributionShown}
        data-testid="toggle-attribution" title="Attribution" onClick={toggleAttribution}>
        <AttributionIcon /><span className={styles.panelLabel}>Attribution</span>
      </button>
      <button type="button" className={`btn btn-sm ${whatIfShown ? styles.pressed : ''}`} aria-pressed={whatIfShown}
        data-testid="toggle-whatif" title="What if" onClick={toggleWhatIf}>
        <WhatIfIcon /><span className={styles.panelLabel}>What if</span>
      </button>
    </section>
  );
}

export function FunnelIcon() {
  return (
    <svg width="14" height="14" viewBox="0 0 16 16" aria-hidden="true" fill="none" stroke="currentColor" strokeWidth="1.6" strokeLinejoin="round">
      <path d="M2 3h12l-4.5 5.5V13l-3 1.5V8.5z" />
    </svg>
  );
}

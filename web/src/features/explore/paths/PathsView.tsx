// Explore › Paths: what customers did after (or before) a step or an activity, as a Sankey whose every column adds
// up to the customers at the start ("journey ended" and "other" included), with a second segment drawn below it
// on the same scale. The settings live in the address with the scope.
import { useState } from 'react';
import { useWorkspace } from '../../../app/workspace';
import { EmptyState, LoadView } from '../../../ui/States';
import { formatCount } from '../../mapData';
import type { ExploreViewProps } from '../exploreViews';
import { PathList } from './PathList';
import { PathSankeyChart } from './PathSankeyChart';
import { columnStep, sharedHeights, type PathSankey } from './pathsLayout';
import { parseSettings, pathsRequest, settingsSearch, type PathsSettings } from './pathsSettings';
import { PathsControls } from './PathsControls';
import { usePathsData } from './usePathsData';
import { useWidth } from './useWidth';
import styles from './Paths.module.css';

const maxHeight = { one: 300, two: 220 };

export function PathsView({ scope, query }: ExploreViewProps) {
  const workspace = useWorkspace();
  const [settings, setSettingsState] = useState<PathsSettings>(() => parseSettings(location.search));
  const [selected, setSelected] = useState<string | null>(null);
  const setSettings = (next: PathsSettings) => {
    setSettingsState(next);
    setSelected(null);
    history.replaceState(null, '', location.pathname + settingsSearch(next, location.search));
  };
  const needsMap = settings.start.kind === 'step' && !scope.mapId ? 'Pick the map whose step the paths start from (“Steps from” above).' : undefined;
  const request = pathsRequest(query, scope.mapId, settings);
  const { paths, map, activities } = usePathsData(workspace.id, scope.mapId, request, query.error ?? needsMap);
  const { ref, width } = useWidth<HTMLDivElement>(1100);
  return (
    <div className={styles.view} ref={ref}>
      <PathsControls settings={settings} onChange={setSettings} map={map} activities={activities} segment={scope.segment} />
      {paths.load.state === 'invalid' && <EmptyState title="Nothing to measure yet">{paths.load.message}</EmptyState>}
      <LoadView load={paths.load} loading="Measuring paths" onRetry={paths.retry} errorTitle="The paths could not be measured">
        {(answer) => {
          const series = answer.series;
          const first = series[0];
          if (!first || first.customers === 0) {
            const what = answer.start ? `did “${answer.start}”` : 'has any event';
            return <EmptyState title="No paths to show">No customer {what} in this period{scope.segment ? ' and segment' : ''}.</EmptyState>;
          }
          const heights = sharedHeights(series, series.length > 1 ? maxHeight.two : maxHeight.one);
          return (
            <div className={styles.results} data-testid="paths-results">
              {series.map((s, i) => (
                <SeriesBlock key={`${s.key}-${String(i)}`} series={s} width={width} height={heights[i] ?? 0} settings={settings}
                  start={answer.start} selected={selected} onSelect={setSelected} compared={series.length > 1} />
              ))}
            </div>
          );
        }}
      </LoadView>
    </div>
  );
}

interface BlockProps {
  series: PathSankey;
  width: number;
  height: number;
  settings: PathsSettings;
  start: string | null;
  selected: string | null;
  onSelect: (id: string | null) => void;
  compared: boolean;
}

function SeriesBlock({ series, width, height, settings, start, selected, onSelect, compared }: BlockProps) {
  const backward = settings.direction === 'backward';
  const from = start ? `“${start}”` : backward ? 'their last event' : 'their first event';
  return (
    <section className={styles.series} aria-label={series.name} data-testid="paths-series">
      <header className={styles.seriesHead}>
        <h2 className={styles.seriesTitle}>{compared ? series.name : 'Paths'}</h2>
        <span className={styles.muted} data-testid="paths-start-customers">
          {formatCount(series.customers)} customers {start ? `did ${from}` : 'with events'}; every column adds up to them
        </span>
      </header>
      {series.customers === 0
        ? <p className={styles.muted}>No customer of this segment {start ? `did ${from}` : 'has any event'} in this period.</p>
        : (
          <>
            <ColumnHeads columns={series.columns.length} backward={backward} width={width} />
            <PathSankeyChart series={series} width={width} height={height} backward={backward} selected={selected} onSelect={onSelect} />
            <PathList series={series} selected={selected} backward={backward} />
          </>
        )}
    </section>
  );
}

function ColumnHeads({ columns, backward, width }: { columns: number; backward: boolean; width: number }) {
  const step = columnStep(width, columns);
  const name = (c: number) => (c === 0 ? 'Start' : backward ? `${c} before` : `Step ${c}`);
  return (
    <div className={styles.columnHeads} style={{ width }} aria-hidden="true">
      {Array.from({ length: columns }, (_, c) => {
        const x = (backward ? columns - 1 - c : c) * step;
        return <span key={c} style={{ left: x }}>{name(c)}</span>;
      })}
    </div>
  );
}

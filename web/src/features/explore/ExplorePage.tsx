// The Explore page: the engine's analyses (funnels, paths, the process map, retention, trends) over the
// workspace's events, for one scope shared by every view (docs/analytics.md says what each figure counts).
import { useMemo, useState } from 'react';
import type { ExploreView } from '../../app/router';
import { EmptyState } from '../../ui/States';
import { ExploreTabPanel, ExploreTabs } from './ExploreTabs';
import { exploreViews } from './exploreViews';
import { parseScope, scopeQuery, scopeSearch, type ExploreScope } from './exploreScope';
import { ScopeBar } from './ScopeBar';
import styles from './Explore.module.css';

export function ExplorePage({ view }: { view: ExploreView }) {
  const [scope, setScopeState] = useState<ExploreScope>(() => parseScope(location.search));
  const setScope = (next: ExploreScope) => {
    setScopeState(next);
    history.replaceState(null, '', location.pathname + scopeSearch(next, location.search));
  };
  // The period is resolved once per change of scope, so "last 7 days" does not move under a view while it loads.
  const query = useMemo(() => scopeQuery(scope, new Date()), [scope]);
  const entry = exploreViews.find((v) => v.id === view);
  return (
    <div className={styles.page}>
      <div className={styles.head}>
        <h1>Explore</h1>
        <p className={styles.sub}>{entry?.question ?? 'The analyses of your customers’ events.'}</p>
      </div>
      <ScopeBar scope={scope} onChange={setScope} error={query.error} />
      {exploreViews.length > 0 && <ExploreTabs views={exploreViews} view={view} />}
      {entry
        ? <ExploreTabPanel view={view}>{entry.render({ scope, query })}</ExploreTabPanel>
        : <EmptyState level={2} title="Nothing to explore here yet">This view is not part of this version of Waymark.</EmptyState>}
    </div>
  );
}

// The Explore page's tabs: each view has its own address and keeps the scope's query.
import type { ReactNode } from 'react';
import { hrefOf, navigate, type ExploreView } from '../../app/router';
import { TabList, TabPanel } from '../../ui/TabList';
import type { ExploreViewEntry } from './exploreViews';
import styles from './Explore.module.css';

export function ExploreTabs({ views, view }: { views: ExploreViewEntry[]; view: ExploreView }) {
  return (
    <TabList
      prefix="explore"
      label="Analysis"
      tabs={views}
      current={view}
      onSelect={(next) => navigate(hrefOf({ page: 'explore', view: next }) + location.search, { replace: true })}
    />
  );
}

export function ExploreTabPanel({ view, children }: { view: ExploreView; children: ReactNode }) {
  return <TabPanel prefix="explore" id={view} className={styles.panel}>{children}</TabPanel>;
}

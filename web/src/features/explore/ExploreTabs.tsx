// The Explore page's tabs: each view has its own address and keeps the scope's query; the arrow keys move between
// them as in any tab list.
import type { KeyboardEvent, ReactNode } from 'react';
import { hrefOf, navigate, type ExploreView } from '../../app/router';
import type { ExploreViewEntry } from './exploreViews';
import styles from './Explore.module.css';

const tabPanelId = (view: ExploreView) => `explore-panel-${view}`;
const tabId = (view: ExploreView) => `explore-tab-${view}`;

export function ExploreTabs({ views, view }: { views: ExploreViewEntry[]; view: ExploreView }) {
  const go = (next: ExploreView) => {
    navigate(hrefOf({ page: 'explore', view: next }) + location.search, { replace: true });
    requestAnimationFrame(() => document.getElementById(tabId(next))?.focus());
  };
  const onKey = (e: KeyboardEvent) => {
    const at = views.findIndex((t) => t.id === view);
    const step = e.key === 'ArrowRight' ? 1 : e.key === 'ArrowLeft' ? -1 : 0;
    if (step === 0 || views.length === 0) return;
    e.preventDefault();
    go(views[(at + step + views.length) % views.length]!.id);
  };
  return (
    <div className={styles.tabs} role="tablist" aria-label="Analysis" onKeyDown={onKey}>
      {views.map((t) => (
        <button
          key={t.id}
          id={tabId(t.id)}
          type="button"
          role="tab"
          className={styles.tab}
          aria-selected={t.id === view}
          aria-controls={tabPanelId(t.id)}
          tabIndex={t.id === view ? 0 : -1}
          data-testid={`explore-tab-${t.id}`}
          onClick={() => { if (t.id !== view) go(t.id); }}
        >
          {t.label}
        </button>
      ))}
    </div>
  );
}

export function ExploreTabPanel({ view, children }: { view: ExploreView; children: ReactNode }) {
  return (
    <div id={tabPanelId(view)} role="tabpanel" aria-labelledby={tabId(view)} className={styles.panel}>
      {children}
    </div>
  );
}

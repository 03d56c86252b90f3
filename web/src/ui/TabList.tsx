// One look and one keyboard for the tabs whose every tab has its own address (Data, Explore): the arrow keys, Home and
// End move between tabs and follow them, as the ARIA tabs pattern describes; a panel names its tab.
import type { KeyboardEvent, ReactNode } from 'react';
import styles from './TabList.module.css';

export interface TabItem<T extends string> {
  id: T;
  label: ReactNode;
}

const tabId = (prefix: string, id: string) => `${prefix}-tab-${id}`;
const panelId = (prefix: string, id: string) => `${prefix}-panel-${id}`;

export function TabList<T extends string>({ prefix, label, tabs, current, onSelect, className }: {
  prefix: string;
  label: string;
  tabs: readonly TabItem<T>[];
  current: T;
  onSelect: (id: T) => void;
  className?: string;
}) {
  const go = (next: T) => {
    onSelect(next);
    requestAnimationFrame(() => document.getElementById(tabId(prefix, next))?.focus());
  };
  const onKey = (e: KeyboardEvent) => {
    if (tabs.length === 0) return;
    const at = tabs.findIndex((t) => t.id === current);
    const target = e.key === 'ArrowRight' ? (at + 1) % tabs.length
      : e.key === 'ArrowLeft' ? (at - 1 + tabs.length) % tabs.length
        : e.key === 'Home' ? 0
          : e.key === 'End' ? tabs.length - 1 : -1;
    if (target < 0) return;
    e.preventDefault();
    if (target !== at) go(tabs[target]!.id);
  };
  return (
    <div className={[styles.tabs, className].filter(Boolean).join(' ')} role="tablist" aria-label={label} onKeyDown={onKey}>
      {tabs.map((t) => (
        <button
          key={t.id}
          id={tabId(prefix, t.id)}
          type="button"
          role="tab"
          className={styles.tab}
          aria-selected={t.id === current}
          aria-controls={panelId(prefix, t.id)}
          tabIndex={t.id === current ? 0 : -1}
          data-testid={`${prefix}-tab-${t.id}`}
          onClick={() => { if (t.id !== current) go(t.id); }}
        >
          {t.label}
        </button>
      ))}
    </div>
  );
}

export function TabPanel({ prefix, id, className, children }: { prefix: string; id: string; className?: string; children: ReactNode }) {
  return (
    <div id={panelId(prefix, id)} role="tabpanel" aria-labelledby={tabId(prefix, id)} className={className}>
      {children}
    </div>
  );
}

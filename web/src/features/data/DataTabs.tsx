// The Data page's two tabs, events and feedback: each has its own address (/data, /data/feedback), and the arrow
// keys move between them as in any tab list.
import type { KeyboardEvent, ReactNode } from 'react';
import { navigate, type DataTab } from '../../app/router';
import styles from './Data.module.css';

const tabs: { id: DataTab; label: string; href: string }[] = [
  { id: 'events', label: 'Events', href: '/data' },
  { id: 'feedback', label: 'Feedback', href: '/data/feedback' },
];

const tabPanelId = (tab: DataTab) => `data-panel-${tab}`;
const tabId = (tab: DataTab) => `data-tab-${tab}`;

export function DataTabs({ tab }: { tab: DataTab }) {
  const go = (next: DataTab) => {
    const target = tabs.find((t) => t.id === next)!;
    navigate(target.href, { replace: true });
    requestAnimationFrame(() => document.getElementById(tabId(next))?.focus());
  };
  const onKey = (e: KeyboardEvent) => {
    const at = tabs.findIndex((t) => t.id === tab);
    const step = e.key === 'ArrowRight' ? 1 : e.key === 'ArrowLeft' ? -1 : 0;
    if (step === 0) return;
    e.preventDefault();
    go(tabs[(at + step + tabs.length) % tabs.length]!.id);
  };
  return (
    <div className={styles.tabs} role="tablist" aria-label="Kind of data" onKeyDown={onKey}>
      {tabs.map((t) => (
        <button
          key={t.id}
          id={tabId(t.id)}
          type="button"
          role="tab"
          className={styles.tab}
          aria-selected={t.id === tab}
          aria-controls={tabPanelId(t.id)}
          tabIndex={t.id === tab ? 0 : -1}
          data-testid={`data-tab-${t.id}`}
          onClick={() => { if (t.id !== tab) go(t.id); }}
        >
          {t.label}
        </button>
      ))}
    </div>
  );
}

export function DataTabPanel({ tab, children }: { tab: DataTab; children: ReactNode }) {
  return (
    <div id={tabPanelId(tab)} role="tabpanel" aria-labelledby={tabId(tab)} className={styles.tabPanel}>
      {children}
    </div>
  );
}

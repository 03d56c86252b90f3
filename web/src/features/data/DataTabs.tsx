// The Data page's tabs, events, feedback and webhooks: each has its own address (/data, /data/feedback, /data/webhooks).
import type { ReactNode } from 'react';
import { navigate, type DataTab } from '../../app/router';
import { TabList, TabPanel } from '../../ui/TabList';
import styles from './Data.module.css';

const tabs: { id: DataTab; label: string; href: string }[] = [
  { id: 'events', label: 'Events', href: '/data' },
  { id: 'feedback', label: 'Feedback', href: '/data/feedback' },
  { id: 'webhooks', label: 'Webhooks', href: '/data/webhooks' },
];

export function DataTabs({ tab }: { tab: DataTab }) {
  return (
    <TabList
      prefix="data"
      label="Kind of data"
      tabs={tabs}
      current={tab}
      className={styles.tabs}
      onSelect={(next) => navigate(tabs.find((t) => t.id === next)!.href, { replace: true })}
    />
  );
}

export function DataTabPanel({ tab, children }: { tab: DataTab; children: ReactNode }) {
  return <TabPanel prefix="data" id={tab} className={styles.tabPanel}>{children}</TabPanel>;
}

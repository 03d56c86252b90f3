import type { ReactNode } from 'react';
import type { Workspace } from '../api/model';
import { AccountMenu } from '../features/account/AccountMenu';
import { Link } from './Link';
import type { Route } from './router';
import styles from './AppShell.module.css';

const sections = [
  { href: '/', label: 'Maps', active: (r: Route) => r.page === 'home' },
  { href: '/templates', label: 'Templates', active: (r: Route) => r.page === 'templates' },
  { href: '/personas', label: 'Personas', active: (r: Route) => r.page === 'personas' || r.page === 'persona' },
  { href: '/data', label: 'Data', active: (r: Route) => r.page === 'data' },
  // Owners only; with accounts off everyone is the owner. A member below owner who opens it is told so (403).
  { href: '/activity', label: 'Activity', active: (r: Route) => r.page === 'activity' },
  { href: '/members', label: 'Members', active: (r: Route) => r.page === 'members' },
];

/** The frame around every page but the map editor: brand, workspace name and the main sections. */
export function AppShell({ route, workspace, children }: { route: Route; workspace?: Workspace; children: ReactNode }) {
  return (
    <div className={styles.shell}>
      <header className={styles.top}>
        <Link href="/" className={styles.brand} aria-label="Waymark home">
          <svg width="24" height="24" viewBox="0 0 32 32" aria-hidden="true">
            <circle cx="16" cy="16" r="14" fill="var(--accent)" />
            <path d="M7 20 Q12 8 16 16 T25 12" stroke="#fff" strokeWidth="3" fill="none" strokeLinecap="round" />
          </svg>
          <span>Waymark</span>
        </Link>
        {workspace && <span className={styles.workspace}>{workspace.name}</span>}
        <nav className={styles.nav} aria-label="Main">
          {sections.map((s) => (
            <Link key={s.href} href={s.href} className={styles.navLink} aria-current={s.active(route) ? 'page' : undefined}>
              {s.label}
            </Link>
          ))}
        </nav>
        <AccountMenu />
      </header>
      <main className={styles.main}>{children}</main>
    </div>
  );
}

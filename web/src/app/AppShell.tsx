import type { ReactNode } from 'react';
import type { Workspace } from '../api/model';
import { AccountMenu } from '../features/account/AccountMenu';
import { InboxButton } from '../features/comments';
import { Link } from './Link';
import type { Route } from './router';
import styles from './AppShell.module.css';
import { BrandMark } from '../ui/BrandMark';
import { SkipLink } from '../ui/SkipLink';
import { hasRole } from '../features/members/roles';

const sections = [
  { href: '/', label: 'Maps', active: (r: Route) => r.page === 'home' },
  { href: '/templates', label: 'Templates', active: (r: Route) => r.page === 'templates' },
  { href: '/personas', label: 'Personas', active: (r: Route) => r.page === 'personas' || r.page === 'persona' },
  { href: '/data', label: 'Data', active: (r: Route) => r.page === 'data' },
  { href: '/explore', label: 'Explore', active: (r: Route) => r.page === 'explore' },
  { href: '/members', label: 'Members', active: (r: Route) => r.page === 'members' },
  // Owners only (the server answers others 403); with accounts off everyone is the owner.
  { href: '/activity', label: 'Activity', active: (r: Route) => r.page === 'activity', ownersOnly: true },
];

/** The frame around every page but the map editor: brand, workspace name and the main sections. */
export function AppShell({ route, workspace, children }: { route: Route; workspace?: Workspace; children: ReactNode }) {
  return (
    <div className={styles.shell}>
      <SkipLink target="main-content">Skip to content</SkipLink>
      <header className={styles.top}>
        <Link href="/" className={styles.brand} aria-label="Waymark home">
          <BrandMark />
          <span>Waymark</span>
        </Link>
        {workspace && <span className={styles.workspace}>{workspace.name}</span>}
        <nav className={styles.nav} aria-label="Main">
          {sections.filter((s) => !s.ownersOnly || hasRole(workspace?.role, 'owner')).map((s) => (
            <Link key={s.href} href={s.href} className={styles.navLink} aria-current={s.active(route) ? 'page' : undefined}>
              {s.label}
            </Link>
          ))}
        </nav>
        <AccountMenu />
        {workspace && <InboxButton workspaceId={workspace.id} />}
      </header>
      <main id="main-content" tabIndex={-1} className={styles.main}>{children}</main>
    </div>
  );
}

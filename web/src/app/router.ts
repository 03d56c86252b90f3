// A small router over the History API: the app has a handful of routes and needs nothing more.
import { useEffect, useState } from 'react';

/** The Data page's tabs: customer events (the default), feedback, and the webhooks that send it on. */
export type DataTab = 'events' | 'feedback' | 'webhooks';

/** The Explore page's views; each has its own address (/explore is the funnels). */
export const exploreViewIds = ['funnels', 'paths', 'process', 'retention', 'trends'] as const;
export type ExploreView = (typeof exploreViewIds)[number];

function isExploreView(value: string): value is ExploreView {
  return (exploreViewIds as readonly string[]).includes(value);
}

/** What a map is compared with on its Compare view. */
export type CompareTarget = { mapId: string } | { revision: number };

export type Route =
  | { page: 'home' }
  | { page: 'signin' }
  | { page: 'forgotPassword' }
  /** The page a mailed reset link opens (/reset-password#token=...). */
  | { page: 'resetPassword' }
  | { page: 'invite' }
  | { page: 'members' }
  | { page: 'templates' }
  | { page: 'personas' }
  | { page: 'data'; tab: DataTab }
  | { page: 'explore'; view: ExploreView }
  | { page: 'persona'; personaId: string }
  | { page: 'activity' }
  /** A map in the editor; /maps/<id>/history opens it with the side panel on its history. */
  | { page: 'map'; mapId: string; panel?: 'history' }
  /** The map compared with the map it is based on (no `against`), another map, or one of its revisions. */
  | { page: 'compare'; mapId: string; against?: CompareTarget }
  /** A share link as handed out: /s/<token>. The guest page reads the token, then takes it out of the address. */
  | { page: 'shareOpen'; token: string }
  /** A shared map, once opened: the guest cookie says which. */
  | { page: 'shared' }
  | { page: 'notFound'; path: string };

export function parseRoute(path: string): Route {
  const parts = path.split('/').filter(Boolean).map(decodeURIComponent);
  if (parts.length === 0) return { page: 'home' };
  if (parts[0] === 'signin' && parts.length === 1) return { page: 'signin' };
  if (parts[0] === 'forgot-password' && parts.length === 1) return { page: 'forgotPassword' };
  if (parts[0] === 'reset-password' && parts.length === 1) return { page: 'resetPassword' };
  if (parts[0] === 'invite' && parts.length === 1) return { page: 'invite' };
  if (parts[0] === 'members' && parts.length === 1) return { page: 'members' };
  if (parts[0] === 'templates' && parts.length === 1) return { page: 'templates' };
  if (parts[0] === 'personas' && parts.length === 1) return { page: 'personas' };
  if (parts[0] === 'activity' && parts.length === 1) return { page: 'activity' };
  if (parts[0] === 'data' && parts.length === 1) return { page: 'data', tab: 'events' };
  if (parts[0] === 'data' && parts.length === 2 && parts[1] === 'feedback') return { page: 'data', tab: 'feedback' };
  if (parts[0] === 'data' && parts.length === 2 && parts[1] === 'webhooks') return { page: 'data', tab: 'webhooks' };
  if (parts[0] === 'explore' && parts.length === 1) return { page: 'explore', view: 'funnels' };
  if (parts[0] === 'explore' && parts.length === 2) {
    const view = parts[1]!;
    return isExploreView(view) ? { page: 'explore', view } : { page: 'notFound', path };
  }
  if (parts[0] === 'personas' && parts.length === 2) return { page: 'persona', personaId: parts[1]! };
  if (parts[0] === 'maps' && parts.length === 2) return { page: 'map', mapId: parts[1]! };
  if (parts[0] === 'maps' && parts.length === 3 && parts[2] === 'history') return { page: 'map', mapId: parts[1]!, panel: 'history' };
  if (parts[0] === 'maps' && parts[2] === 'compare') return parseCompare(parts, path);
  if (parts[0] === 's' && parts.length === 2) return { page: 'shareOpen', token: parts[1]! };
  if (parts[0] === 'shared' && parts.length === 1) return { page: 'shared' };
  return { page: 'notFound', path };
}

export function hrefOf(route: Route): string {
  switch (route.page) {
    case 'home': return '/';
    case 'signin': return '/signin';
    case 'forgotPassword': return '/forgot-password';
    case 'resetPassword': return '/reset-password';
    case 'invite': return '/invite';
    case 'members': return '/members';
    case 'templates': return '/templates';
    case 'personas': return '/personas';
    case 'data': return route.tab === 'events' ? '/data' : `/data/${route.tab}`;
    case 'explore': return route.view === 'funnels' ? '/explore' : `/explore/${route.view}`;
    case 'persona': return `/personas/${encodeURIComponent(route.personaId)}`;
    case 'activity': return '/activity';
    case 'map': return `/maps/${encodeURIComponent(route.mapId)}${route.panel === 'history' ? '/history' : ''}`;
    case 'compare': return compareHref(route.mapId, route.against);
    case 'shareOpen': return `/s/${encodeURIComponent(route.token)}`;
    case 'shared': return '/shared';
    case 'notFound': return route.path;
  }
}

function parseCompare(parts: string[], path: string): Route {
  const mapId = parts[1]!;
  if (parts.length === 3) return { page: 'compare', mapId };
  if (parts.length === 5 && parts[3] === 'map') return { page: 'compare', mapId, against: { mapId: parts[4]! } };
  if (parts.length === 5 && parts[3] === 'revision' && /^[1-9][0-9]{0,8}$/.test(parts[4]!)) {
    return { page: 'compare', mapId, against: { revision: Number(parts[4]) } };
  }
  return { page: 'notFound', path };
}

function compareHref(mapId: string, against?: CompareTarget): string {
  const base = `/maps/${encodeURIComponent(mapId)}/compare`;
  if (!against) return base;
  return 'mapId' in against ? `${base}/map/${encodeURIComponent(against.mapId)}` : `${base}/revision/${against.revision}`;
}

const listeners = new Set<() => void>();

export function navigate(href: string, options: { replace?: boolean } = {}): void {
  if (options.replace) history.replaceState(null, '', href);
  else history.pushState(null, '', href);
  listeners.forEach((l) => l());
  // A new page starts at its top, not at the previous page's scroll offset (e.g. a card low in a list).
  window.scrollTo(0, 0);
}

export function useRoute(): Route {
  const [path, setPath] = useState(() => location.pathname);
  useEffect(() => {
    const update = () => setPath(location.pathname);
    listeners.add(update);
    window.addEventListener('popstate', update);
    return () => {
      listeners.delete(update);
      window.removeEventListener('popstate', update);
    };
  }, []);
  return parseRoute(path);
}

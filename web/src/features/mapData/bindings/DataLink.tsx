// A link into the workspace's Data page, offered beside empty figures; a shared map's guest has no workspace to go
// to, so sees none.
import type { ReactNode } from 'react';
import { Link } from '../../../app/Link';
import { useBindings } from './BindingsContext';

export function DataLink({ href, className, children }: { href: string; className?: string; children: ReactNode }) {
  return useBindings().guest ? null : <Link href={href} className={className}>{children}</Link>;
}

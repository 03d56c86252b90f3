// A persona in the library: photo or initials in their colour, name, role and their quote.
import type { Persona, PersonaSummary } from '../../api/model';
import { Link } from '../../app/Link';
import { hrefOf } from '../../app/router';
import { Avatar } from '../../ui/Avatar';
import { colorForName } from '../../ui/personaColor';
import styles from './PersonaLibrary.module.css';

export function PersonaCard({ summary, persona }: { summary: PersonaSummary; persona: Persona | 'failed' | undefined }) {
  const doc = persona && persona !== 'failed' ? persona : undefined;
  const href = hrefOf({ page: 'persona', personaId: summary.id });
  return (
    <Link href={href} className={styles.card} data-testid="persona-card" data-persona-id={summary.id} style={{ borderTopColor: doc?.color ?? 'var(--line-2)' }}>
      <Avatar name={summary.name} color={doc?.color ?? colorForName(summary.name)} photoUrl={doc?.photoUrl} size={56} />
      <span className={styles.name}>{summary.name}</span>
      {doc === undefined && persona !== 'failed' && <span className={styles.bone} aria-hidden="true" />}
      {doc?.jobRole && <span className={styles.role}>{doc.jobRole}</span>}
      {doc?.quote && <q className={styles.quote}>{doc.quote}</q>}
      {persona === 'failed' && <span className={styles.role}>Details could not be loaded.</span>}
    </Link>
  );
}

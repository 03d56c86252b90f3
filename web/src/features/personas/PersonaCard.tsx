// A persona in the library: photo or initials in their colour, name, role and their quote.
import type { PersonaSummary } from '../../api/model';
import { Link } from '../../app/Link';
import { hrefOf } from '../../app/router';
import { Avatar } from '../../ui/Avatar';
import { colorForName } from '../../ui/personaColor';
import styles from './PersonaLibrary.module.css';

export function PersonaCard({ summary }: { summary: PersonaSummary }) {
  const href = hrefOf({ page: 'persona', personaId: summary.id });
  const color = summary.color ?? colorForName(summary.name);
  return (
    <Link href={href} className={styles.card} data-testid="persona-card" data-persona-id={summary.id} style={{ borderTopColor: color }}>
      <Avatar name={summary.name} color={color} photoUrl={summary.photoUrl ?? undefined} size={56} />
      <span className={styles.name}>{summary.name}</span>
      {summary.jobRole && <span className={styles.role}>{summary.jobRole}</span>}
      {summary.quote && <q className={styles.quote}>{summary.quote}</q>}
    </Link>
  );
}

// A persona on this map as a card: photo or initials in their colour, name, role and quote, with what they are
// linked to; Edit opens their fields in place, Remove asks first. A reader opens the same fields to read them.
import { memo, useId } from 'react';
import type { Persona } from '../../../api/model';
import { Avatar } from '../../../ui/Avatar';
import { PersonaFields } from './PersonaFields';
import type { PersonaUsage } from './personas';
import styles from './MapPersonas.module.css';

export const PersonaCard = memo(function PersonaCard({ persona, usage, editing, onEdit, onRemove, readOnly = false }: {
  persona: Persona;
  usage: PersonaUsage;
  editing: boolean;
  onEdit: (id: string | null) => void;
  onRemove: (persona: Persona) => void;
  readOnly?: boolean;
}) {
  const openLabel = readOnly ? 'Details' : 'Edit';
  const fieldsId = useId();
  const links = [
    usage.lanes ? `${usage.lanes} lane${usage.lanes === 1 ? '' : 's'}` : null,
    usage.points ? `${usage.points} curve point${usage.points === 1 ? '' : 's'}` : null,
  ].filter(Boolean).join(' · ');
  return (
    <article className={styles.card} style={{ borderTopColor: persona.color ?? '#5f6778' }} data-testid="map-persona">
      <div className={styles.cardTop}>
        <Avatar name={persona.name} color={persona.color} photoUrl={persona.photoUrl} size={44} />
        <div className={styles.who}>
          <h3 className={styles.name}>{persona.name}</h3>
          {persona.jobRole && <p className={styles.role}>{persona.jobRole}</p>}
          {links && <p className={styles.links}>{links}</p>}
        </div>
      </div>
      {persona.quote && <blockquote className={styles.quote}>“{persona.quote}”</blockquote>}
      <div className={styles.actions}>
        <button type="button" className="btn btn-sm" aria-expanded={editing} aria-controls={fieldsId}
          onClick={() => onEdit(editing ? null : persona.id)}>{editing ? (readOnly ? 'Hide details' : 'Done') : openLabel}</button>
        {!readOnly && <button type="button" className="btn btn-sm btn-ghost" onClick={() => onRemove(persona)}>Remove from map</button>}
      </div>
      {editing && (
        <fieldset id={fieldsId} className={styles.fields} disabled={readOnly}>
          <PersonaFields persona={persona} />
        </fieldset>
      )}
    </article>
  );
});

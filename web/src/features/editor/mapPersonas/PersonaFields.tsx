// Editing a persona on this map in place. Each field writes as it is typed (one undo step per field visit);
// a blank name or a photo address that is not http(s) is held back with a message instead of being written.
import { useCallback, useId, useState, type ReactNode } from 'react';
import { storedImageId, type StoredImage } from '../../../api/images';
import type { Persona } from '../../../api/model';
import { useWorkspace } from '../../../app/workspace';
import { Avatar } from '../../../ui/Avatar';
import { AltTextField } from '../../images/AltTextField';
import { ImageDrop } from '../../images/ImageDrop';
import { useMapSession } from '../../map/MapSession';
import { AutoTextarea } from '../cells/AutoTextarea';
import { checkOptionalImageUrl } from '../cells/imageUrl';
import { isHexColor, personaColors } from './personas';
import styles from './MapPersonas.module.css';

type TextKey = 'jobRole' | 'age' | 'familyStatus' | 'quote';

function Field({ label, children, error }: { label: string; children: (id: string) => ReactNode; error?: string | null }) {
  const id = useId();
  return (
    <div className="field">
      <span><label htmlFor={id}>{label}</label></span>
      {children(id)}
      {error && <p className={styles.error} role="alert">{error}</p>}
    </div>
  );
}

export function PersonaFields({ persona }: { persona: Persona }) {
  const { dispatch, seal } = useMapSession();
  const [name, setName] = useState(persona.name);
  const workspace = useWorkspace();
  const [photo, setPhoto] = useState(storedImageId(persona.photoUrl) ? '' : persona.photoUrl ?? '');
  const write = (patch: Partial<Persona>, field: string) => {
    const next: Persona = { ...persona, ...patch };
    for (const key of Object.keys(patch) as (keyof Persona)[]) {
      // An empty photoAlt is kept: it marks the photo decorative.
      if (next[key] === undefined || (next[key] === '' && key !== 'photoAlt')) delete next[key];
    }
    dispatch({ type: 'updatePersona', persona: next }, `persona-${persona.id}-${field}`);
  };
  const text = (key: TextKey) => (v: string) => write({ [key]: v || undefined }, key);
  const photoCheck = checkOptionalImageUrl(photo);
  const uploaded = useCallback((image: StoredImage) => {
    setPhoto('');
    dispatch({ type: 'updatePersona', persona: { ...persona, photoUrl: image.ref } }, `persona-${persona.id}-photo`);
  }, [dispatch, persona]);
  const color = persona.color && isHexColor(persona.color) ? persona.color : '#5f6778';

  return (
    <div className={styles.fields} onBlur={seal}>
      <Field label="Name" error={name.trim() ? null : 'A persona needs a name.'}>
        {(id) => <input id={id} className="input" value={name} maxLength={200} aria-invalid={!name.trim()}
          onChange={(e) => { setName(e.target.value); if (e.target.value.trim()) write({ name: e.target.value }, 'name'); }} />}
      </Field>
      <Field label="Job role">
        {(id) => <input id={id} className="input" value={persona.jobRole ?? ''} maxLength={200} onChange={(e) => text('jobRole')(e.target.value)} />}
      </Field>
      <div className={styles.pair}>
        <Field label="Age">{(id) => <input id={id} className="input" value={persona.age ?? ''} maxLength={40} placeholder="35-44" onChange={(e) => text('age')(e.target.value)} />}</Field>
        <Field label="Family status">{(id) => <input id={id} className="input" value={persona.familyStatus ?? ''} maxLength={200} onChange={(e) => text('familyStatus')(e.target.value)} />}</Field>
      </div>
      <Field label="Colour">
        {(id) => (
          <div className={styles.colorRow}>
            <input id={id} type="color" className={styles.colorInput} value={color} onChange={(e) => write({ color: e.target.value }, 'color')} />
            <div className={styles.presets} role="group" aria-label="Suggested colours">
              {personaColors.map((c) => (
                <button key={c} type="button" className={styles.preset} style={{ background: c }} aria-label={`Colour ${c}`} aria-pressed={c === color}
                  onClick={() => write({ color: c }, 'color')} />
              ))}
            </div>
          </div>
        )}
      </Field>
      <div className="field">
      <span>Photo</span>
      <div className={styles.photoRow} data-testid="persona-photo">
        <Avatar name={persona.name} color={persona.color} photoUrl={persona.photoUrl} size={56} />
        <ImageDrop workspaceId={workspace.id} onUploaded={uploaded} label={persona.photoUrl ? 'Replace the photo…' : 'Upload a photo…'} />
        {persona.photoUrl && (
          <button type="button" className="btn btn-ghost btn-sm" onClick={() => { setPhoto(''); write({ photoUrl: undefined, photoAlt: undefined }, 'photo'); }}>
            Remove photo
          </button>
        )}
      </div>
      </div>
      <Field label={storedImageId(persona.photoUrl) ? 'Or a photo address instead' : 'Photo address'} error={photoCheck.ok ? null : photoCheck.message}>
        {(id) => <input id={id} className="input" type="url" value={photo} placeholder="https://…" aria-invalid={!photoCheck.ok}
          onChange={(e) => {
            setPhoto(e.target.value);
            const check = checkOptionalImageUrl(e.target.value);
            if (check.ok && (check.url || !storedImageId(persona.photoUrl))) write({ photoUrl: check.url }, 'photo');
          }} />}
      </Field>
      {persona.photoUrl && (
        <AltTextField alt={persona.photoAlt} showProblem decorativeHint="the name beside it says who it is"
          onChange={(alt) => write({ photoAlt: alt }, 'photoAlt')} />
      )}
      <Field label="Quote">
        {(id) => <AutoTextarea id={id} value={persona.quote ?? ''} onValue={text('quote')} minRows={2} maxLength={1000}
          placeholder="Something they would say" className={styles.textarea} />}
      </Field>
    </div>
  );
}

// The persona editor laid out as a finished persona sheet: photo or initials, who they are, their words,
// then two columns of goals, needs, pains, motivations, behaviours and channels, and the backstory.
import { useEffect, useRef, useState } from 'react';
import type { Persona } from '../../api/model';
import { Avatar } from '../../ui/Avatar';
import { personaPalette } from '../../ui/personaColor';
import { ChannelPicker } from './ChannelPicker';
import { FieldProblems, ListEditor } from './ListEditor';
import { problemsAt } from './personaDoc';
import styles from './PersonaSheet.module.css';

type ListKey = 'needs' | 'painPoints' | 'motivations' | 'behaviours';
type TextKey = 'name' | 'photoUrl' | 'age' | 'jobRole' | 'familyStatus' | 'quote';
type StoryKey = 'entryPoint' | 'why' | 'what' | 'outcomes';

const story: { key: StoryKey; label: string; hint: string }[] = [
  { key: 'entryPoint', label: 'Entry point', hint: 'What sets the journey off?' },
  { key: 'why', label: 'Why', hint: 'Why do they start it?' },
  { key: 'what', label: 'What', hint: 'What do they do along the way?' },
  { key: 'outcomes', label: 'Outcomes', hint: 'Where do they hope to end up?' },
];

interface PersonaSheetProps {
  persona: Persona;
  problems: Record<string, string[]>;
  update: (change: (p: Persona) => Persona) => void;
}

export function PersonaSheet({ persona: p, problems, update }: PersonaSheetProps) {
  const setText = (key: TextKey, value: string) => update((x) => ({ ...x, [key]: value }));
  const setList = (key: ListKey, items: string[]) => update((x) => ({ ...x, [key]: items }));
  const setGoals = (key: 'professional' | 'personal', items: string[]) => update((x) => ({ ...x, goals: { ...x.goals, [key]: items } }));
  const setStory = (key: StoryKey, value: string) => update((x) => ({ ...x, backstory: { ...x.backstory, [key]: value } }));
  const at = (path: string) => problemsAt(problems, path);
  const nameRef = useRef<HTMLInputElement>(null);
  // A persona just made with "New persona" opens with its placeholder name selected, ready to type over
  // (on first show only: whether it is new is decided once).
  const [openedNew] = useState(() => p.name === 'New persona' && !p.jobRole && !p.quote);
  useEffect(() => {
    if (openedNew) nameRef.current?.select();
  }, [openedNew]);
  const photoOk = !!p.photoUrl && /^https?:\/\//i.test(p.photoUrl.trim()) && at('photoUrl').length === 0;

  return (
    <article className={styles.sheet} aria-label={`Persona ${p.name}`} style={{ borderTop: `6px solid ${p.color ?? 'var(--text-3)'}` }}>
      <header className={styles.header}>
        <div className={styles.photo}>
          <Avatar key={photoOk ? p.photoUrl : 'initials'} name={p.name || '?'} color={p.color} photoUrl={photoOk ? p.photoUrl!.trim() : undefined} size={128} />
        </div>
        <div className={styles.identity}>
          <input
            ref={nameRef}
            className={`${styles.bare} ${styles.name}`}
            data-testid="persona-name"
            aria-label="Name"
            aria-invalid={at('name').length > 0}
            value={p.name}
            placeholder="Name"
            maxLength={200}
            onChange={(e) => setText('name', e.target.value)}
          />
          {at('name').length > 0 && <FieldProblems problems={at('name')} />}
          <input className={`${styles.bare} ${styles.role}`} aria-label="Job role" aria-invalid={at('jobRole').length > 0} value={p.jobRole ?? ''} placeholder="Job role" onChange={(e) => setText('jobRole', e.target.value)} />
          {at('jobRole').length > 0 && <FieldProblems problems={at('jobRole')} />}
          <div className={styles.facts}>
            <label className={styles.fact}>
              <span>Age</span>
              <input className={styles.bare} value={p.age ?? ''} placeholder="e.g. 34" aria-invalid={at('age').length > 0} onChange={(e) => setText('age', e.target.value)} />
              {at('age').length > 0 && <FieldProblems problems={at('age')} />}
            </label>
            <label className={styles.fact}>
              <span>Family status</span>
              <input className={styles.bare} value={p.familyStatus ?? ''} placeholder="e.g. Married, two children" aria-invalid={at('familyStatus').length > 0} onChange={(e) => setText('familyStatus', e.target.value)} />
              {at('familyStatus').length > 0 && <FieldProblems problems={at('familyStatus')} />}
            </label>
          </div>
          <label className={styles.fact}>
            <span>Photo address</span>
            <input className={styles.bare} type="url" value={p.photoUrl ?? ''} placeholder="https://…/photo.jpg — leave empty to show initials" aria-invalid={at('photoUrl').length > 0} onChange={(e) => setText('photoUrl', e.target.value)} />
          </label>
          {at('photoUrl').length > 0 && <FieldProblems problems={at('photoUrl')} />}
        </div>
        <fieldset className={styles.colors}>
          <legend>Colour</legend>
          <div className={styles.swatches}>
            {personaPalette.map((c) => (
              <button key={c} type="button" className={styles.swatch} style={{ background: c }} aria-label={`Colour ${c}`} aria-pressed={p.color?.toLowerCase() === c} onClick={() => update((x) => ({ ...x, color: c }))} />
            ))}
          </div>
          <label className={styles.customColor}>
            <input type="color" value={p.color ?? '#5f6778'} onChange={(e) => update((x) => ({ ...x, color: e.target.value }))} />
            <span>Pick any colour</span>
          </label>
          {at('color').length > 0 && <FieldProblems problems={at('color')} />}
        </fieldset>
      </header>

      <label className={styles.quote}>
        <span className="visually-hidden">Quote</span>
        <span className={styles.quoteMark} aria-hidden="true">“</span>
        <textarea className={styles.bare} rows={2} value={p.quote ?? ''} placeholder="Something they would say, in their own words" onChange={(e) => setText('quote', e.target.value)} />
      </label>
      {at('quote').length > 0 && <FieldProblems problems={at('quote')} />}

      <div className={styles.columns}>
        <div className={styles.column}>
          <ListEditor label="Professional goals" itemName="professional goal" items={p.goals?.professional} onChange={(v) => setGoals('professional', v)} problems={at('goals.professional')} />
          <ListEditor label="Personal goals" itemName="personal goal" items={p.goals?.personal} onChange={(v) => setGoals('personal', v)} problems={at('goals.personal')} />
          <ListEditor label="Needs" itemName="need" items={p.needs} onChange={(v) => setList('needs', v)} problems={at('needs')} />
          <ListEditor label="Motivations" itemName="motivation" items={p.motivations} onChange={(v) => setList('motivations', v)} problems={at('motivations')} />
        </div>
        <div className={styles.column}>
          <ListEditor label="Pain points" itemName="pain point" items={p.painPoints} onChange={(v) => setList('painPoints', v)} problems={at('painPoints')} />
          <ListEditor label="Behaviours" itemName="behaviour" items={p.behaviours} onChange={(v) => setList('behaviours', v)} problems={at('behaviours')} />
          <ChannelPicker channels={p.channels} onChange={(channels) => update((x) => ({ ...x, channels }))} />
          {at('channels').length > 0 && <FieldProblems problems={at('channels')} />}
        </div>
      </div>

      <section className={styles.backstory} aria-label="Backstory">
        <h3 className={styles.sectionTitle}>Backstory</h3>
        <div className={styles.storyGrid}>
          {story.map((s) => (
            <label key={s.key} className={styles.storyField}>
              <span>{s.label}</span>
              <textarea className={styles.bare} rows={3} value={p.backstory?.[s.key] ?? ''} placeholder={s.hint} onChange={(e) => setStory(s.key, e.target.value)} />
              {at(`backstory.${s.key}`).length > 0 && <FieldProblems problems={at(`backstory.${s.key}`)} />}
            </label>
          ))}
        </div>
      </section>
    </article>
  );
}

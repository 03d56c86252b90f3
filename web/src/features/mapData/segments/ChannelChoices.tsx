// "First came by …": the acquisition channel (the channel of a customer's first event), any of those ticked.
import { useId, useState } from 'react';
import { builtInChannels } from '../../../api/model';
import { channelLabels } from '../../../ui/channels';
import styles from './Segments.module.css';

export function ChannelChoices({ chosen, onChange }: { chosen: string[]; onChange: (channels: string[]) => void }) {
  const heading = useId();
  const otherId = useId();
  const [other, setOther] = useState('');
  const known = [...builtInChannels, ...chosen.filter((c) => !(builtInChannels as readonly string[]).includes(c))];
  const toggle = (c: string) => onChange(chosen.includes(c) ? chosen.filter((x) => x !== c) : [...chosen, c]);
  const addOther = () => {
    const text = other.trim();
    if (text && !chosen.some((c) => c.toLowerCase() === text.toLowerCase())) onChange([...chosen, text]);
    setOther('');
  };
  return (
    <section className={styles.section} aria-labelledby={heading}>
      <h3 id={heading} className={styles.sectionTitle}>Acquisition channel</h3>
      <p className={styles.hint}>The channel of the customer’s first event is one of those ticked.</p>
      <div className={styles.channels} role="group" aria-labelledby={heading}>
        {known.map((c) => (
          <label key={c} className={styles.channel}>
            <input type="checkbox" checked={chosen.includes(c)} onChange={() => toggle(c)} data-testid="segment-channel" value={c} />
            {(channelLabels as Record<string, string>)[c] ?? c}
          </label>
        ))}
      </div>
      <div className={styles.otherChannel}>
        <label className="visually-hidden" htmlFor={otherId}>Another channel as it appears in the data</label>
        <input id={otherId} className="input" placeholder="Another channel, e.g. paid search" value={other} autoComplete="off"
          onChange={(e) => setOther(e.target.value)} onKeyDown={(e) => { if (e.key === 'Enter') { e.preventDefault(); addOther(); } }} />
        <button type="button" className="btn btn-sm" onClick={addOther} disabled={!other.trim()}>Add</button>
      </div>
    </section>
  );
}

// The persona's channels as toggle chips: the ten built-ins, then any custom ones, with a field to add more.
import { useState, type FormEvent } from 'react';
import { builtInChannels, type Channel } from '../../api/model';
import { channelLabel, isBuiltIn, newChannel, toggleChannel } from '../../ui/channels';
import styles from './PersonaSheet.module.css';

export function ChannelPicker({ channels = [], onChange }: { channels: Channel[] | undefined; onChange: (c: Channel[]) => void }) {
  const [text, setText] = useState('');
  const customs = channels.filter((c) => !isBuiltIn(c));
  const candidate = newChannel(channels, text);

  const add = (e: FormEvent) => {
    e.preventDefault();
    if (!candidate) return;
    onChange([...channels, candidate]);
    setText('');
  };

  return (
    <section className={styles.listSection} aria-label="Channels">
      <h3 className={styles.sectionTitle}>Channels</h3>
      <div className={styles.chips} role="group" aria-label="Channels this persona uses">
        {builtInChannels.map((c) => (
          <button key={c} type="button" className={styles.chip} aria-pressed={channels.includes(c)} onClick={() => onChange(toggleChannel(channels, c))}>
            {channelLabel(c)}
          </button>
        ))}
        {customs.map((c) => (
          <span key={c} className={`${styles.chip} ${styles.customChip}`}>
            {channelLabel(c)}
            <button type="button" className={styles.chipRemove} aria-label={`Remove channel ${channelLabel(c)}`} onClick={() => onChange(toggleChannel(channels, c))}>✕</button>
          </span>
        ))}
      </div>
      <form className={styles.customForm} onSubmit={add}>
        <input className="input" value={text} onChange={(e) => setText(e.target.value)} placeholder="Another channel, e.g. Kiosk" aria-label="Custom channel name" maxLength={80} />
        <button type="submit" className="btn btn-sm" disabled={!candidate}>Add</button>
      </form>
    </section>
  );
}

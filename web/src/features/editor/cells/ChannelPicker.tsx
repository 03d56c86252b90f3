// Picking channels: the ten built-ins as toggle buttons and a field for a custom one, in a popover under a
// button. Esc closes the popover only (not the cell editor around it); arrow keys move between the toggles.
import { useEffect, useId, useRef, useState, type KeyboardEvent } from 'react';
import { builtInChannels, type Channel } from '../../../api/model';
import { ChannelIcon } from './ChannelIcon';
import { addChannel, channelLabels, customChannel, toggleChannel } from '../../../ui/channels';
import styles from './Channels.module.css';

interface PickerProps {
  value: readonly Channel[] | undefined;
  onChange: (channels: Channel[]) => void;
}

export function ChannelToggles({ value, onChange }: PickerProps) {
  const [custom, setCustom] = useState('');
  // One tab stop for the ten toggles (arrow keys move between them), then the custom field.
  const [roving, setRoving] = useState(0);
  const inputId = useId();
  const gridRef = useRef<HTMLDivElement>(null);
  const addCustom = () => {
    const channel = customChannel(custom);
    if (!channel) return;
    onChange(addChannel(value, channel));
    setCustom('');
  };
  const onGridKey = (e: KeyboardEvent) => {
    const buttons = [...(gridRef.current?.querySelectorAll<HTMLButtonElement>('button') ?? [])];
    const at = buttons.indexOf(document.activeElement as HTMLButtonElement);
    const by = { ArrowRight: 1, ArrowLeft: -1, ArrowDown: 2, ArrowUp: -2 }[e.key];
    if (at < 0 || !by) return;
    e.preventDefault();
    buttons[Math.max(0, Math.min(buttons.length - 1, at + by))]?.focus();
  };
  return (
    <div className={styles.toggles}>
      <div ref={gridRef} className={styles.toggleGrid} role="group" aria-label="Built-in channels" onKeyDown={onGridKey}>
        {builtInChannels.map((c, i) => {
          const on = value?.includes(c) ?? false;
          return (
            <button key={c} type="button" className={`${styles.toggle} ${on ? styles.toggleOn : ''}`} aria-pressed={on}
              tabIndex={i === roving ? 0 : -1} onFocus={() => setRoving(i)}
              onClick={() => onChange(toggleChannel(value, c))}>
              <ChannelIcon channel={c} />
              <span>{channelLabels[c]}</span>
            </button>
          );
        })}
      </div>
      <label htmlFor={inputId} className={styles.customLabel}>Custom channel</label>
      <div className={styles.customRow}>
        <input id={inputId} className="input" value={custom} placeholder="e.g. Kiosk" maxLength={60}
          onChange={(e) => setCustom(e.target.value)}
          onKeyDown={(e) => { if (e.key === 'Enter') { e.preventDefault(); e.stopPropagation(); addCustom(); } }} />
        <button type="button" className="btn btn-sm" onClick={addCustom} disabled={!custom.trim()}>Add</button>
      </div>
    </div>
  );
}

/** A button that opens the toggles in a popover; `startOpen` opens it at once (the channels cell editor). */
export function ChannelPicker({ value, onChange, startOpen = false, buttonLabel = 'Channels' }: PickerProps & { startOpen?: boolean; buttonLabel?: string }) {
  const [open, setOpen] = useState(startOpen);
  const wrapRef = useRef<HTMLDivElement>(null);
  const buttonRef = useRef<HTMLButtonElement>(null);
  const popId = useId();

  useEffect(() => {
    if (!open) return;
    wrapRef.current?.querySelector<HTMLElement>(`#${CSS.escape(popId)} button`)?.focus();
  }, [open, popId]);

  const close = () => {
    setOpen(false);
    buttonRef.current?.focus();
  };

  return (
    <div ref={wrapRef} className={styles.pickerWrap}
      onBlur={(e) => { if (!wrapRef.current?.contains(e.relatedTarget)) setOpen(false); }}>
      <button ref={buttonRef} type="button" className="btn btn-sm" aria-expanded={open} aria-controls={popId}
        onClick={() => setOpen((o) => !o)}>
        <ChannelIcon channel="web" />
        {buttonLabel}
      </button>
      {open && (
        <div id={popId} className={styles.popover} role="dialog" aria-label="Choose channels"
          onKeyDown={(e) => { if (e.key === 'Escape') { e.preventDefault(); e.stopPropagation(); close(); } }}>
          <ChannelToggles value={value} onChange={onChange} />
          <div className={styles.popoverFooter}>
            <button type="button" className="btn btn-sm" onClick={close}>Close</button>
          </div>
        </div>
      )}
    </div>
  );
}

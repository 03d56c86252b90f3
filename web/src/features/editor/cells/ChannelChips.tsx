// Channels as readers see them: an icon and a name per channel.
import { memo } from 'react';
import type { Channel } from '../../../api/model';
import { ChannelIcon } from './ChannelIcon';
import { channelLabel } from '../../../ui/channels';
import styles from './Channels.module.css';

export const ChannelChips = memo(function ChannelChips({ channels, onRemove }: {
  channels: readonly Channel[] | undefined;
  onRemove?: (channel: Channel) => void;
}) {
  if (!channels?.length) return null;
  return (
    <ul className={styles.chips} aria-label="Channels">
      {channels.map((c) => (
        <li key={c} className={styles.chip}>
          <ChannelIcon channel={c} />
          <span className={styles.chipLabel}>{channelLabel(c)}</span>
          {onRemove && (
            <button type="button" className={styles.chipRemove} aria-label={`Remove channel ${channelLabel(c)}`} onClick={() => onRemove(c)}>×</button>
          )}
        </li>
      ))}
    </ul>
  );
});

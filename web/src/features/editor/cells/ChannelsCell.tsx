// Channels lane: the channels the customer uses at this step as icon chips; the editor opens the picker at once.
import type { Channel } from '../../../api/model';
import { ChannelChips } from './ChannelChips';
import { ChannelPicker } from './ChannelPicker';
import { toggleChannel } from '../../../ui/channels';
import { EditShell } from './EditShell';
import type { CellProps } from './types';
import { useCellDraft } from './useCellDraft';
import styles from './Cell.module.css';

export function ChannelsView({ cell }: Pick<CellProps, 'cell'>) {
  if (!cell?.channels?.length) return <span className={styles.empty}>Double-click to pick channels</span>;
  return <ChannelChips channels={cell.channels} />;
}

export function ChannelsEditor(props: CellProps) {
  const { lane, step } = props;
  const { draft, setDraft, commit, cancel } = useCellDraft<Channel[]>(
    props,
    (c) => c?.channels ?? [],
    (d, c) => ({ ...c, channels: d.length ? d : undefined }),
  );
  return (
    <EditShell label={`Edit ${lane.title} at ${step.name}`} onCommit={commit} onCancel={cancel} doneButton>
      <ChannelChips channels={draft} onRemove={(c) => setDraft((d) => toggleChannel(d, c))} />
      <ChannelPicker value={draft} onChange={setDraft} startOpen buttonLabel="Choose channels" />
    </EditShell>
  );
}

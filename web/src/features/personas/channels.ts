// Channel names for people: the ten built-ins, and custom channels written "custom:Label".
import { builtInChannels, type BuiltInChannel, type Channel } from '../../api/model';

export const channelLabels: Record<BuiltInChannel, string> = {
  web: 'Web', mobileApp: 'Mobile app', email: 'Email', phone: 'Phone', chat: 'Chat',
  social: 'Social', store: 'Store', mail: 'Mail', ads: 'Ads', partner: 'Partner',
};

export function isBuiltIn(channel: string): channel is BuiltInChannel {
  return (builtInChannels as readonly string[]).includes(channel);
}

export function channelLabel(channel: Channel): string {
  return isBuiltIn(channel) ? channelLabels[channel] : channel.slice('custom:'.length);
}

/** Adds or removes a channel, keeping the order the persona had. */
export function toggleChannel(list: readonly Channel[], channel: Channel): Channel[] {
  return list.includes(channel) ? list.filter((c) => c !== channel) : [...list, channel];
}

/** A custom channel from typed text, or null when the text is blank or names a built-in or an existing one. */
export function customChannel(list: readonly Channel[], text: string): Channel | null {
  const label = text.trim().replace(/\s+/g, ' ');
  if (!label) return null;
  const builtIn = (Object.entries(channelLabels) as [BuiltInChannel, string][])
    .find(([id, name]) => name.toLowerCase() === label.toLowerCase() || id.toLowerCase() === label.toLowerCase());
  const channel: Channel = builtIn ? builtIn[0] : `custom:${label}`;
  return list.some((c) => c.toLowerCase() === channel.toLowerCase()) ? null : channel;
}

// Channel names for people and the pure edits of channel lists, shared by the map's cells, its scope and personas.
import { builtInChannels, type BuiltInChannel, type Channel } from '../api/model';

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

/** Adds the channel when missing, removes it when present; keeps the order people chose. */
export function toggleChannel(list: readonly Channel[] | undefined, channel: Channel): Channel[] {
  const current = list ?? [];
  return current.includes(channel) ? current.filter((c) => c !== channel) : [...current, channel];
}

/** "custom:Label" for a typed label, or a built-in when the label names one ("email" → email). */
export function customChannel(label: string): Channel | undefined {
  const text = label.trim().replace(/\s+/g, ' ');
  if (!text) return undefined;
  const builtIn = builtInChannels.find((c) => c.toLowerCase() === text.toLowerCase() || channelLabels[c].toLowerCase() === text.toLowerCase());
  return builtIn ?? `custom:${text}`;
}

export function addChannel(list: readonly Channel[] | undefined, channel: Channel): Channel[] {
  const current = list ?? [];
  return current.includes(channel) ? current.slice() : [...current, channel];
}

/** The channel a person typed, or null when the text is blank or the list already has it (any case). */
export function newChannel(list: readonly Channel[], text: string): Channel | null {
  const channel = customChannel(text);
  if (!channel) return null;
  return list.some((c) => c.toLowerCase() === channel.toLowerCase()) ? null : channel;
}

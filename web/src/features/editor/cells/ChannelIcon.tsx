// Small line icons for the channels, drawn on a 16 px grid with the current text colour.
import { memo } from 'react';
import type { Channel } from '../../../api/model';
import { isBuiltIn } from '../../../ui/channels';

const paths: Record<string, string[]> = {
  web: ['M8 1.75a6.25 6.25 0 1 0 0 12.5a6.25 6.25 0 1 0 0-12.5z', 'M1.75 8h12.5', 'M8 1.75c-2.1 2.2-2.1 10.3 0 12.5', 'M8 1.75c2.1 2.2 2.1 10.3 0 12.5'],
  mobileApp: ['M5 1.5h6a1 1 0 0 1 1 1v11a1 1 0 0 1-1 1H5a1 1 0 0 1-1-1v-11a1 1 0 0 1 1-1z', 'M7 12.2h2'],
  email: ['M2 3.5h12a.5.5 0 0 1 .5.5v8a.5.5 0 0 1-.5.5H2a.5.5 0 0 1-.5-.5V4a.5.5 0 0 1 .5-.5z', 'M1.8 4.2L8 9l6.2-4.8'],
  phone: ['M3.2 1.8l2.3-.3 1.3 3.1-1.6 1.1a8 8 0 0 0 5.1 5.1l1.1-1.6 3.1 1.3-.3 2.3c-.1.6-.6 1-1.2 1C7.4 13.6 2.4 8.6 2.2 3c0-.6.4-1.1 1-1.2z'],
  chat: ['M2.5 2.5h11a1 1 0 0 1 1 1v6.5a1 1 0 0 1-1 1H7l-3.2 2.7v-2.7H2.5a1 1 0 0 1-1-1V3.5a1 1 0 0 1 1-1z', 'M5 6.5h6'],
  social: ['M4 6.2a1.8 1.8 0 1 0 0 3.6a1.8 1.8 0 1 0 0-3.6z', 'M12 1.8a1.8 1.8 0 1 0 0 3.6a1.8 1.8 0 1 0 0-3.6z', 'M12 10.6a1.8 1.8 0 1 0 0 3.6a1.8 1.8 0 1 0 0-3.6z', 'M5.6 7.2l4.8-2.5', 'M5.6 8.8l4.8 2.5'],
  store: ['M2 6.2l1.2-3.7h9.6L14 6.2', 'M2 6.2c0 1.1.9 1.8 2 1.8s2-.7 2-1.8c0 1.1.9 1.8 2 1.8s2-.7 2-1.8c0 1.1.9 1.8 2 1.8s2-.7 2-1.8z', 'M3 8v6h10V8', 'M6.5 14v-3.5h3V14'],
  mail: ['M2.5 6.5a3.5 3.5 0 0 1 7 0V13h-7z', 'M6 2.9h5.5a3 3 0 0 1 3 3V13H9.5', 'M4.5 7.5h3', 'M11.5 5.5V1.8h2.3'],
  ads: ['M2 6.2h2.6l6.4-3.6v10.8L4.6 9.8H2z', 'M4.6 9.8l1 3.7h1.8L6.6 10', 'M13 6.4a2.2 2.2 0 0 1 0 3.2'],
  partner: ['M5.5 2.8a2.2 2.2 0 1 0 0 4.4a2.2 2.2 0 1 0 0-4.4z', 'M10.5 2.8a2.2 2.2 0 1 0 0 4.4a2.2 2.2 0 1 0 0-4.4z', 'M1.5 13.5c0-2.4 1.8-4.2 4-4.2 1.2 0 2 .4 2.5 1', 'M14.5 13.5c0-2.4-1.8-4.2-4-4.2-1.2 0-2 .4-2.5 1', 'M8 10.3v3.2'],
  custom: ['M1.8 2.8v4.4l6.6 6.6 5.4-5.4-6.6-6.6H2.8a1 1 0 0 0-1 1z', 'M5 4.6a.5.5 0 1 0 0 1a.5.5 0 1 0 0-1z'],
};

export const ChannelIcon = memo(function ChannelIcon({ channel, size = 14 }: { channel: Channel; size?: number }) {
  const key = isBuiltIn(channel) ? channel : 'custom';
  return (
    <svg width={size} height={size} viewBox="0 0 16 16" aria-hidden="true" focusable="false"
      fill="none" stroke="currentColor" strokeWidth="1.4" strokeLinecap="round" strokeLinejoin="round">
      {(paths[key] ?? paths.custom!).map((d) => <path key={d} d={d} />)}
    </svg>
  );
});

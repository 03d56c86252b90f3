// Each lane kind's icon (the tints live in laneTints.ts), so a reader tells pain points from ideas at a
// glance. Icons are small line drawings in the text colour (no emoji font or icon font is needed).
import type { LaneKind } from '../../../api/model';

const paths: Record<LaneKind, string> = {
  actions: 'M2.5 8h9M8.5 4.5 12 8l-3.5 3.5',
  thoughts: 'M4 10.5a3 3 0 0 1 .3-6A3.5 3.5 0 0 1 11 4a2.8 2.8 0 0 1 .8 5.5H5M4 13.5h1.2M2 15h.5',
  feelings: 'M8 13.5S2.5 10.3 2.5 6.4A2.9 2.9 0 0 1 8 5a2.9 2.9 0 0 1 5.5 1.4C13.5 10.3 8 13.5 8 13.5z',
  questions: 'M6 6a2 2 0 1 1 2.8 1.8c-.5.3-.8.7-.8 1.2v.5M8 11.8v.2M8 14.5a6.5 6.5 0 1 0 0-13 6.5 6.5 0 0 0 0 13z',
  text: 'M3 4h10M3 8h10M3 12h6',
  frontstage: 'M1.5 8S4 3.5 8 3.5 14.5 8 14.5 8 12 12.5 8 12.5 1.5 8 1.5 8zM8 10a2 2 0 1 0 0-4 2 2 0 0 0 0 4z',
  backstage: 'M2.5 2.5l11 11M6.2 4A6.7 6.7 0 0 1 8 3.5C12 3.5 14.5 8 14.5 8a11 11 0 0 1-1.8 2.4M4 5.3A10 10 0 0 0 1.5 8S4 12.5 8 12.5c1 0 1.9-.2 2.7-.6',
  supportProcesses: 'M8 10.2a2.2 2.2 0 1 0 0-4.4 2.2 2.2 0 0 0 0 4.4zM8 1.5v2M8 12.5v2M1.5 8h2M12.5 8h2M3.4 3.4l1.4 1.4M11.2 11.2l1.4 1.4M3.4 12.6l1.4-1.4M11.2 4.8l1.4-1.4',
  touchpoints: 'M8 14.5a6.5 6.5 0 1 0 0-13 6.5 6.5 0 0 0 0 13zM8 11a3 3 0 1 0 0-6 3 3 0 0 0 0 6zM8 8.5v-1',
  channels: 'M8 9.5v5M5.2 6.7a4 4 0 0 1 5.6 0M3 4.5a7 7 0 0 1 10 0M8 9.5a1 1 0 1 0 0-2 1 1 0 0 0 0 2z',
  emotionCurve: 'M1.5 11c2-5 4-6.5 6-3s4 2.5 7-3.5',
  painPoints: 'M8 2 1.5 13.5h13L8 2zM8 6.5v3.5M8 11.8v.2',
  ideas: 'M6 12.5h4M6.5 14.5h3M5.3 10.5a4.5 4.5 0 1 1 5.4 0c-.4.3-.7.8-.7 1.3V12H6v-.2c0-.5-.3-1-.7-1.3z',
  momentsOfTruth: 'M8 1.8l1.9 4 4.3.5-3.2 3 .9 4.3L8 11.4l-3.9 2.2.9-4.3-3.2-3 4.3-.5z',
  kpis: 'M2 14h12M4 11v-3M8 11V4M12 11V7',
  images: 'M2 3h12v10H2zM2 11l3.5-3.5 3 3 2-2L14 12M10.5 6.5a1 1 0 1 0 0-.1',
  owners: 'M8 8a2.8 2.8 0 1 0 0-5.6A2.8 2.8 0 0 0 8 8zM2.5 14.5a5.5 5.5 0 0 1 11 0',
  data: 'M8 5.5c3 0 5.5-.9 5.5-2S11 1.5 8 1.5 2.5 2.4 2.5 3.5 5 5.5 8 5.5zM2.5 3.5v9c0 1.1 2.5 2 5.5 2s5.5-.9 5.5-2v-9M2.5 8c0 1.1 2.5 2 5.5 2s5.5-.9 5.5-2',
};

export function LaneKindIcon({ kind, size = 16 }: { kind: LaneKind; size?: number }) {
  return (
    <svg width={size} height={size} viewBox="0 0 16 16" aria-hidden="true" focusable="false">
      <path d={paths[kind]} fill="none" stroke="currentColor" strokeWidth="1.4" strokeLinecap="round" strokeLinejoin="round" />
    </svg>
  );
}

// The few line icons the top bar uses.
const paths = {
  back: 'M10 3 5 8l5 5',
  undo: 'M5.5 4.5 2.5 7.5l3 3M2.5 7.5h7a4 4 0 0 1 0 8H7',
  redo: 'M10.5 4.5l3 3-3 3M13.5 7.5h-7a4 4 0 0 0 0 8H9',
  panel: 'M2 3h12v10H2zM10 3v10',
  vote: 'M3 3h10v10H3zM5.5 8l2 2 3-4',
};

export function ToolbarIcon({ name }: { name: keyof typeof paths }) {
  return (
    <svg width="16" height="16" viewBox="0 0 16 16" aria-hidden="true" focusable="false">
      <path d={paths[name]} fill="none" stroke="currentColor" strokeWidth="1.6" strokeLinecap="round" strokeLinejoin="round" />
    </svg>
  );
}

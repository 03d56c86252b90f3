// The two line icons of the comments: a speech bubble (threads) and a tray (the inbox).
const paths = {
  bubble: 'M2.5 3.5h11v7h-6l-3 2.5v-2.5h-2z',
  inbox: 'M2 9.5 4 3h8l2 6.5v3.5H2zM2 9.5h3.5l1 1.5h3l1-1.5H14',
};

export function CommentIcon({ name, size = 16 }: { name: keyof typeof paths; size?: number }) {
  return (
    <svg width={size} height={size} viewBox="0 0 16 16" aria-hidden="true" focusable="false">
      <path d={paths[name]} fill="none" stroke="currentColor" strokeWidth="1.5" strokeLinecap="round" strokeLinejoin="round" />
    </svg>
  );
}

// What the comments offer the rest of the app: the layer an editing session is wrapped in, the panel beside the grid,
// the pieces the editor places in its slots (the top bar's buttons, the badges on stages, steps and cells, the cell
// menu), and the inbox, which the app's top bar shows too.
export { CommentsLayer } from './CommentsLayer';
export { CommentsPanel } from './CommentsPanel';
export { CommentsButton } from './CommentsButton';
export { CommentBadge } from './CommentBadge';
export { CellCommentMenu } from './CellCommentMenu';
export { useCellMenu } from './CellMenuContext';
export { useComments } from './CommentsContext';
export { InboxButton } from './InboxButton';

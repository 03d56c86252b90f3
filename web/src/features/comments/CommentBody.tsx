// A comment's text as typed: text nodes only (never markup), line breaks kept, mentions as quiet chips.
import { parseBody } from './mentions';
import styles from './Comments.module.css';

export function CommentBody({ body }: { body: string }) {
  return (
    <p className={styles.body} data-testid="comment-body">
      {parseBody(body).map((part, i) => 'mention' in part
        ? <span key={i} className={styles.mention} title={`Mentions ${part.mention.displayName}`}>@{part.mention.displayName}</span>
        : <span key={i}>{part.text}</span>)}
    </p>
  );
}

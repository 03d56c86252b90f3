// The votes the caller has left during a dot-voting session, in the top bar; nothing with one vote per idea.
import { useVotes, votesLeft } from './VotesContext';
import styles from './Votes.module.css';

export function VoteBudget() {
  const votes = useVotes();
  const left = votesLeft(votes?.votes);
  if (left === null || !votes?.votes?.canVote) return null;
  const budget = votes.votes.budget ?? 0;
  return (
    <span className={styles.budget} data-testid="votes-left" role="status" title={`Dot voting: ${budget} votes each on this map`}>
      <span className={styles.dots} aria-hidden="true">
        {Array.from({ length: Math.min(budget, 10) }, (_, i) => <span key={i} className={i < Math.min(left, 10) ? styles.dotLeft : styles.dotUsed} />)}
      </span>
      {left} of {budget} votes left
    </span>
  );
}

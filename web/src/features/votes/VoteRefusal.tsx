// Why a vote did not count ("You have placed all 5 of your votes…"), for a moment at the bottom of the screen.
import { useVotes } from './VotesContext';
import styles from './Votes.module.css';

export function VoteRefusal() {
  const refusal = useVotes()?.refusal;
  return refusal ? <p className={styles.refusal} role="alert">{refusal}</p> : null;
}

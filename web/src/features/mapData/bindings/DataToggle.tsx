// The top bar's "Data" switch: turns the data view on (measured figures on every step and stage, the data bar and
// the funnel) and shows which steps are not bound. Maps that bind steps show their binding badges either way.
import { useBindings } from './BindingsContext';
import { DataIcon } from './StepDataBadge';
import styles from './Bindings.module.css';

export function DataToggle() {
  const { dataOn, setDataOn } = useBindings();
  const on = dataOn;
  return (
    <button
      type="button"
      className={`btn btn-sm ${on ? styles.toggleOn : ''}`}
      aria-pressed={on}
      data-testid="toggle-data"
      title={on ? 'Hide the measured figures' : 'Show measured figures from customer data on the map'}
      onClick={() => setDataOn(!dataOn)}
    >
      <DataIcon /> Data
    </button>
  );
}

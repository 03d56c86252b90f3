// The top bar's "Data" switch: shows each step's binding (and which steps are not bound). On maps that already
// bind steps the badges always show, so the switch stays on.
import { useBindings } from './BindingsContext';
import { DataIcon } from './StepDataBadge';
import styles from './Bindings.module.css';

export function DataToggle() {
  const { dataOn, hasBindings, setDataOn } = useBindings();
  const on = dataOn || hasBindings;
  return (
    <button
      type="button"
      className={`btn btn-sm ${on ? styles.toggleOn : ''}`}
      aria-pressed={on}
      aria-disabled={hasBindings || undefined}
      data-testid="toggle-data"
      title={hasBindings ? 'Steps of this map are bound to data, so their bindings are always shown' : 'Show which steps are bound to data'}
      onClick={() => { if (!hasBindings) setDataOn(!dataOn); }}
    >
      <DataIcon /> Data
    </button>
  );
}

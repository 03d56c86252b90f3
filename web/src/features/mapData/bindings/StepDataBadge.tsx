// The small badge under a step's name: how many activities it is bound to, or "Not bound". A click (or Enter)
// opens the binding dialog.
import type { Step } from '../../../api/model';
import { bindingDescription, bindingLabel, isBound } from './binding';
import { useBindings } from './BindingsContext';
import styles from './Bindings.module.css';

export function StepDataBadge({ step, className }: { step: Step; className?: string }) {
  const { showBadges, openBinding } = useBindings();
  if (!showBadges) return null;
  const bound = isBound(step);
  const description = bindingDescription(step.binding);
  const label = bindingLabel(step.binding);
  return (
    <div className={className}>
      <button
        type="button"
        className={`${styles.badge} ${bound ? '' : styles.unbound}`}
        data-testid="step-binding"
        data-bound={bound}
        draggable={false}
        // The visible words start the name (WCAG 2.5.3); what exactly is bound is read as its description.
        aria-label={`${label}: ${step.name}. Edit the binding`}
        aria-description={step.binding ? description : undefined}
        title={`${description}\nClick to edit`}
        onClick={(e) => { e.stopPropagation(); openBinding(step.id); }}
        onDoubleClick={(e) => e.stopPropagation()}
      >
        <DataIcon />
        <span className={styles.badgeText}>{label}</span>
      </button>
    </div>
  );
}

export function DataIcon() {
  return (
    <svg width="12" height="12" viewBox="0 0 16 16" aria-hidden="true" fill="none" stroke="currentColor" strokeWidth="1.6">
      <ellipse cx="8" cy="3.5" rx="5.5" ry="2" />
      <path d="M2.5 3.5v9c0 1.1 2.5 2 5.5 2s5.5-.9 5.5-2v-9M2.5 8c0 1.1 2.5 2 5.5 2s5.5-.9 5.5-2" />
    </svg>
  );
}

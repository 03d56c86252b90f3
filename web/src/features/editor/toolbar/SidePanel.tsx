// The side panel beside the grid: the map's scope and its personas, in two tabs. Readers (viewers, commenters) see
// the same panel with every field disabled, as the persona page shows them a persona.
import { useState, type KeyboardEvent } from 'react';
import { MapPersonasPanel } from '../mapPersonas/MapPersonasPanel';
import { ScopePanel } from '../scope/ScopePanel';
import styles from './SidePanel.module.css';

type Tab = 'scope' | 'personas';
const tabs: { id: Tab; label: string }[] = [{ id: 'scope', label: 'Scope' }, { id: 'personas', label: 'Personas' }];

export function SidePanel({ onClose, readOnly = false }: { onClose: () => void; readOnly?: boolean }) {
  const [tab, setTab] = useState<Tab>('scope');
  const onKey = (e: KeyboardEvent) => {
    if (e.key !== 'ArrowLeft' && e.key !== 'ArrowRight') return;
    e.preventDefault();
    const next = tab === 'scope' ? 'personas' : 'scope';
    setTab(next);
    document.getElementById(`side-tab-${next}`)?.focus();
  };
  return (
    <aside className={styles.panel} aria-label="Scope and personas" data-testid="side-panel">
      <div className={styles.head}>
        <div role="tablist" aria-label="Side panel" className={styles.tabs} onKeyDown={onKey}>
          {tabs.map((t) => (
            <button key={t.id} id={`side-tab-${t.id}`} type="button" role="tab" aria-selected={tab === t.id}
              aria-controls={`side-panel-${t.id}`} tabIndex={tab === t.id ? 0 : -1} className={styles.tab} onClick={() => setTab(t.id)}>
              {t.label}
            </button>
          ))}
        </div>
        <button type="button" className="icon-btn" aria-label="Close the side panel" onClick={onClose}>✕</button>
      </div>
      <div id={`side-panel-${tab}`} role="tabpanel" aria-labelledby={`side-tab-${tab}`} className={styles.body}>
        {readOnly && <p className={styles.readOnly}>Read only: editors of this workspace change the scope and personas.</p>}
        {tab === 'scope'
          ? <fieldset className={styles.fields} disabled={readOnly}><ScopePanel /></fieldset>
          : <MapPersonasPanel readOnly={readOnly} />}
      </div>
    </aside>
  );
}

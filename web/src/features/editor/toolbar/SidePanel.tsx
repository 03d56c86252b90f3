// The side panel beside the grid: the map's scope, its personas and its history, in three tabs. Readers (viewers,
// commenters) see the same panel with every field disabled, as the persona page shows them a persona.
import { useState, type KeyboardEvent } from 'react';
import { HistoryPanel } from '../../history';
import { MapPersonasPanel } from '../mapPersonas/MapPersonasPanel';
import { ScopePanel } from '../scope/ScopePanel';
import styles from './SidePanel.module.css';

export type SideTab = 'scope' | 'personas' | 'history';
const tabs: { id: SideTab; label: string }[] = [
  { id: 'scope', label: 'Scope' }, { id: 'personas', label: 'Personas' }, { id: 'history', label: 'History' },
];

interface SidePanelProps {
  onClose: () => void;
  readOnly?: boolean;
  /** The tab shown, when the page chooses it (the history shortcut opens History). */
  tab?: SideTab;
  onTab?: (tab: SideTab) => void;
}

export function SidePanel({ onClose, readOnly = false, tab: chosen, onTab }: SidePanelProps) {
  const [own, setOwn] = useState<SideTab>('scope');
  const tab = chosen ?? own;
  const setTab = onTab ?? setOwn;
  const onKey = (e: KeyboardEvent) => {
    if (e.key !== 'ArrowLeft' && e.key !== 'ArrowRight') return;
    e.preventDefault();
    const at = tabs.findIndex((t) => t.id === tab);
    const next = tabs[(at + (e.key === 'ArrowRight' ? 1 : tabs.length - 1)) % tabs.length]!.id;
    setTab(next);
    document.getElementById(`side-tab-${next}`)?.focus();
  };
  return (
    <aside className={styles.panel} aria-label="Scope, personas and history" data-testid="side-panel">
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
        {readOnly && tab !== 'history' && <p className={styles.readOnly}>Read only: editors of this workspace change the scope and personas.</p>}
        {tab === 'scope' && <fieldset className={styles.fields} disabled={readOnly}><ScopePanel /></fieldset>}
        {tab === 'personas' && <MapPersonasPanel readOnly={readOnly} />}
        {tab === 'history' && <HistoryPanel />}
      </div>
    </aside>
  );
}

// Holds the bindings' screen state for an editing session (the Data toggle, the step being bound) and draws the
// binding dialog. Saving the dialog is one updateStep edit: undoable and autosaved like every other change.
import { useCallback, useEffect, useMemo, useRef, useState, type ReactNode } from 'react';
import type { StepBinding } from '../../../api/model';
import { useMapSession } from '../../map/MapSession';
import { stepsOf } from '../../map/state/queries';
import { bindingEdit, mapHasBindings, sameBinding } from './binding';
import { BindingDialog } from './BindingDialog';
import { BindingsContext, type BindingsApi } from './BindingsContext';

interface BindingsLayerProps { workspaceId: string; guest?: { dataAllowed: boolean }; readOnly?: boolean; children: ReactNode }

export function BindingsLayer({ workspaceId, guest, readOnly: reader = false, children }: BindingsLayerProps) {
  const { map, dispatch, seal } = useMapSession();
  const dataAllowed = guest?.dataAllowed ?? true;
  // Maps bound to data open with their figures shown, until the person turns the data view off on that map.
  const [dataOnState, setDataOnState] = useState(() => readDataOn(map.id) ?? mapHasBindings(map));
  const dataOn = dataAllowed && dataOnState;
  const mapId = map.id;
  const setDataOn = useCallback((on: boolean) => { setDataOnState(on); writeDataOn(mapId, on); }, [mapId]);
  const [stepId, setStepId] = useState<string | null>(null);
  const hasBindings = mapHasBindings(map);
  // A step with feedback keywords only is still part of the map's data: its badge says so.
  const hasKeywords = stepsOf(map).some((r) => (r.step.binding?.keywords?.length ?? 0) > 0);
  const step = stepId ? stepsOf(map).find((r) => r.step.id === stepId)?.step : undefined;

  // A guest or a reader reads the bindings (with the data view) but never opens them for editing.
  const isGuest = guest !== undefined;
  const readOnly = isGuest || reader;
  const openBinding = useCallback((id: string) => { if (!readOnly) setStepId(id); }, [readOnly]);
  const showBadges = dataAllowed && (dataOn || hasBindings || hasKeywords);
  const api = useMemo<BindingsApi>(() => ({ showBadges, hasBindings, dataOn, setDataOn, openBinding, guest: isGuest, readOnly }),
    [showBadges, dataOn, hasBindings, setDataOn, openBinding, isGuest, readOnly]);

  // Focus goes back to the step's badge (or its menu button) once the dialog is gone, so the keyboard carries on
  // where it was. Done after the commit: while the modal dialog is in the page everything else is inert.
  const returnTo = useRef<string | null>(null);
  const close = () => {
    returnTo.current = stepId;
    setStepId(null);
  };
  useEffect(() => {
    const id = returnTo.current;
    if (stepId !== null || id === null) return;
    returnTo.current = null;
    const header = document.querySelector(`[data-testid="step-header"][data-step-id="${CSS.escape(id)}"]`);
    (header?.querySelector<HTMLElement>('[data-testid="step-binding"]') ?? header?.querySelector<HTMLElement>('[data-testid="step-menu"]'))
      ?.focus();
  }, [stepId]);

  const save = (binding: StepBinding | undefined) => {
    if (step && !sameBinding(step.binding, binding)) {
      seal();
      dispatch(bindingEdit(step.id, binding));
      seal();
    }
    close();
  };

  return (
    <BindingsContext.Provider value={api}>
      {children}
      {step && <BindingDialog key={step.id} workspaceId={workspaceId} mapId={mapId} step={step} onClose={close} onSave={save} />}
    </BindingsContext.Provider>
  );
}

const dataKey = (mapId: string) => `waymark.data.${mapId}`;

/** Whether this browser last showed the data view on this map; null when it was never switched here. */
function readDataOn(mapId: string): boolean | null {
  try {
    const stored = localStorage.getItem(dataKey(mapId));
    return stored === null ? null : stored === '1';
  } catch {
    return null;
  }
}

function writeDataOn(mapId: string, on: boolean): void {
  try { localStorage.setItem(dataKey(mapId), on ? '1' : '0'); } catch { /* private mode: the switch is not remembered */ }
}

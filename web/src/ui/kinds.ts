import type { MapKind } from '../api/model';

export const mapKindLabels: Record<MapKind, string> = {
  currentState: 'Current state',
  futureState: 'Future state',
  dayInTheLife: 'Day in the life',
  serviceBlueprint: 'Service blueprint',
  renewal: 'Renewal',
  churn: 'Churn',
  custom: 'Custom',
};

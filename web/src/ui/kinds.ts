import type { MapKind } from '../api/model';

/** The server's records type a map's kind as any string; an unknown one shows as itself. */
export function mapKindLabel(kind: string): string {
  return (mapKindLabels as Partial<Record<string, string>>)[kind] ?? kind;
}

export const mapKindLabels: Record<MapKind, string> = {
  currentState: 'Current state',
  futureState: 'Future state',
  dayInTheLife: 'Day in the life',
  serviceBlueprint: 'Service blueprint',
  renewal: 'Renewal',
  churn: 'Churn',
  custom: 'Custom',
};

// The Compare picker's option values: "map:<id>" or "revision:<n>".
import type { CompareTarget } from '../../app/router';

export function targetValue(target: CompareTarget | undefined): string {
  if (!target) return '';
  return 'mapId' in target ? `map:${target.mapId}` : `revision:${target.revision}`;
}

export function parseTarget(value: string): CompareTarget | undefined {
  if (value.startsWith('map:')) return { mapId: value.slice(4) };
  if (value.startsWith('revision:')) return { revision: Number(value.slice(9)) };
  return undefined;
}

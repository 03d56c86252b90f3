// The journey map document and the list records, by the names the app uses. The map's types come from the file
// format's JSON Schema (map.gen.ts, docs/schema/waymark-map.schema.json), the records from the server's OpenAPI
// document (schema.gen.ts); both are generated (`npm run api:types`, ADR 013). Optional properties are left out of
// the canonical JSON when empty, so every reader must allow them missing.
import type { Schemas } from './contract';
import type * as MapFile from './map.gen';

export type JourneyMap = MapFile.WaymarkJourneyMap;
export type MapScope = MapFile.Scope;
export type KpiTarget = MapFile.KpiTarget;
export type Persona = MapFile.Persona;
export type Stage = MapFile.Stage;
export type Step = MapFile.Step;
export type StepBinding = MapFile.Binding;
export type Lane = MapFile.Lane;
export type Cell = MapFile.Cell;
export type Card = MapFile.Card;
export type EmotionPoint = MapFile.EmotionPoint;
export type PainPoint = MapFile.PainPoint;
export type Idea = MapFile.Idea;
export type KpiCell = MapFile.KpiCell;
export type Citation = MapFile.Citation;

export type MapKind = NonNullable<JourneyMap['kind']>;
export type EmotionScale = NonNullable<JourneyMap['emotionScale']>;
export type LaneKind = Lane['kind'];
export type CardColor = NonNullable<Card['color']>;
export type PainImpact = NonNullable<PainPoint['impact']>;
export type Level = NonNullable<Idea['effort']>;

export const builtInChannels = [
  'web', 'mobileApp', 'email', 'phone', 'chat', 'social', 'store', 'mail', 'ads', 'partner',
] as const;
export type BuiltInChannel = (typeof builtInChannels)[number];
/** A built-in channel or `custom:Label`. */
export type Channel = MapFile.Channel;

export const cardColors = ['yellow', 'orange', 'red', 'pink', 'purple', 'blue', 'teal', 'green', 'grey'] as const satisfies readonly CardColor[];

// What list endpoints return (the server's records).
export type MapSummary = Schemas['MapSummary'];
export type TemplateSummary = Schemas['TemplateSummary'];
export type Workspace = Schemas['WorkspaceDto'];
export type PersonaSummary = Schemas['PersonaSummary'];
/** One activity of a workspace's event data, with how often it happened and to how many customers. */
export type ActivitySummary = Schemas['ActivitySummary'];

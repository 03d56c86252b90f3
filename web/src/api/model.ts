// The journey map document, exactly as the file format (docs/file-format.md) and the REST API carry it.
// Optional properties are left out of the canonical JSON when empty, so every reader must allow them missing.

export type MapKind =
  | 'currentState'
  | 'futureState'
  | 'dayInTheLife'
  | 'serviceBlueprint'
  | 'renewal'
  | 'churn'
  | 'custom';

export type EmotionScale = '-2..2' | '1..5' | '1..10' | '-5..5';

export const builtInChannels = [
  'web', 'mobileApp', 'email', 'phone', 'chat', 'social', 'store', 'mail', 'ads', 'partner',
] as const;
export type BuiltInChannel = (typeof builtInChannels)[number];
/** A built-in channel or `custom:Label`. */
export type Channel = BuiltInChannel | `custom:${string}`;

export interface KpiTarget {
  id: string;
  name: string;
  unit?: string;
  baseline?: number;
  target?: number;
  due?: string;
}

export interface MapScope {
  goal?: string;
  scenario?: string;
  segment?: string;
  channels?: Channel[];
  kpiTargets?: KpiTarget[];
  owner?: string;
  reviewBy?: string;
}

export interface Persona {
  id: string;
  name: string;
  photoUrl?: string;
  age?: string;
  jobRole?: string;
  familyStatus?: string;
  color?: string;
  goals?: { professional?: string[]; personal?: string[] };
  needs?: string[];
  painPoints?: string[];
  motivations?: string[];
  behaviours?: string[];
  channels?: Channel[];
  quote?: string;
  backstory?: { entryPoint?: string; why?: string; what?: string; outcomes?: string };
}

export interface StepBinding {
  activities?: string[];
  filter?: { property: string; value: string }[];
  /** Feedback aliases: place feedback on this step by a whole word in its text (at most 20, up to 100 characters). */
  keywords?: string[];
}

export interface Step {
  id: string;
  name: string;
  description?: string;
  binding?: StepBinding;
}

export interface Stage {
  id: string;
  name: string;
  description?: string;
  goal?: string;
  steps?: Step[];
}

export type LaneKind =
  | 'actions' | 'thoughts' | 'feelings' | 'questions' | 'text'
  | 'frontstage' | 'backstage' | 'supportProcesses'
  | 'touchpoints' | 'channels' | 'emotionCurve' | 'painPoints' | 'ideas'
  | 'momentsOfTruth' | 'kpis' | 'images' | 'owners' | 'data';

export const cardColors = ['yellow', 'orange', 'red', 'pink', 'purple', 'blue', 'teal', 'green', 'grey'] as const;
export type CardColor = (typeof cardColors)[number];

export interface Card {
  id: string;
  text: string;
  color?: CardColor;
  tags?: string[];
}

export interface EmotionPoint {
  score: number;
  label?: string;
  personaId?: string;
}

export type PainImpact = 'trivial' | 'needsWorkaround' | 'abandons';

export interface PainPoint {
  id: string;
  text: string;
  impact?: PainImpact;
  /** A feedback topic whose mentions measure this pain point (up to 200 characters). */
  linkedTopic?: string;
  /** An event activity whose customers measure this pain point (up to 200 characters). */
  linkedActivity?: string;
}

export type Level = 'low' | 'medium' | 'high';

export interface Idea {
  id: string;
  text: string;
  votes?: number;
  desirable?: number;
  feasible?: number;
  viable?: number;
  effort?: Level;
  impact?: Level;
}

export interface KpiCell {
  metric: string;
  target?: number;
  unit?: string;
}

export interface Cell {
  text?: string;
  cards?: Card[];
  channels?: Channel[];
  owner?: string;
  emotions?: EmotionPoint[];
  painPoints?: PainPoint[];
  ideas?: Idea[];
  momentOfTruth?: { note?: string };
  kpis?: KpiCell[];
  image?: { url: string; alt: string };
}

export interface Lane {
  id: string;
  kind: LaneKind;
  title: string;
  personaId?: string;
  cells?: Record<string, Cell>;
}

export interface JourneyMap {
  schemaVersion: number;
  id: string;
  name: string;
  description?: string;
  kind?: MapKind;
  basedOnMapId?: string;
  emotionScale?: EmotionScale;
  scope?: MapScope;
  /** The step where the measured journey starts (else the first bound step). */
  entryStepId?: string | null;
  /** The step that counts as the journey's outcome (else the last bound step). */
  outcomeStepId?: string | null;
  personas?: Persona[];
  stages?: Stage[];
  lanes?: Lane[];
}

// What list endpoints return (the server's records, camelCased).

export interface MapSummary {
  id: string;
  workspaceId: string;
  name: string;
  kind: MapKind;
  description?: string | null;
  stageCount: number;
  stepCount: number;
  personaNames: string[];
  basedOnMapId?: string | null;
  reviewBy?: string | null;
  createdAt: string;
  updatedAt: string;
  updatedBy: string;
  version: number;
}

export interface TemplateSummary {
  id: string;
  name: string;
  summary: string;
  kind: MapKind;
  stageCount: number;
  stepCount: number;
  personaNames: string[];
}

export interface Workspace {
  id: string;
  name: string;
  description?: string | null;
  createdAt: string;
  updatedAt: string;
  mapCount: number;
}

export interface PersonaSummary {
  id: string;
  name: string;
  jobRole?: string | null;
  color?: string | null;
  photoUrl?: string | null;
  quote?: string | null;
  updatedAt: string;
  updatedBy: string;
  version: number;
}

/** One activity of a workspace's event data, with how often it happened and to how many customers. */
export interface ActivitySummary {
  name: string;
  events: number;
  customers: number;
}

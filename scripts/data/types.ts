/** English and German text of one label. */
export type T2 = readonly [en: string, de: string];
export type Lang = 'en' | 'de';
export const tr = (t: T2, lang: Lang): string => (lang === 'en' ? t[0] : t[1]);

export interface VerbatimDef {
  text: T2;
  score: number;
  /** Months before the end of the data window (0 = last month). */
  monthsAgo: number;
  channel?: string;
}

export interface TouchpointDef {
  id: string;
  stage: string;
  lane: string;
  name: T2;
  description?: T2;
  channel: string;
  owner: T2;
  /** −2 … +2 */
  emotion: number;
  expectation?: T2;
  pain?: T2;
  mtm?: boolean;
  /** Cases per month passing the touchpoint. */
  volume: number;
  /** Share of volume that answers the touchpoint survey (0 = no survey). */
  response: number;
  slaHours?: number;
  slaBreach?: number;
  dropOff?: number;
  target?: { value: number; warnBelow?: number };
  audit?: { value: number; note: T2 };
  verbatims?: VerbatimDef[];
}

export interface StageDef {
  id: string;
  name: T2;
  description?: T2;
}

export interface LaneDef {
  id: string;
  name: T2;
  kind: 'customer' | 'frontstage' | 'backstage' | 'system' | 'department';
}

/** A step on the typical path: hours between the touchpoints (median, P90) and share of cases taking it. */
export interface StepDef {
  from: string;
  to: string;
  share: number;
  median: number;
  p90: number;
  waiting?: number;
}

export interface JourneyDef {
  id: string;
  name: T2;
  description: T2;
  stages: StageDef[];
  lanes: LaneDef[];
  touchpoints: TouchpointDef[];
  steps: StepDef[];
  /** Journey-level answers per day (all segments). */
  dailyResponses: number;
  /** Journey-level NPS before effects. */
  baseNps: number;
  annotations: { date: string; label: T2; description?: T2; /** NPS effect from that date on. */ effect: number; fade?: number; touchpoints?: string[] }[];
  target: number;
  benchmark: { value: number; label: T2 };
}

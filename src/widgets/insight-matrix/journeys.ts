import type { Journey, Stage, Touchpoint } from '../../data/schemas/journey.js';

/**
 * Touchpoints and stages of one or several journeys, found by id. An
 * insight names its journey (`journeyId`): that journey is asked first, then
 * the others in order (the first one with the id wins), so ids that repeat
 * across journeys still resolve to the insight's own.
 */
export interface JourneyLookup {
  touchpoint(id: string, journeyId?: string): Touchpoint | undefined;
  stage(id: string, journeyId?: string): Stage | undefined;
}

function find<T extends { id: string }>(journeys: readonly Journey[], pick: (j: Journey) => readonly T[]) {
  const byJourney = new Map<string, Map<string, T>>();
  const all = new Map<string, T>();
  for (const j of journeys) {
    const own = byJourney.get(j.id) ?? new Map<string, T>();
    for (const x of pick(j)) {
      if (!own.has(x.id)) own.set(x.id, x);
      if (!all.has(x.id)) all.set(x.id, x);
    }
    byJourney.set(j.id, own);
  }
  return (id: string, journeyId?: string): T | undefined => (journeyId === undefined ? undefined : byJourney.get(journeyId)?.get(id)) ?? all.get(id);
}

export function journeyLookup(journeys: readonly Journey[]): JourneyLookup {
  return { touchpoint: find(journeys, (j) => j.touchpoints), stage: find(journeys, (j) => j.stages) };
}

/** The URLs of a `journey-src` attribute: one URL, or several separated by white space. */
export function journeyUrls(src: string | undefined): string[] {
  return src?.split(/\s+/).filter(Boolean) ?? [];
}

/** One `journey` and several `journeys` as one list, `journey` first. */
export function bothJourneys(journey: Journey | undefined, journeys: readonly Journey[] | undefined): Journey[] {
  return [...(journey ? [journey] : []), ...(journeys ?? [])];
}

/** The journeys in use: `journey` and `journeys` given as properties, else the ones loaded from `journey-src`. */
export function journeysInUse(journey: Journey | undefined, journeys: readonly Journey[] | undefined, loaded: readonly Journey[]): readonly Journey[] {
  const given = bothJourneys(journey, journeys);
  return given.length ? given : loaded;
}

/** True when both lists hold the same journey objects in the same order. */
export function sameJourneys(a: readonly Journey[] | undefined, b: readonly Journey[] | undefined): boolean {
  if (a === b) return true;
  return !!a && !!b && a.length === b.length && a.every((j, i) => j === b[i]);
}

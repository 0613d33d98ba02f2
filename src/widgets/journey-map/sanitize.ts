import type { Problem } from '../../data/errors.js';
import type { Journey, Touchpoint, Transition } from '../../data/schemas/journey.js';

export interface Cleaned {
  /** The journey with every unusable element left out (the original objects, not copies). */
  journey: Journey;
  problems: Problem[];
}

const quote = (s: string) => JSON.stringify(s.length > 60 ? `${s.slice(0, 57)}…` : s);

/** Keeps the first element per id; later duplicates become problems. */
function unique<T extends { id: string }>(list: readonly T[], path: string, problems: Problem[]): T[] {
  const seen = new Set<string>();
  return list.filter((item, i) => {
    if (seen.has(item.id)) {
      problems.push({ path: `${path}[${i}].id`, message: `duplicate id ${quote(item.id)} (left out)` });
      return false;
    }
    seen.add(item.id);
    return true;
  });
}

/**
 * Semantic checks of a journey that passed the schema: duplicate ids, touchpoints
 * in unknown stages or lanes, transitions between unknown touchpoints, unknown
 * segment and insight references. What cannot be placed is left out and named.
 */
export function sanitize(input: Journey): Cleaned {
  const problems: Problem[] = [];
  const stages = unique(input.stages, 'stages', problems);
  const lanes = unique(input.lanes, 'lanes', problems);
  const stageIds = new Set(stages.map((s) => s.id));
  const laneIds = new Set(lanes.map((l) => l.id));
  const segments = input.segments && unique(input.segments, 'segments', problems);
  const segmentIds = new Set((segments ?? []).map((s) => s.id));
  const insightIds = new Set((input.insights ?? []).map((s) => s.id));

  const seen = new Set<string>();
  const touchpoints: Touchpoint[] = [];
  input.touchpoints.forEach((tp, i) => {
    const path = `touchpoints[${i}]`;
    if (seen.has(tp.id)) {
      problems.push({ path: `${path}.id`, message: `duplicate id ${quote(tp.id)} (left out)` });
      return;
    }
    seen.add(tp.id);
    if (!stageIds.has(tp.stageId)) {
      problems.push({ path: `${path}.stageId`, message: `unknown stage ${quote(tp.stageId)} (touchpoint ${quote(tp.name)} left out)` });
      return;
    }
    if (!laneIds.has(tp.laneId)) {
      problems.push({ path: `${path}.laneId`, message: `unknown lane ${quote(tp.laneId)} (touchpoint ${quote(tp.name)} left out)` });
      return;
    }
    tp.segments?.forEach((s, j) => {
      if (!segmentIds.has(s.segmentId)) problems.push({ path: `${path}.segments[${j}].segmentId`, message: `unknown segment ${quote(s.segmentId)}` });
    });
    tp.insightIds?.forEach((id, j) => {
      if (!insightIds.has(id)) problems.push({ path: `${path}.insightIds[${j}]`, message: `unknown insight ${quote(id)}` });
    });
    touchpoints.push(tp);
  });

  const placed = new Set(touchpoints.map((t) => t.id));
  const transitions: Transition[] = [];
  input.transitions?.forEach((t, i) => {
    const path = `transitions[${i}]`;
    if (!placed.has(t.from)) problems.push({ path: `${path}.from`, message: `unknown touchpoint ${quote(t.from)} (transition left out)` });
    else if (!placed.has(t.to)) problems.push({ path: `${path}.to`, message: `unknown touchpoint ${quote(t.to)} (transition left out)` });
    else if (t.from === t.to) problems.push({ path, message: `transition from ${quote(t.from)} to itself (left out)` });
    else transitions.push(t);
  });

  return {
    journey: { ...input, stages, lanes, touchpoints, transitions, ...(segments ? { segments } : {}) },
    problems,
  };
}

import { shortValue as v } from '../../core/problems.js';
import type { Problem } from '../../data/errors.js';
import type { Journey, Touchpoint, Transition } from '../../data/schemas/journey.js';
import { problem } from './problems.js';

export interface Cleaned {
  /** The journey with every unusable element left out (the original objects, not copies). */
  journey: Journey;
  problems: Problem[];
}

/** Keeps the first element per id; later duplicates become problems. */
function unique<T extends { id: string }>(list: readonly T[], path: string, problems: Problem[]): T[] {
  const seen = new Set<string>();
  return list.filter((item, i) => {
    if (seen.has(item.id)) {
      problems.push(problem(`${path}[${i}].id`, 'problem.duplicateId', { id: v(item.id) }));
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
      problems.push(problem(`${path}.id`, 'problem.duplicateId', { id: v(tp.id) }));
      return;
    }
    seen.add(tp.id);
    if (!stageIds.has(tp.stageId)) {
      problems.push(problem(`${path}.stageId`, 'problem.unknownStage', { id: v(tp.stageId), name: v(tp.name) }));
      return;
    }
    if (!laneIds.has(tp.laneId)) {
      problems.push(problem(`${path}.laneId`, 'problem.unknownLane', { id: v(tp.laneId), name: v(tp.name) }));
      return;
    }
    tp.segments?.forEach((s, j) => {
      if (!segmentIds.has(s.segmentId)) problems.push(problem(`${path}.segments[${j}].segmentId`, 'problem.unknownSegment', { id: v(s.segmentId) }));
    });
    tp.insightIds?.forEach((id, j) => {
      if (!insightIds.has(id)) problems.push(problem(`${path}.insightIds[${j}]`, 'problem.unknownInsight', { id: v(id) }));
    });
    touchpoints.push(tp);
  });

  const placed = new Set(touchpoints.map((t) => t.id));
  const transitions: Transition[] = [];
  input.transitions?.forEach((t, i) => {
    const path = `transitions[${i}]`;
    if (!placed.has(t.from)) problems.push(problem(`${path}.from`, 'problem.unknownTouchpoint', { id: v(t.from) }));
    else if (!placed.has(t.to)) problems.push(problem(`${path}.to`, 'problem.unknownTouchpoint', { id: v(t.to) }));
    else if (t.from === t.to) problems.push(problem(path, 'problem.selfTransition', { id: v(t.from) }));
    else transitions.push(t);
  });

  return {
    journey: { ...input, stages, lanes, touchpoints, transitions, ...(segments ? { segments } : {}) },
    problems,
  };
}

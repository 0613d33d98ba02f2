export { parseCsv, parseCsvRecords } from './csv.js';
export { toIsoTimestamp, timestampMs, HOUR_MS } from './time.js';
export { XES_ALIASES, mapColumns, recordsToEvents, type ConvertResult } from './xes.js';
export { groupCases, type Case, type CaseEvent } from './cases.js';
export { quantileSorted } from './quantile.js';
export { activityStats, directlyFollows, variants, dominant, type ActivityStats, type FollowsPair } from './mining.js';

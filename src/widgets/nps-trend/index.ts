export { NpsTrend } from './nps-trend.js';
export { aggregate, addAnswer, type Aggregation, type LiveAnswer } from './aggregate.js';
export { decimateMinMax, decimateBand } from './decimate.js';

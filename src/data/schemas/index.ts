export * from './common.js';
export * from './journey.js';
export * from './score.js';
export * from './nps.js';
export * from './insight.js';
export * from './eventlog.js';
export * from './live.js';

export * from './normal.js';
export * from './nps.js';
export * from './rating.js';
export * from './metric.js';

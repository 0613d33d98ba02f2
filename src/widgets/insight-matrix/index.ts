export { InsightMatrix } from './insight-matrix.js';
export { layout, gridPack, radiusOf, radiusRange, invert, cellKey } from './layout.js';
export { prepare, applyFilters, computeImpacts, summarise, sortItems } from './model.js';
export { resolveScale, snap, quadrantOf } from './scale.js';
export { patchUrl } from './writeback.js';
export type { Geometry, Mark, BubbleMark, ClusterMark } from './layout.js';
export type { Item, Filters, Prepared } from './model.js';
export type { RatingScale, Quadrant } from './scale.js';

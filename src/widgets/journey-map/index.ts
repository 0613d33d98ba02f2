export { JourneyMap } from './journey-map.js';
export type { Overlay, TargetStatus, ThresholdDetail, PlainFigures } from './figures.js';

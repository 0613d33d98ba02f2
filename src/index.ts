/** cx-journey-kit: side-effect-free entry. Call `defineWidgets()` to register the tags. */
export { defineWidgets, widgets, type DefineOptions } from './define.js';
export { CxElement } from './core/base-element.js';
export type { CxErrorDetail } from './core/events.js';
export type { ViewState } from './core/resource-controller.js';
export * from './data/index.js';
export * from './stats/index.js';
export { JourneyMap } from './widgets/journey-map/index.js';
export { TouchpointScore } from './widgets/touchpoint-score/index.js';
export { NpsTrend } from './widgets/nps-trend/index.js';
export { InsightMatrix } from './widgets/insight-matrix/index.js';

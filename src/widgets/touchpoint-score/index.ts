export { TouchpointScore, type LiveConnect } from './touchpoint-score.js';
export type { Issue, ScoreModel, Status } from './model.js';

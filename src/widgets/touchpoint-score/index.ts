// Placeholder until the widget lands; replaced by src/widgets/touchpoint-score/touchpoint-score.ts.
export class TouchpointScore extends HTMLElement {}

// Placeholder until the widget lands; replaced by src/widgets/insight-matrix/insight-matrix.ts.
export class InsightMatrix extends HTMLElement {}

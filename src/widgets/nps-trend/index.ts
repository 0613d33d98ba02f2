// Placeholder until the widget lands; replaced by src/widgets/nps-trend/nps-trend.ts.
export class NpsTrend extends HTMLElement {}

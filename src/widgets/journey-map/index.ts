// Placeholder until the widget lands; replaced by src/widgets/journey-map/journey-map.ts.
export class JourneyMap extends HTMLElement {}

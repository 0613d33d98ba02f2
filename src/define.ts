import { InsightMatrix } from './widgets/insight-matrix/index.js';
import { JourneyMap } from './widgets/journey-map/index.js';
import { NpsTrend } from './widgets/nps-trend/index.js';
import { TouchpointScore } from './widgets/touchpoint-score/index.js';

/** The widgets by their base tag name; `defineWidgets` adds the prefix. */
export const widgets: Readonly<Record<string, CustomElementConstructor>> = {
  'journey-map': JourneyMap,
  'touchpoint-score': TouchpointScore,
  'nps-trend': NpsTrend,
  'insight-matrix': InsightMatrix,
};

export interface DefineOptions {
  /** Vendor prefix: `acme` registers `acme-journey-map`, … */
  prefix?: string;
  /** Only these widgets (base names); all by default. */
  only?: readonly string[];
  /** Registry to define into (scoped registries); the global one by default. */
  registry?: CustomElementRegistry;
}

const used = new WeakSet<CustomElementConstructor>();

/**
 * Registers the widgets. Safe to call more than once and next to other
 * versions of the kit: a tag that is already defined is left alone, with a
 * console warning when another class holds it. Returns the tags it defined.
 */
export function defineWidgets(options: DefineOptions = {}): string[] {
  const registry = options.registry ?? customElements;
  const prefix = options.prefix?.trim().toLowerCase();
  if (prefix && !/^[a-z][a-z0-9-]*$/.test(prefix)) throw new TypeError(`Invalid tag prefix "${options.prefix}"`);
  const defined: string[] = [];
  for (const [name, widget] of Object.entries(widgets)) {
    if (options.only && !options.only.includes(name)) continue;
    const tag = prefix ? `${prefix}-${name}` : name;
    const existing = registry.get(tag);
    if (existing) {
      if (existing !== widget && !(existing.prototype instanceof widget)) {
        console.warn(`[cx-journey-kit] <${tag}> is already defined by another script or version; keeping that one.`);
      }
      continue;
    }
    // A class can back one tag only: later tags get a subclass.
    const cls = used.has(widget) ? class extends (widget as unknown as typeof HTMLElement) {} : widget;
    used.add(widget);
    registry.define(tag, cls);
    defined.push(tag);
  }
  return defined;
}

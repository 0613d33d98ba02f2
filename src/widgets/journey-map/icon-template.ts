import { svg, type TemplateResult } from 'lit';
import { ICONS, type IconName } from './icons.js';

/** The sub-paths of each icon joined into one path: one SVG node per icon instead of up to four. */
const joined = new Map<IconName, { d: string; fill: 'fill' | 'stroke' }>();

function shape(name: IconName): { d: string; fill: 'fill' | 'stroke' } {
  let s = joined.get(name);
  if (!s) {
    const def = ICONS[name] as { paths: readonly string[]; fill?: boolean };
    s = { d: def.paths.join(' '), fill: def.fill ? 'fill' : 'stroke' };
    joined.set(name, s);
  }
  return s;
}

/** An inline icon; decorative (aria-hidden) because text always accompanies it. */
export function icon(name: IconName, cls = 'icon'): TemplateResult {
  const s = shape(name);
  return svg`<svg class=${cls} viewBox="0 0 16 16" aria-hidden="true" focusable="false" data-icon=${name} data-fill=${s.fill}><path d=${s.d}></path></svg>`;
}

/** The icon's path data alone, for drawing it inside an SVG (one path, 16 × 16). */
export function iconPath(name: IconName): string {
  return shape(name).d;
}

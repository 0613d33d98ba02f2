import { svg, type TemplateResult } from 'lit';
import { ICONS, type IconName } from './icons.js';

/** An inline icon; decorative (aria-hidden) because text always accompanies it. */
export function icon(name: IconName, cls = 'icon'): TemplateResult {
  const def = ICONS[name] as { paths: readonly string[]; fill?: boolean };
  return svg`<svg class=${cls} viewBox="0 0 16 16" aria-hidden="true" focusable="false" data-icon=${name} data-fill=${def.fill ? 'fill' : 'stroke'}>${def.paths.map((d) => svg`<path d=${d}></path>`)}</svg>`;
}

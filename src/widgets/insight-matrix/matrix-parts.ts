import { html, svg, type SVGTemplateResult, type TemplateResult } from 'lit';
import { cssProps } from '../../core/css-props.js';
import type { ClusterMark, Geometry, Mark } from './layout.js';
import { STATUS_COLOR } from './marks.js';
import { STATUSES } from './model.js';
import { colorOf, rating, type ViewContext } from './views.js';

/** A cluster: a disc with the count, ringed by the share of each status (or category). */
export function clusterGlyph(ctx: ViewContext, m: ClusterMark): SVGTemplateResult {
  const byCat = ctx.colorBy === 'category';
  const groups = new Map<string, { n: number; color: string }>();
  for (const it of m.items) {
    const key = byCat ? it.category : it.status;
    const g = groups.get(key) ?? { n: 0, color: colorOf(ctx, it) };
    g.n++;
    groups.set(key, g);
  }
  const order = byCat ? [...groups.keys()].sort() : [...STATUSES, 'unknown'].filter((s) => groups.has(s));
  // The ring: one dashed circle per group, each dash as long as the group's share of the circumference.
  const rr = m.r - 2.5;
  const c = 2 * Math.PI * rr;
  const gap = order.length > 1 ? 1.5 : 0;
  let start = 0;
  const arcs = order.map((key) => {
    const g = groups.get(key)!;
    const len = (g.n / m.items.length) * c;
    const dash = svg`<circle class="cluster-arc" r=${rr.toFixed(2)} stroke=${g.color}
      stroke-dasharray=${`${Math.max(0.5, len - gap).toFixed(2)} ${c.toFixed(2)}`} stroke-dashoffset=${(-start).toFixed(2)}></circle>`;
    start += len;
    return dash;
  });
  return svg`<circle class="cluster-bg" r=${m.r}></circle>
    <g transform="rotate(-90)">${arcs}</g>
    <text class="cluster-count" y="4" text-anchor="middle">${ctx.fmt.compact(m.items.length)}</text>`;
}

/** The hover / keyboard-focus card beside a mark (decorative: the mark's label says the same). */
export function tooltip(ctx: ViewContext, m: Mark, g: Geometry): TemplateResult {
  const { t, fmt } = ctx;
  const left = m.x > g.width * 0.6;
  const style = cssProps({ left: `${Math.round(left ? m.x - m.r - 8 : m.x + m.r + 8)}px`, top: `${Math.round(m.y)}px`, transform: `translate(${left ? '-100%' : '0'}, -50%)` });
  if (m.kind === 'cluster') {
    return html`<div class="tooltip" ${style} aria-hidden="true">
      <strong>${t('clusterShort', { n: fmt.number(m.items.length) })}</strong>
      <span>${t('difficulty')} ${rating(fmt, m.difficulty)} · ${t('impact')} ${rating(fmt, m.impact)}</span>
      <span class="muted">${STATUSES.filter((s) => m.byStatus[s]).map((s) => `${t(s)} ${fmt.number(m.byStatus[s])}`).join(' · ')}</span>
    </div>`;
  }
  const it = m.item;
  return html`<div class="tooltip" ${style} aria-hidden="true">
    <strong>${it.insight.title}</strong>
    <span><span class="dot" ${cssProps({ background: STATUS_COLOR[it.status] })}></span>${it.status === 'unknown' ? t('unknown') : t(it.status)}${it.category ? ` · ${it.category}` : ''}</span>
    <span class="muted">${t('difficulty')} ${rating(fmt, it.difficulty)} · ${t('impact')} ${rating(fmt, it.impact)}${it.impactComputed ? ' ◆' : ''} · ${t('reach')} ${fmt.compact(it.reach)}</span>
  </div>`;
}

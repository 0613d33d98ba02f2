import { html, nothing, svg, type SVGTemplateResult, type TemplateResult } from 'lit';
import { repeat } from 'lit/directives/repeat.js';
import type { Formatter } from '../../core/format.js';
import type { Translate } from '../../core/i18n.js';
import type { InsightStatus } from '../../data/schemas/insight.js';
import { categoryColor, shapeIndex, shapePath, STATUS_COLOR, statusGlyph } from './marks.js';
import { type Item, type Prepared, type SortKey, STATUSES } from './model.js';
import { stepsOf } from './scale.js';

export type ColorBy = 'status' | 'category';

/** What the view helpers need from the element. */
export interface ViewContext {
  t: Translate;
  fmt: Formatter;
  prepared: Prepared;
  colorBy: ColorBy;
  canEdit: boolean;
  /** The touchpoint's name (looked up in journey `journeyId` first), else the id. */
  touchpointName(id: string, journeyId?: string): string;
  /** The stage's name (looked up in journey `journeyId` first), else the id. */
  stageName(id: string, journeyId?: string): string;
}

export const colorOf = (ctx: ViewContext, it: Item): string =>
  ctx.colorBy === 'status' ? STATUS_COLOR[it.status] : it.category ? categoryColor(ctx.prepared.categories.indexOf(it.category)) : 'var(--_muted)';

/** A rating with at most one decimal ("3", "3.4"). */
export const rating = (fmt: Formatter, v: number | undefined) => (v === undefined ? '–' : fmt.number(v, Number.isInteger(v) ? 0 : 1));

/** The insight's shape (category) filled with its colour, plus the status glyph; centred on 0,0. */
export function glyph(ctx: ViewContext, it: Item, r: number, fill?: string): SVGTemplateResult {
  const shape = shapeIndex(it.category, ctx.prepared.categories);
  const color = fill ?? colorOf(ctx, it);
  const hollow = it.status === 'planned';
  const mark = statusGlyph(it.status, r);
  return svg`<path class="shape" d=${shapePath(shape, r)} fill=${hollow ? 'var(--_bg)' : color} stroke=${hollow ? color : 'var(--_bg)'}
      stroke-width=${hollow ? Math.max(2, Math.min(3, r / 4)) : 1.25}></path>
    ${mark && r >= 5 ? svg`<path class="glyph" d=${mark} stroke=${hollow ? color : 'var(--_bg)'} fill=${it.status === 'in-progress' ? 'var(--_bg)' : 'none'}></path>` : nothing}
    ${it.impactComputed ? svg`<path class="computed" d="M0,-3L3,0L0,3L-3,0Z" transform=${`translate(${(r * 0.8).toFixed(1)} ${(-r * 0.8).toFixed(1)})`}></path>` : nothing}`;
}

/** A small inline SVG swatch for legends, tables and details. */
export function swatch(ctx: ViewContext, it: Pick<Item, 'status' | 'category' | 'impactComputed'>, r = 7, fill?: string): TemplateResult {
  const size = r * 2 + 4;
  return html`<svg class="swatch" width=${size} height=${size} viewBox=${`${-size / 2} ${-size / 2} ${size} ${size}`} aria-hidden="true">
    ${glyph(ctx, { ...it, impactComputed: false } as Item, r, fill)}
  </svg>`;
}

export function legend(ctx: ViewContext): TemplateResult {
  const { t, prepared } = ctx;
  const statuses: (InsightStatus | 'unknown')[] = [...STATUSES];
  const cats = prepared.categories;
  const hasUncategorised = prepared.items.some((it) => !it.category);
  const catEntries = [...cats, ...(hasUncategorised ? [''] : [])];
  return html`<div class="legend" part="legend" role="group" aria-label=${t('legend')}>
    ${ctx.colorBy === 'status'
      ? html`<ul class="legend-row" aria-label=${t('status')}>
          ${statuses.map((s) => html`<li>${swatch({ ...ctx, colorBy: 'status' }, { status: s, category: '\u0000', impactComputed: false })}<span>${t(s)}</span></li>`)}
        </ul>`
      : nothing}
    <ul class="legend-row" aria-label=${ctx.colorBy === 'category' ? t('category') : t('shapeNote')}>
      ${ctx.colorBy === 'status' ? html`<li class="legend-title">${t('shapeNote')}:</li>` : nothing}
      ${catEntries.map(
        (c) => html`<li>${ctx.colorBy === 'category'
          ? swatch(ctx, { status: 'new', category: c, impactComputed: false })
          : swatch(ctx, { status: 'new', category: c, impactComputed: false }, 7, 'var(--_muted)')}<span>${c || t('uncategorised')}</span></li>`,
      )}
    </ul>
    <ul class="legend-row">
      <li class="legend-title">${t('sizeNote')}</li>
      ${prepared.computed.size ? html`<li><span class="diamond" aria-hidden="true">◆</span>${t('computed')}</li>` : nothing}
    </ul>
  </div>`;
}

export interface DetailsHandlers {
  close(): void;
  patch(id: string, changes: { status?: InsightStatus; difficulty?: number; impact?: number }): void;
}

export function details(ctx: ViewContext, it: Item | undefined, saving: boolean, on: DetailsHandlers): TemplateResult {
  const { t, fmt, prepared } = ctx;
  if (!it) return html`<p class="hint">${t('selectHint')}</p>`;
  const ins = it.insight;
  const editStatus = ctx.canEdit && it.status !== 'unknown';
  const picker = (axis: 'difficulty' | 'impact') => {
    const scale = prepared[axis];
    const value = it[axis];
    const locked = axis === 'impact' && it.impactComputed;
    if (!ctx.canEdit || locked || it.status === 'unknown') {
      return html`${rating(fmt, value)}${locked ? html` <span class="tag" title=${t('computedLocked')}>◆ ${t('computed')}</span>` : nothing}`;
    }
    return html`<select class="picker" aria-label=${t(axis)} @change=${(e: Event) => on.patch(it.id, { [axis]: Number((e.target as HTMLSelectElement).value) })}>
      ${value === undefined || !stepsOf(scale).includes(value) ? html`<option value="" selected disabled>${rating(fmt, value)}</option>` : nothing}
      ${stepsOf(scale).map((v) => html`<option value=${v} ?selected=${v === value}>${rating(fmt, v)}</option>`)}
    </select>`;
  };
  return html`<div class="details-head">
      <span class="kind">${t(ins.kind)}</span>
      <button class="icon-button" type="button" aria-label=${t('closeDetails')} @click=${on.close}>✕</button>
    </div>
    <h3 class="details-title" tabindex="-1">${ins.title}</h3>
    <div class="details-status">
      ${swatch({ ...ctx, colorBy: 'status' }, it, 8)}
      ${editStatus
        ? html`<label class="sr-only" for="status-select">${t('changeStatus')}</label>
            <select id="status-select" class="picker" @change=${(e: Event) => on.patch(it.id, { status: (e.target as HTMLSelectElement).value as InsightStatus })}>
              ${STATUSES.map((s) => html`<option value=${s} ?selected=${s === it.status}>${t(s)}</option>`)}
            </select>`
        : html`<strong>${it.status === 'unknown' ? `${t('unknown')} (${ins.status})` : t(it.status)}</strong>`}
      ${saving ? html`<span class="saving" role="status">${t('saving')}</span>` : nothing}
    </div>
    <dl class="facts">
      <div><dt>${t('difficulty')}</dt><dd>${picker('difficulty')}</dd></div>
      <div><dt>${t('impact')}</dt><dd>${picker('impact')}</dd></div>
      <div><dt>${t('reach')}</dt><dd>${fmt.number(it.reach)}</dd></div>
      <div><dt>${t('quadrant')}</dt><dd>${it.quadrant ? t(it.quadrant) : `${t('notRated')}: ${t(`leftOut-${it.leftOut}`)}`}</dd></div>
      <div><dt>${t('owner')}</dt><dd>${ins.owner ?? t('noOwner')}</dd></div>
      <div><dt>${t('category')}</dt><dd>${ins.category ?? t('uncategorised')}</dd></div>
    </dl>
    ${ins.description ? html`<h4>${t('description')}</h4><p class="description">${ins.description}</p>` : nothing}
    <h4>${t('touchpoints')}</h4>
    ${ins.touchpointIds?.length
      ? html`<ul class="chips">${ins.touchpointIds.map((id) => html`<li>${ctx.touchpointName(id, ins.journeyId)}</li>`)}</ul>`
      : html`<p class="muted">${t('noTouchpoints')}</p>`}
    ${ins.stageIds?.length ? html`<h4>${t('stages')}</h4><ul class="chips">${ins.stageIds.map((id) => html`<li>${ctx.stageName(id, ins.journeyId)}</li>`)}</ul>` : nothing}
    <h4>${t('history')}</h4>
    ${ins.history?.length
      ? html`<ol class="history">
          ${ins.history.map(
            (h) => html`<li><span class="when">${fmt.date(h.date)}</span> <span>${STATUSES.includes(h.status as InsightStatus) ? t(h.status) : h.status}</span>${h.by ? html` <span class="muted">${t('by', { name: h.by })}</span>` : nothing}</li>`,
          )}
        </ol>`
      : html`<p class="muted">${t('noHistory')}</p>`}
    ${ins.updatedAt ? html`<p class="muted small">${t('updated', { date: fmt.date(ins.updatedAt, { dateStyle: 'medium', timeStyle: 'short' }) })}</p>` : nothing}`;
}

export interface TableState {
  sortKey: SortKey;
  sortDir: 'asc' | 'desc';
  limit: number;
  selectedId?: string;
}

export interface TableHandlers {
  sort(key: SortKey): void;
  select(id: string): void;
  more(): void;
}

const COLUMNS: { key: SortKey; label: string; numeric?: boolean }[] = [
  { key: 'title', label: 'title' },
  { key: 'status', label: 'status' },
  { key: 'category', label: 'category' },
  { key: 'difficulty', label: 'difficulty', numeric: true },
  { key: 'impact', label: 'impact', numeric: true },
  { key: 'reach', label: 'reach', numeric: true },
  { key: 'owner', label: 'owner' },
  { key: 'quadrant', label: 'quadrant' },
];

export function table(ctx: ViewContext, rows: readonly Item[], state: TableState, on: TableHandlers): TemplateResult {
  const { t, fmt } = ctx;
  const shown = rows.slice(0, state.limit);
  return html`<div class="table-wrap" part="table">
    <table>
      <caption class="sr-only">${t('name')}: ${t('rowsShown', { n: shown.length, total: rows.length })}</caption>
      <thead>
        <tr>
          ${COLUMNS.map(
            (c) => html`<th scope="col" class=${c.numeric ? 'num' : ''}
                aria-sort=${state.sortKey === c.key ? (state.sortDir === 'asc' ? 'ascending' : 'descending') : 'none'}>
              <button type="button" class="sort" @click=${() => on.sort(c.key)}>
                ${t(c.key === 'title' ? 'insight' : c.label)}<span class="arrow" aria-hidden="true">${state.sortKey === c.key ? (state.sortDir === 'asc' ? '▲' : '▼') : '↕'}</span>
              </button>
            </th>`,
          )}
        </tr>
      </thead>
      <tbody>
        ${repeat(
          shown,
          (it) => it.id,
          (it) => html`<tr class=${it.id === state.selectedId ? 'selected' : ''} data-id=${it.id}>
            <th scope="row"><button type="button" class="row-title" aria-pressed=${it.id === state.selectedId ? 'true' : 'false'} @click=${() => on.select(it.id)}>${it.insight.title}</button></th>
            <td><span class="cell-flex">${swatch({ ...ctx, colorBy: 'status' }, { ...it, category: '\u0000' }, 6)}${it.status === 'unknown' ? it.insight.status : t(it.status)}</span></td>
            <td><span class="cell-flex">${swatch(ctx, { status: 'new', category: it.category, impactComputed: false }, 6, 'var(--_muted)')}${it.category || t('uncategorised')}</span></td>
            <td class="num">${rating(fmt, it.difficulty)}</td>
            <td class="num">${rating(fmt, it.impact)}${it.impactComputed ? html` <span class="tag" title=${t('computed')}>◆<span class="sr-only"> ${t('computed')}</span></span>` : nothing}</td>
            <td class="num">${fmt.number(it.reach)}</td>
            <td>${it.insight.owner ?? '–'}</td>
            <td>${it.quadrant ? t(it.quadrant) : html`<span class="warn">⚠ ${t(`leftOut-${it.leftOut}`)}</span>`}</td>
          </tr>`,
        )}
      </tbody>
    </table>
    ${rows.length > shown.length
      ? html`<div class="more"><span class="muted">${t('rowsShown', { n: shown.length, total: rows.length })}</span>
          <button class="cx-button" type="button" @click=${on.more}>${t('more', { n: Math.min(100, rows.length - shown.length) })}</button></div>`
      : nothing}
  </div>`;
}

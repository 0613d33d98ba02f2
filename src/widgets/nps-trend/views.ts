/**
 * The text views of <nps-trend>: the tooltip of a period, the key of the
 * marks and the table with every figure. Functions of data → template; the
 * element passes its translator and formatter.
 */
import { html, nothing, type TemplateResult } from 'lit';
import { repeat } from 'lit/directives/repeat.js';
import type { Formatter } from '../../core/format.js';
import type { Translate } from '../../core/i18n.js';
import { type Aggregation, leftOutAt } from './aggregate.js';
import { hasMargin, type NpsResult, SMALL_SAMPLE } from '../../stats/index.js';
import { changeAt } from './figures.js';
import type { Geometry } from './layout.js';
import { colourOf } from './marks.js';
import type { LenientNpsTrend } from './schema.js';
import { ordinalOf } from './time.js';

/** Rows per page of the table view. */
export const PAGE = 50;

export interface ViewContext {
  t: Translate;
  fmt: Formatter;
  /** "March 2026", "W09 2026", "Q1 2026", "3 Mar 2026" for an axis index. */
  periodLabel(index: number, long?: boolean): string;
  /** The period unit in words ("month" / "months"). */
  unit(count?: number): string;
}

export interface Note {
  time: number;
  label: string;
}

/** What stands for a period without figures: no answers, or answers left out for invalid counts. */
export function noFiguresText(v: ViewContext, agg: Aggregation, s: number, i: number): string {
  return v.t(leftOutAt(agg, s, i) ? 'leftOut' : 'noAnswers');
}

/** The margin of error as text ("±4.2", or in `long` words), or that there is none (see `hasMargin`). */
export function moeText(v: ViewContext, r: NpsResult, long = false): string {
  if (!hasMargin(r)) return v.t('moeNone');
  return v.t(long ? 'moeLong' : 'moe', { moe: v.fmt.number(r.moe, 1) });
}

/** The details of one period of one series (tooltip, or docked under a narrow chart). */
export function tooltipView(v: ViewContext, agg: Aggregation, s: number, i: number, docked: boolean, annotations: readonly Note[]): TemplateResult {
  const series = agg.series[s]!;
  const change = changeAt(series, i);
  const notes = annotations.filter((a) => ordinalOf(agg.interval, a.time) === agg.first + i);
  const r = change?.current;
  const d = change?.difference;
  return html`<div class="tooltip" part="tooltip" role="tooltip" id="tip" ?data-docked=${docked}>
    <strong>${series.name}</strong>
    <span class="muted">${v.periodLabel(i)}</span>
    ${r
      ? html`<div>
            <span class="big">${v.t('nps')} ${v.fmt.number(r.nps)}</span>
            <span class="muted">${moeText(v, r)}</span>
          </div>
          <dl>
            <dt>${v.t('answers')}</dt>
            <dd>${v.fmt.number(r.n)}${r.small ? html` · ${v.t('smallSample')}` : nothing}</dd>
            <dt>${v.t('promoters')}</dt>
            <dd>${v.fmt.percent(r.promoters / r.n)}</dd>
            <dt>${v.t('passives')}</dt>
            <dd>${v.fmt.percent(r.passives / r.n)}</dd>
            <dt>${v.t('detractors')}</dt>
            <dd>${v.fmt.percent(r.detractors / r.n)}</dd>
          </dl>
          <div>
            ${d
              ? html`${v.t('vsPrevious', { delta: v.fmt.signed(d.delta), unit: v.unit() })} ·
                  <span class="sig">${d.significant ? v.t('significant') : v.t('notSignificant')}</span>`
              : html`<span class="muted">${v.t('noPrevious', { unit: v.unit() })}</span>`}
          </div>
          ${leftOutAt(agg, s, i) ? html`<div class="note">${v.t('partlyLeftOut')}</div>` : nothing}`
      : html`<div>${noFiguresText(v, agg, s, i)}</div>`}
    ${notes.map((n) => html`<div class="note">◆ ${n.label}</div>`)}
  </div>`;
}

/** The key of the marks (band, target, benchmark, composition) and the numbered events. */
export function keysView(v: ViewContext, value: LenientNpsTrend, g: Geometry, active: number): TemplateResult {
  const colour = colourOf(active);
  return html`<ul class="keys" aria-label=${v.t('keys')}>
      <li>
        <svg width="22" height="12" aria-hidden="true"><rect x="1" y="1" width="20" height="10" rx="2" fill=${colour} opacity="0.3"></rect>
          <line x1="1" x2="21" y1="6" y2="6" stroke=${colour} stroke-width="2"></line></svg
        >${v.t('band')}
      </li>
      ${value.target !== undefined
        ? html`<li>
            <svg width="22" height="12" aria-hidden="true"><line x1="1" x2="21" y1="6" y2="6" stroke="currentColor" stroke-width="1.5" stroke-dasharray="6 4"></line></svg
            >${v.t('target')} ${v.fmt.number(value.target)}
          </li>`
        : nothing}
      ${value.benchmark
        ? html`<li>
            <svg width="22" height="12" aria-hidden="true"><line x1="1" x2="21" y1="6" y2="6" stroke="currentColor" stroke-width="2" stroke-dasharray="1.5 3"></line></svg
            >${value.benchmark.label ?? v.t('benchmark')} ${v.fmt.number(value.benchmark.value)}
          </li>`
        : nothing}
      ${g.comp
        ? html`<li><span class="sw" data-k="p"></span>${v.t('promoters')}</li>
            <li><span class="sw" data-k="pa"></span>${v.t('passives')}</li>
            <li><span class="sw" data-k="d"></span>${v.t('detractors')}</li>`
        : nothing}
    </ul>
    ${g.annotations.length
      ? html`<ul class="events" aria-label=${v.t('annotations')}>
          ${g.annotations.map(
            (a) =>
              html`<li>
                <span class="no" aria-hidden="true">${a.number}</span>${v.fmt.date(a.time, { dateStyle: 'medium', timeZone: 'UTC' })}: ${a.label}${a.description
                  ? html`<span class="muted"> – ${a.description}</span>`
                  : nothing}
              </li>`,
          )}
        </ul>`
      : nothing}`;
}

/** Every figure as a table: one row per period and visible series, 50 rows a page. */
export function tableView(
v: ViewContext,
value: LenientNpsTrend,
agg: Aggregation,
g: Geometry,
order: readonly number[],
requestedPage: number,
onPage: (page: number) => void,
): TemplateResult {
  const total = (g.to - g.from + 1) * order.length;
  const pages = Math.max(1, Math.ceil(total / PAGE));
  const page = Math.min(requestedPage, pages - 1);
  const start = page * PAGE;
  const rows: { s: number; i: number }[] = [];
  for (let k = start; k < Math.min(total, start + PAGE); k++) rows.push({ i: g.from + Math.floor(k / order.length), s: order[k % order.length]! });
  return html`<div class="table-wrap" part="table" tabindex="0" role="region" aria-label=${v.t('tableRegion')}>
      <table>
        <caption>
          ${v.t('tableCaption', { name: value.name })}
          <span class="muted">(${v.t('smallNote', { n: SMALL_SAMPLE })})</span>
        </caption>
        <thead>
          <tr>
            <th scope="col">${v.t('period')}</th>
            <th scope="col">${v.t('series')}</th>
            <th scope="col" class="num">${v.t('nps')}</th>
            <th scope="col" class="num">±</th>
            <th scope="col" class="num">n</th>
            <th scope="col" class="num">${v.t('promoters')}</th>
            <th scope="col" class="num">${v.t('passives')}</th>
            <th scope="col" class="num">${v.t('detractors')}</th>
            <th scope="col" class="num">${v.t('change')}</th>
            <th scope="col">${v.t('significantCol')}</th>
          </tr>
        </thead>
        <tbody>
          ${repeat(
            rows,
            (r) => `${r.s}:${r.i}`,
            (r) => {
              const c = changeAt(agg.series[r.s]!, r.i);
              const x = c?.current;
              const pct = (k: number) => (x ? `${v.fmt.percent(k / x.n)} (${v.fmt.number(k)})` : '–');
              return html`<tr>
                <th scope="row">${v.periodLabel(r.i)}</th>
                <td>${agg.series[r.s]!.name}</td>
                ${x
                  ? html`<td class="num">${v.fmt.number(x.nps)}</td>
                      <td class="num">${hasMargin(x) ? v.fmt.number(x.moe, 1) : '–'}</td>
                      <td class="num">${v.fmt.number(x.n)}${x.small ? ' *' : ''}</td>
                      <td class="num">${pct(x.promoters)}</td>
                      <td class="num">${pct(x.passives)}</td>
                      <td class="num">${pct(x.detractors)}</td>
                      <td class="num">${c?.difference ? v.fmt.signed(c.difference.delta) : '–'}</td>
                      <td>${c?.difference ? (c.difference.significant ? v.t('yes') : v.t('no')) : '–'}</td>`
                  : html`<td colspan="8" class="muted">${noFiguresText(v, agg, r.s, r.i)}</td>`}
              </tr>`;
            },
          )}
        </tbody>
      </table>
    </div>
    ${pages > 1
      ? html`<div class="pager">
          <button class="cx-button" type="button" ?disabled=${page === 0} @click=${() => onPage(page - 1)}>← ${v.t('previous')}</button>
          <span>${v.t('pageOf', { from: v.fmt.number(start + 1), to: v.fmt.number(Math.min(total, start + PAGE)), total: v.fmt.number(total) })}</span>
          <button class="cx-button" type="button" ?disabled=${page >= pages - 1} @click=${() => onPage(page + 1)}>${v.t('next')} →</button>
        </div>`
      : nothing}`;
}

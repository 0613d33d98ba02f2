import { html, nothing, type TemplateResult } from 'lit';
import type { Metric } from '../../data/schemas/common.js';
import type { Segment } from '../../data/schemas/journey.js';
import { METRICS, OVERLAYS, type Overlay, SCORE_BANDS } from './figures.js';
import { metricLabel, scoreText, type ViewContext } from './format.js';
import { icon } from './icon-template.js';

export interface ToolbarState {
  overlay: Overlay;
  metric: Metric;
  segments: readonly Segment[];
  activeSegment?: string;
  tableView: boolean;
  /** Narrow layout: short overlay names. */
  short: boolean;
  onView: (patch: { overlay?: Overlay; metric?: Metric; segment?: string }) => void;
  onToggleTable: () => void;
}

/** Overlay switch (segmented), metric and segment choice, table toggle. */
export function renderToolbar(ctx: ViewContext, s: ToolbarState): TemplateResult {
  const { t } = ctx;
  const names: Record<Overlay, string> = {
    voc: t(s.short ? 'overlayVocShort' : 'overlayVoc'),
    process: t('overlayProcess'),
    target: t(s.short ? 'overlayTargetShort' : 'overlayTarget'),
  };
  return html`<div class="toolbar cx-noprint" part="toolbar">
    <div class="seg" role="group" aria-label=${t('overlay')}>
      ${OVERLAYS.map(
        (o) => html`<button type="button" class="seg-btn" data-overlay=${o} aria-pressed=${s.overlay === o ? 'true' : 'false'} @click=${() => s.onView({ overlay: o })}>${names[o]}</button>`,
      )}
    </div>
    <label class="field"><span>${t('metric')}</span>
      <select @change=${(e: Event) => s.onView({ metric: (e.target as HTMLSelectElement).value as Metric })}>
        ${METRICS.map((m) => html`<option value=${m} ?selected=${s.metric === m}>${metricLabel(t, m)}</option>`)}
      </select>
    </label>
    ${s.segments.length
      ? html`<label class="field"><span>${t('segment')}</span>
          <select @change=${(e: Event) => s.onView({ segment: (e.target as HTMLSelectElement).value })}>
            <option value="" ?selected=${!s.activeSegment}>${t('allSegments')}</option>
            ${s.segments.map((g) => html`<option value=${g.id} ?selected=${s.activeSegment === g.id}>${g.name}</option>`)}
          </select>
        </label>`
      : nothing}
    <button type="button" class="cx-button view-toggle" aria-pressed=${s.tableView ? 'true' : 'false'} @click=${s.onToggleTable}>
      ${icon(s.tableView ? 'map' : 'table')}${s.tableView ? t('showChart') : t('showTable')}
    </button>
  </div>`;
}

/** What the colours, icons and marks of the current overlay mean (decorative: the cards say it in words too). */
export function renderLegend(ctx: ViewContext, overlay: Overlay, metric: Metric): TemplateResult {
  const { t, fmt } = ctx;
  let specific: TemplateResult;
  if (overlay === 'voc') {
    const band = SCORE_BANDS[metric];
    specific = html`<span class="key"><i class="sw" data-tone="good"></i>${t('legendGood')} ≥ ${scoreText(fmt, metric, band.good)}</span>
      <span class="key"><i class="sw" data-tone="warn"></i>${t('legendMid')}</span>
      <span class="key"><i class="sw" data-tone="bad"></i>${t('legendBad')} &lt; ${scoreText(fmt, metric, band.bad)}</span>
      <span class="key">${icon('small')}${t('legendSmall')}</span>`;
  } else if (overlay === 'process') {
    specific = html`<span class="key"><span class="proc-sample"><span>${fmt.compact(1200)}</span><span>${t('medianValue', { value: fmt.hours(4) })}</span><span>${t('p90', { value: fmt.hours(20) })}</span></span>${t('volume')} · ${t('median')} · P90 (${t('timeToNext')})</span>`;
  } else {
    specific = html`<span class="key status" data-status="met">${icon('met')}${t('met')}</span>
      <span class="key status" data-status="risk">${icon('risk')}${t('risk')}</span>
      <span class="key status" data-status="missed">${icon('missed')}${t('missed')}</span>`;
  }
  return html`<div class="legend" aria-hidden="true">
    ${specific}
    <span class="key mtm">${icon('star')}${t('momentThatMatters')}</span>
    <span class="key pain">${icon('bolt')}${t('painPoint')}</span>
    <span class="key dip"><i class="dip-sw"></i>${t('dip')}</span>
    <span class="key ho-key">${icon('handover')}${t('handover')}</span>
  </div>`;
}

import { html, nothing, svg, type TemplateResult } from 'lit';
import { repeat } from 'lit/directives/repeat.js';
import { cssProps } from '../../core/css-props.js';
import type { Overlay } from './figures.js';
import { laneKindText, type ViewContext } from './format.js';
import { icon, iconPath } from './icon-template.js';
import { type Connector, type EmotionCurve, GRID, type GridLayout, PAIN_MARK, STACK, type StackLayout } from './layout.js';

const px = (v: number) => `${v}px`;

/** The label of a connector: hand-over with its wait (always), volume and times (process overlay). */
export function connectorLines(ctx: ViewContext, c: Connector, overlay: Overlay): { handover?: string; process: string[] } {
  const { t, fmt } = ctx;
  const tr = c.transition;
  const out: { handover?: string; process: string[] } = { process: [] };
  if (c.handover) out.handover = tr.waitingHours !== undefined ? fmt.hours(tr.waitingHours) : t('handover');
  if (overlay === 'process') {
    if (tr.volume !== undefined) out.process.push(fmt.compact(tr.volume));
    if (tr.medianHours !== undefined) out.process.push(t('medianValue', { value: fmt.hours(tr.medianHours) }));
    if (tr.p90Hours !== undefined) out.process.push(t('p90', { value: fmt.hours(tr.p90Hours) }));
  }
  return out;
}

function emotionMarks(ctx: ViewContext, e: EmotionCurve, labelSide: 'below' | 'right', range?: XRange): TemplateResult {
  const points = range ? e.points.filter((p) => p.x >= range[0] && p.x <= range[1]) : e.points;
  return svg`
    ${e.path ? svg`<path class="curve" d=${e.path}></path>` : nothing}
    ${points.map(
      (p) => svg`${p.dip
        ? svg`<g class="pt dip" transform=${`translate(${p.x},${p.y})`}>
            <path d="M0,-7.5L7.5,0L0,7.5L-7.5,0Z"></path>
            <text class="pt-label" x=${labelSide === 'right' ? 11 : 0} y=${labelSide === 'right' ? 4 : 20} text-anchor=${labelSide === 'right' ? 'start' : 'middle'}>${ctx.fmt.signed(p.value, 1)}</text>
          </g>`
        : svg`<circle class="pt" cx=${p.x} cy=${p.y} r="4.5"></circle>`}${p.pain
        ? svg`<path class="pt-pain" d=${iconPath('bolt')} transform=${`translate(${p.x - PAIN_MARK.x},${p.y - PAIN_MARK.y}) scale(${PAIN_MARK.size / 16})`}></path>`
        : nothing}`,
    )}`;
}

/**
 * The process figures of a connector as one text (one element per label
 * instead of four; a process overlay labels every connector): one line each,
 * or side by side, an en space apart, on a vertical or backward connector.
 */
export function processText(lines: readonly string[], shape: Connector['shape']): string {
  return lines.join(shape === 'forward' ? '\n' : '\u2002');
}

/** A horizontal range of the canvas, in layout pixels. */
export type XRange = readonly [from: number, to: number];

/** Connector labels by connector (a new layout makes new connectors), reused while overlay and strings stay. */
const labelCache = new WeakMap<Connector, { overlay: Overlay; t: ViewContext['t']; fmt: ViewContext['fmt']; tpl: TemplateResult | typeof nothing }>();

function connectorLabel(ctx: ViewContext, c: Connector, overlay: Overlay): TemplateResult | typeof nothing {
  const hit = labelCache.get(c);
  if (hit && hit.overlay === overlay && hit.t === ctx.t && hit.fmt === ctx.fmt) return hit.tpl;
  const lines = connectorLines(ctx, c, overlay);
  const tpl =
    !lines.handover && !lines.process.length
      ? nothing
      : html`<div class="conn-label" data-shape=${c.shape} ${cssProps({ left: px(c.labelX), top: px(c.labelY) })}
          >${lines.handover ? html`<span class="ho">${icon('handover')}${lines.handover}</span>` : nothing}${lines.process.length
            ? html`<span class="proc">${processText(lines.process, c.shape)}</span>`
            : nothing}</div
        >`;
  labelCache.set(c, { overlay, t: ctx.t, fmt: ctx.fmt, tpl });
  return tpl;
}

export interface GridParts {
  layout: GridLayout;
  overlay: Overlay;
  emotionLabel: string;
  emotionSummary: string;
  corner: string;
  laneKindLabel: (kind: string) => string;
  cards: TemplateResult;
  /** The connectors to draw (all, or those touching a rendered card while rendering progressively). */
  connectors: readonly Connector[];
  /**
   * While a large journey renders progressively: the part of the canvas whose
   * stage heads, stage backgrounds and emotion points are drawn (the stages of
   * the rendered cards and of the visible window). Undefined = everything.
   */
  range?: XRange;
}

/** The stages × lanes grid: sticky lane heads, stage heads, emotion band, connectors, cards and connector labels. */
export function renderGrid(ctx: ViewContext, p: GridParts): TemplateResult {
  const L = p.layout;
  const e = L.emotion;
  const range = p.range;
  const stages = range ? L.stages.filter((s) => s.x < range[1] && s.x + s.w > range[0]) : L.stages;
  return html`<div class="canvas" ${cssProps({ width: px(L.width), height: px(L.height) })}>
    <div class="lane-heads" ${cssProps({ height: px(L.height), width: px(GRID.laneHeader) })}>
      <div class="corner" ${cssProps({ height: px(GRID.stageHeader) })}>${p.corner}</div>
      <div class="lane-head emotion-head" ${cssProps({ top: px(L.emotionTop), height: px(GRID.emotion) })}>
        <span class="lane-name">${p.emotionLabel}</span>
        <span class="tick" ${cssProps({ top: px(e.plus - L.emotionTop) })}>+2</span>
        <span class="tick" ${cssProps({ top: px(e.zero - L.emotionTop) })}>0</span>
        <span class="tick" ${cssProps({ top: px(e.minus - L.emotionTop) })}>${ctx.fmt.signed(-2)}</span>
      </div>
      ${L.lanes.map(
        (l) => html`<div class="lane-head" data-kind=${l.kind} ${cssProps({ top: px(l.y), height: px(l.h) })}>
          <span class="lane-name">${l.name}</span><span class="lane-kind">${laneKindText(l.name, p.laneKindLabel(l.kind))}</span>
        </div>`,
      )}
    </div>
    <svg class="bg" width=${L.width} height=${L.height} aria-hidden="true">
      ${stages.map((s) => svg`<rect class=${s.index % 2 ? 'stage-bg odd' : 'stage-bg'} x=${s.x} y="0" width=${s.w} height=${L.height}></rect>`)}
      <rect class="emo-pos" x=${GRID.laneHeader} y=${e.plus} width=${L.width - GRID.laneHeader} height=${e.zero - e.plus}></rect>
      <rect class="emo-neg" x=${GRID.laneHeader} y=${e.zero} width=${L.width - GRID.laneHeader} height=${e.minus - e.zero}></rect>
      ${L.lanes.map((l) => svg`<line class="lane-line" x1="0" x2=${L.width} y1=${l.y} y2=${l.y}></line>`)}
      <line class="zero" x1=${GRID.laneHeader} x2=${L.width} y1=${e.zero} y2=${e.zero}></line>
      ${stages.map((s) => (s.index === 0 ? nothing : svg`<line class="stage-line" x1=${s.x} x2=${s.x} y1="0" y2=${L.height}></line>`))}
      ${repeat(
        p.connectors,
        (c) => c.key,
        (c) => svg`<g class="conn" data-handover=${c.handover ? 'true' : 'false'} data-from=${c.from} data-to=${c.to}>
          <path class="line" d=${c.path} stroke-width=${c.width}></path><path class="arrow" d=${c.arrow}></path>
        </g>`,
      )}
    </svg>
    ${stages.map(
      (s) => html`<div class="stage-head" ${cssProps({ left: px(s.x), width: px(s.w), height: px(GRID.stageHeader) })}>
        <span class="stage-no">${s.index + 1}</span><span class="stage-name" title=${s.name}>${s.name}</span>
      </div>`,
    )}
    <svg class="emotion" width=${L.width} height=${L.lanesTop} role="img" aria-label=${p.emotionSummary}>${emotionMarks(ctx, e, 'below', range)}</svg>
    ${p.cards}
    <div class="conn-labels" aria-hidden="true">
      ${repeat(
        p.connectors,
        (c) => c.key,
        (c) => connectorLabel(ctx, c, p.overlay),
      )}
    </div>
  </div>`;
}

export interface StackParts {
  layout: StackLayout;
  emotionSummary: string;
  cards: TemplateResult;
}

/** The narrow layout: stage sections stacked, one card per row, the emotion curve in the left gutter. */
export function renderStack(ctx: ViewContext, p: StackParts): TemplateResult {
  const L = p.layout;
  const e = L.emotion;
  return html`<div class="canvas stacked" ${cssProps({ width: px(L.width), height: px(L.height) })}>
    <svg class="bg" width=${STACK.gutter} height=${L.height} aria-hidden="true">
      <rect class="emo-neg" x=${e.minus} y="0" width=${e.zero - e.minus} height=${L.height}></rect>
      <rect class="emo-pos" x=${e.zero} y="0" width=${e.plus - e.zero} height=${L.height}></rect>
      <line class="zero" x1=${e.zero} x2=${e.zero} y1="0" y2=${L.height}></line>
    </svg>
    ${L.stages.map(
      (s) => html`<div class="stage-head stacked" ${cssProps({ top: px(s.y), height: px(s.h), left: '0', width: px(L.width) })}>
        <span class="stage-no">${s.index + 1}</span><span class="stage-name">${s.name}</span>
      </div>`,
    )}
    <svg class="emotion" width=${STACK.gutter} height=${L.height} role="img" aria-label=${p.emotionSummary}>${emotionMarks(ctx, e, 'below')}</svg>
    ${p.cards}
  </div>`;
}

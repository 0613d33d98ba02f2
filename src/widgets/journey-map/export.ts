/**
 * Standalone SVG export of the grid layout, built as DOM (createElementNS +
 * textContent, never markup strings) so user text stays text.
 */
import type { Metric } from '../../data/schemas/common.js';
import type { CardModel } from './card.js';
import type { Overlay } from './figures.js';
import { laneKindText, metricLabel, scoreText, shareText, statusText, type ViewContext } from './format.js';
import { ICONS, type IconName } from './icons.js';
import { GRID, type GridLayout, PAIN_MARK } from './layout.js';
import { connectorLines } from './map.js';

export interface ExportPalette {
  bg: string;
  surface: string;
  fg: string;
  muted: string;
  border: string;
  accent: string;
  good: string;
  warn: string;
  bad: string;
  goodBg: string;
  warnBg: string;
  badBg: string;
  font: string;
}

export interface ExportModel {
  layout: GridLayout;
  models: readonly CardModel[];
  overlay: Overlay;
  metric: Metric;
  title: string;
  summary: string;
  ctx: ViewContext;
  palette: ExportPalette;
  laneKind: (kind: GridLayout['lanes'][number]['kind']) => string;
}

/** The width of a text, in the unit of the line width it is wrapped to. */
export type Measure = (text: string) => number;

const characters: Measure = (text) => [...text].length;

/** The longest start of `text` that fits `width` with an ellipsis after it (the ellipsis alone when none does). */
function ellipsize(text: string, width: number, measure: Measure): string {
  const chars = [...text];
  let n = chars.length;
  while (n > 0 && measure(`${chars.slice(0, n).join('').trimEnd()}…`) > width) n--;
  return `${chars.slice(0, n).join('').trimEnd()}…`;
}

/** One line: the text when it fits `width`, else cut with an ellipsis wherever it must (as `text-overflow: ellipsis`). */
export function fitText(text: string, width: number, measure: Measure = characters): string {
  return measure(text) <= width ? text : ellipsize(text, width, measure);
}

/**
 * Greedy word wrap to at most `maxLines` lines no wider than `width` (one
 * width for every line, or one per line with the last one repeating), as
 * `measure` counts (characters unless told). Lines break between words only:
 * a word longer than a whole line is cut with an ellipsis, and a text that
 * needs more lines ends with an ellipsis after the last word that fits.
 */
export function wrapText(text: string, width: number | readonly number[], maxLines: number, measure: Measure = characters): string[] {
  const words = text.trim().split(/\s+/).filter(Boolean);
  const widthOf = (k: number) => (typeof width === 'number' ? width : (width[Math.min(k, width.length - 1)] ?? 0));
  const lines: string[] = [];
  let cut = false;
  let i = 0;
  while (i < words.length && lines.length < maxLines) {
    const w = widthOf(lines.length);
    let line = words[i++]!;
    cut = measure(line) > w;
    if (cut) line = ellipsize(line, w, measure);
    else while (i < words.length && measure(`${line} ${words[i]}`) <= w) line = `${line} ${words[i++]}`;
    lines.push(line);
  }
  if (i < words.length && lines.length && !cut) {
    const w = widthOf(lines.length - 1);
    let last = lines.pop()!;
    while (measure(`${last}…`) > w && last.includes(' ')) last = last.slice(0, last.lastIndexOf(' '));
    lines.push(measure(`${last}…`) <= w ? `${last}…` : ellipsize(last, w, measure));
  }
  return lines;
}

/**
 * Text widths in CSS px as the browser draws the export's font (measured on a
 * 2D canvas), for a font size and weight; about 0.6 em a character without a canvas.
 */
export function fontMeasure(doc: Document, family: string): (size: number, weight?: number) => Measure {
  const g = doc.createElement('canvas').getContext('2d');
  return (size, weight = 400) => (text) => {
    if (!g) return [...text].length * size * 0.6;
    g.font = `${weight} ${size}px sans-serif`; // kept when the family does not parse
    g.font = `${weight} ${size}px ${family}`;
    return g.measureText(text).width;
  };
}

const NS = 'http://www.w3.org/2000/svg';

export function buildSvg(doc: Document, m: ExportModel): SVGSVGElement {
  const { layout: L, palette: P, ctx } = m;
  const { t, fmt } = ctx;
  const el = <K extends keyof SVGElementTagNameMap>(name: K, attrs: Record<string, string | number>, parent?: Element, text?: string): SVGElementTagNameMap[K] => {
    const node = doc.createElementNS(NS, name) as SVGElementTagNameMap[K];
    for (const [k, v] of Object.entries(attrs)) node.setAttribute(k, String(v));
    if (text !== undefined) node.textContent = text;
    parent?.append(node);
    return node;
  };
  const iconAt = (name: IconName, x: number, y: number, size: number, color: string, parent: Element) => {
    const def = ICONS[name] as { paths: readonly string[]; fill?: boolean };
    const g = el('g', { transform: `translate(${x},${y}) scale(${size / 16})` }, parent);
    for (const d of def.paths) {
      el('path', def.fill ? { d, fill: color } : { d, fill: 'none', stroke: color, 'stroke-width': 1.5, 'stroke-linecap': 'round', 'stroke-linejoin': 'round' }, g);
    }
  };
  const measure = fontMeasure(doc, P.font);
  const tone = (x: string) => (x === 'good' ? [P.good, P.goodBg] : x === 'warn' ? [P.warn, P.warnBg] : x === 'bad' ? [P.bad, P.badBg] : [P.muted, P.surface]);

  const svg = el('svg', { xmlns: NS, width: L.width, height: L.height, viewBox: `0 0 ${L.width} ${L.height}`, role: 'img', 'font-family': P.font, 'font-size': 12 });
  el('title', {}, svg, m.title);
  el('desc', {}, svg, m.summary);
  el('rect', { x: 0, y: 0, width: L.width, height: L.height, fill: P.bg }, svg);

  // Stage columns, lane lines, emotion band.
  for (const s of L.stages) {
    if (s.index % 2) el('rect', { x: s.x, y: 0, width: s.w, height: L.height, fill: P.surface, 'fill-opacity': 0.6 }, svg);
    const head = el('g', {}, svg);
    const no = `${s.index + 1}  `;
    const m14 = measure(14, 600);
    el('text', { x: s.x + 12, y: 34, fill: P.fg, 'font-weight': 600, 'font-size': 14 }, head, `${no}${fitText(s.name.trim(), s.w - 24 - m14(no), m14)}`);
  }
  for (const l of L.lanes) el('line', { x1: 0, x2: L.width, y1: l.y, y2: l.y, stroke: P.border }, svg);
  const e = L.emotion;
  el('rect', { x: GRID.laneHeader, y: e.plus, width: L.width - GRID.laneHeader, height: e.zero - e.plus, fill: P.goodBg, 'fill-opacity': 0.5 }, svg);
  el('rect', { x: GRID.laneHeader, y: e.zero, width: L.width - GRID.laneHeader, height: e.minus - e.zero, fill: P.badBg, 'fill-opacity': 0.5 }, svg);
  el('line', { x1: GRID.laneHeader, x2: L.width, y1: e.zero, y2: e.zero, stroke: P.muted, 'stroke-dasharray': '3 4' }, svg);
  if (e.path) el('path', { d: e.path, fill: 'none', stroke: P.accent, 'stroke-width': 2.5 }, svg);
  for (const p of e.points) {
    // a dip as a diamond with its value; a pain point (at any height) by its bolt above the point
    if (p.dip) {
      el('path', { d: `M${p.x},${p.y - 7.5}L${p.x + 7.5},${p.y}L${p.x},${p.y + 7.5}L${p.x - 7.5},${p.y}Z`, fill: P.bad, stroke: P.bg, 'stroke-width': 1.5 }, svg);
      el('text', { x: p.x, y: p.y + 20, 'text-anchor': 'middle', fill: P.bad, 'font-weight': 600, 'font-size': 11 }, svg, fmt.signed(p.value, 1));
    } else el('circle', { cx: p.x, cy: p.y, r: 4.5, fill: P.bg, stroke: P.accent, 'stroke-width': 2 }, svg);
    if (p.pain) iconAt('bolt', p.x - PAIN_MARK.x, p.y - PAIN_MARK.y, PAIN_MARK.size, P.bad, svg);
  }

  // Connectors.
  for (const c of L.connectors) {
    const color = c.handover ? P.warn : P.muted;
    el('path', { d: c.path, fill: 'none', stroke: color, 'stroke-width': c.width, 'stroke-opacity': 0.8, ...(c.handover ? { 'stroke-dasharray': '6 4' } : {}) }, svg);
    el('path', { d: c.arrow, fill: color }, svg);
  }

  // Lane header column.
  el('rect', { x: 0, y: 0, width: GRID.laneHeader, height: L.height, fill: P.surface }, svg);
  el('line', { x1: GRID.laneHeader, x2: GRID.laneHeader, y1: 0, y2: L.height, stroke: P.border }, svg);
  el('text', { x: 12, y: L.emotionTop + 22, fill: P.fg, 'font-weight': 600 }, svg, t('emotion'));
  for (const l of L.lanes) {
    wrapText(l.name, GRID.laneHeader - 24, 3, measure(12, 600)).forEach((line, i) => el('text', { x: 12, y: l.y + 24 + i * 16, fill: P.fg, 'font-weight': 600 }, svg, line));
    el('text', { x: 12, y: l.y + l.h - 14, fill: P.muted, 'font-size': 11 }, svg, laneKindText(l.name, m.laneKind(l.kind)));
  }

  // Cards.
  for (const box of L.cards) {
    const model = m.models[box.index];
    if (!model) continue;
    const f = model.figures;
    const g = el('g', { transform: `translate(${box.x},${box.y})` }, svg);
    el('rect', { x: 0.5, y: 0.5, width: box.w - 1, height: box.h - 1, rx: 8, fill: P.bg, stroke: model.tp.painPoint !== undefined ? P.bad : P.border }, g);
    // The marks in the top right corner (y 9…23), 18 px apart: the name's first line ends left of them, the second runs below.
    const marks: [IconName, string][] = [];
    if (model.tp.momentThatMatters) marks.push(['star', P.warn]);
    if (model.tp.painPoint !== undefined) marks.push(['bolt', P.bad]);
    marks.forEach(([name, color], k) => iconAt(name, box.w - 24 - 18 * k, 9, 14, color, g));
    const full = box.w - 24;
    const first = marks.length ? box.w - 24 - 18 * (marks.length - 1) - 4 - 12 : full;
    wrapText(model.tp.name, [first, full], 2, measure(13, 600)).forEach((line, i) => el('text', { x: 12, y: 22 + i * 16, fill: P.fg, 'font-weight': 600, 'font-size': 13 }, g, line));
    const meta = [model.tp.channel, model.tp.owner].filter(Boolean).join(' · ');
    el('text', { x: 12, y: 66, fill: P.muted, 'font-size': 11.5 }, g, fitText(meta || '–', box.w - 24, measure(11.5)));
    const stripY = box.h - 48;
    if (m.overlay === 'voc') {
      const [c, bg] = tone(f.tone);
      el('rect', { x: 6, y: stripY, width: box.w - 12, height: 42, rx: 6, fill: bg! }, g);
      el('rect', { x: 6, y: stripY, width: 4, height: 42, fill: c! }, g);
      el('text', { x: 18, y: stripY + 27, fill: P.fg, 'font-size': 11 }, g, metricLabel(t, m.metric));
      el('text', { x: 52, y: stripY + 28, fill: P.fg, 'font-weight': 700, 'font-size': 18 }, g, f.score ? scoreText(fmt, m.metric, f.score.value) : '–');
      // sample size and positive share one above the other, as on the card (the size alone in the middle)
      const nY = f.sentiment ? stripY + 18 : stripY + 27;
      el('text', { x: box.w - 14, y: nY, fill: P.muted, 'font-size': 11, 'text-anchor': 'end' }, g, f.score ? `${t('n', { n: fmt.compact(f.score.n) })}${f.score.small ? ` (${t('smallShort')})` : ''}` : t('noData'));
      if (f.sentiment) el('text', { x: box.w - 14, y: stripY + 33, fill: P.fg, 'font-size': 11, 'text-anchor': 'end' }, g, shareText(ctx, 'positive', f.sentiment.positive));
    } else if (m.overlay === 'process') {
      const p = f.process;
      const cols = [
        [t('volume'), fmt.compact(p?.volume)],
        [t('dropOff'), fmt.percent(p?.dropOff)],
        ['SLA', fmt.percent(p?.slaBreachShare)],
      ];
      // spread as on the card: the first at the start, the second centred, the last at the end
      // (at a third each, a five-digit German volume ran into the drop-off beside it)
      const anchors = [
        [12, 'start'],
        [box.w / 2, 'middle'],
        [box.w - 12, 'end'],
      ] as const;
      cols.forEach(([k, v], i) => {
        const [x, anchor] = anchors[i]!;
        el('text', { x, y: stripY + 16, fill: P.muted, 'font-size': 10.5, 'text-anchor': anchor }, g, k!);
        el('text', { x, y: stripY + 34, fill: P.fg, 'font-weight': 700, 'font-size': 14, 'text-anchor': anchor }, g, v!);
      });
    } else {
      const tc = f.target;
      const status = tc?.status ?? 'none';
      const [c, bg] = tone(status === 'met' ? 'good' : status === 'risk' ? 'warn' : status === 'missed' ? 'bad' : 'none');
      el('rect', { x: 6, y: stripY, width: box.w - 12, height: 42, rx: 6, fill: bg! }, g);
      iconAt(status === 'none' ? 'none' : status, 14, stripY + 5, 14, c!, g);
      el('text', { x: 34, y: stripY + 17, fill: c!, 'font-weight': 700, 'font-size': 12 }, g, statusText(t, status));
      if (tc) el('text', { x: 14, y: stripY + 35, fill: P.fg, 'font-size': 11 }, g, `${metricLabel(t, tc.metric)} ${scoreText(fmt, tc.metric, tc.value)} / ${t('targetOf', { value: scoreText(fmt, tc.metric, tc.target) })}`);
    }
  }

  // Connector labels on top.
  for (const c of L.connectors) {
    const lines = connectorLines(ctx, c, m.overlay);
    const texts = [...(lines.handover ? [`⇄ ${lines.handover}`] : []), ...lines.process];
    if (!texts.length) continue;
    const single = c.shape !== 'forward';
    const rows = single ? [texts.join(' · ')] : texts;
    const w = Math.max(...rows.map((r) => r.length)) * 6.2 + 10;
    const h = rows.length * 13 + 6;
    el('rect', { x: c.labelX - w / 2, y: c.labelY - h / 2, width: w, height: h, rx: 4, fill: P.bg, stroke: c.handover ? P.warn : P.border }, svg);
    rows.forEach((r, i) => el('text', { x: c.labelX, y: c.labelY - h / 2 + 13 + i * 13, 'text-anchor': 'middle', fill: i === 0 && lines.handover && !single ? P.warn : P.fg, 'font-size': 10.5 }, svg, r));
  }
  return svg;
}

/** The colours of an element's current theme (its `--_*` tokens), for a standalone export. */
export function paletteOf(el: Element): ExportPalette {
  const cs = getComputedStyle(el);
  const v = (name: string, fallback: string) => cs.getPropertyValue(name).trim() || fallback;
  return {
    bg: v('--_bg', '#ffffff'),
    surface: v('--_surface', '#f5f7fa'),
    fg: v('--_fg', '#1b1f24'),
    muted: v('--_muted', '#59616d'),
    border: v('--_border', '#c9d0d9'),
    accent: v('--_accent', '#0b5cad'),
    good: v('--_good', '#1a7f37'),
    warn: v('--_warn', '#9a6700'),
    bad: v('--_bad', '#c62828'),
    goodBg: v('--_good-bg', '#e6f4ea'),
    warnBg: v('--_warn-bg', '#fff4d6'),
    badBg: v('--_bad-bg', '#fde8e8'),
    font: cs.fontFamily || 'system-ui, sans-serif',
  };
}

/** Draws a standalone SVG document (string) on a canvas and encodes it as PNG. */
export async function svgToPng(text: string, scale = 2): Promise<Blob> {
  const width = Number(/width="([\d.]+)"/.exec(text)?.[1] ?? 0);
  const height = Number(/height="([\d.]+)"/.exec(text)?.[1] ?? 0);
  const url = URL.createObjectURL(new Blob([text], { type: 'image/svg+xml' }));
  try {
    const img = new Image();
    img.decoding = 'async';
    img.src = url;
    try {
      await img.decode();
    } catch {
      throw new Error('journey-map: the browser would not load the drawing as an image (a Content Security Policy without "img-src blob:" blocks it); toSVG() needs no such permission');
    }
    const canvas = document.createElement('canvas');
    canvas.width = Math.ceil(width * scale);
    canvas.height = Math.ceil(height * scale);
    const g = canvas.getContext('2d');
    if (!g) throw new Error('journey-map: no 2D canvas');
    g.scale(scale, scale);
    g.drawImage(img, 0, 0, width, height);
    return await new Promise<Blob>((resolve, reject) => canvas.toBlob((b) => (b ? resolve(b) : reject(new Error('journey-map: PNG encoding failed'))), 'image/png'));
  } finally {
    URL.revokeObjectURL(url);
  }
}

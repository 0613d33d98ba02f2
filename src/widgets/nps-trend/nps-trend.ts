import { html, nothing, type PropertyValues, svg, type TemplateResult } from 'lit';
import { property, query, state } from 'lit/decorators.js';
import { repeat } from 'lit/directives/repeat.js';
import { cssProps } from '../../core/css-props.js';
import { CxElement } from '../../core/base-element.js';
import { EscapeController } from '../../core/escape-controller.js';
import { emit } from '../../core/events.js';
import { baseStyles, themeTokens } from '../../core/theme.js';
import { PageStyleController } from '../../core/page-style-controller.js';
import type { Problem } from '../../data/errors.js';
import { subscribe, type LiveMessage, type LiveStatus, type LiveSubscription } from '../../data/live.js';
import type { Interval } from '../../data/schemas/nps.js';
import { FeedbackEvent } from '../../data/schemas/live.js';
import { problem } from './problems.js';
import { addAnswer, aggregate, type Aggregation, type LiveAnswer, leftOutAt, periodStart } from './aggregate.js';
import { paint, type Palette } from './draw.js';
import { changeAt, growFigures, lastWithData, type SeriesFigures, seriesFigures, updateFigures } from './figures.js';
import { type Geometry, indexAt, layout, placeTooltip, type RangePreset, rangeFor, tickAnchors, usefulPresets } from './layout.js';
import { colourOf, dashOf, lineStyle, markerPath, shapeOf } from './marks.js';
import { styles } from './nps-trend.styles.js';
import { LenientNpsTrend } from './schema.js';
import { strings } from './strings.js';
import { summarize } from './summary.js';
import { type DataLayer, dataLayer, drawsAsSvg } from './svg-paths.js';
import { keysView, moeText, noFiguresText, tableView, tooltipView, type ViewContext } from './views.js';
import { INTERVALS, isoWeek, ordinalOf, parseTime, rank } from './time.js';

/** Plot width (px) below which the tooltip is docked under the chart. */
const DOCK_BELOW = 440;
const MAX_LIVE = 200_000;

/**
 * NPS over time from raw promoter / passive / detractor counts, with its 95 %
 * margin of error, composition bars, target and benchmark lines, annotations,
 * up to 8 series, day / week / month / quarter periods, a time range and live
 * answers. Long series are drawn on a canvas (one stroke per pixel column when
 * periods are denser than the pixels), a few hundred points as SVG paths; axes,
 * focus and everything accessible are SVG and DOM.
 *
 * @tagname nps-trend
 * @summary NPS trend with margin-of-error band, composition, targets and live answers.
 *
 * @event cx-error - Data or loading failed, or parts of the data were left out (`detail`: kind, message, path, problems).
 * @event cx-select - A period was chosen (click or Enter): `{ seriesId, date, nps, moe, n }`.
 * @event cx-interval-change - The user chose another period length: `{ interval }`.
 * @event cx-range-change - The user chose another time range: `{ range }`.
 *
 * @csspart base - The frame around the widget.
 * @csspart chart - The focusable plot (canvas + SVG).
 * @csspart tooltip - The details of the focused period.
 * @csspart legend - The series toggles.
 * @csspart table - The table view.
 * @csspart loading - Loading state. @csspart empty - Empty state. @csspart error - Error state.
 *
 * @cssproperty --cx-nps-trend-padding - Inner padding of the frame (default 14px, 10px below 420px).
 * @cssproperty --cx-series-1 - Colour of series 1 (…8), see the theme tokens.
 *
 * @cssstate loading - Loading. @cssstate ready - Drawn. @cssstate empty - No data.
 * @cssstate error - Failed. @cssstate stale - Showing saved data.
 */
export class NpsTrend extends CxElement<LenientNpsTrend> {
  static override styles = [themeTokens, baseStyles, styles];
  static override strings = strings;

  /** The period whose hover tooltip was closed with Escape: it stays closed until the pointer moves to another period or leaves. */
  private hoverDismissed?: number;
  /** Counts the user's moves to a period (keys, pointer, focus); the live region speaks again only after one. */
  private moves = 0;
  /** What the live region says: the focused period as it was at the user's last move (a live answer does not re-announce it). */
  private announced?: { move: number; t: unknown; text: string };

  @query('canvas') private canvas?: HTMLCanvasElement;
  @query('.tooltip') private tooltipEl?: HTMLElement;
  @query('.plot') private plotEl?: HTMLElement;

  @state() private view: 'chart' | 'table' = 'chart';
  @state() private hiddenSeries = new Set<string>();
  @state() private active = 0;
  /** Axis index of the focused / hovered period. */
  @state() private focusIndex?: number;
  @state() private focusSeries = 0;
  @state() private tipOpen = false;
  @state() private liveStatus?: LiveStatus;
  @state() private livePaused = false;
  @state() private page = 0;
  @state() private revision = 0;

  /** Period length to show: day, week, month or quarter. Unset: as delivered. Finer than the data is not possible (shown as delivered). */
  @property({ reflect: true }) interval?: Interval;

  /** Time range: `all` (default), `5y`, `2y`, `1y`, `6m`, `3m` or `1m` (up to the last period). */
  @property({ reflect: true }) range: RangePreset = 'all';

  /** Show the promoter / passive / detractor composition as stacked bars under the trend. */
  @property({ type: Boolean, reflect: true }) composition = false;

  /** URL of the live feedback stream (Server-Sent Events, `event: feedback`); new answers are added to their period. */
  @property({ attribute: 'live-src' }) liveSrc?: string;

  private agg?: Aggregation;
  private figures: SeriesFigures[] = [];
  private geometry?: Geometry;
  /** The data as SVG paths when there are few points with a pixel or more each (else it is painted on the canvas). */
  private svgData?: DataLayer;
  /** Texts that change only with the geometry or the locale (kept for re-renders on focus, live status, …). */
  private texts?: {
    g: Geometry;
    fmt: unknown;
    t: unknown;
    summary: string;
    xTicks: string[];
    /** Anchor of each x label; undefined where it would run into the one before. */
    xAnchors: ('middle' | 'end' | undefined)[];
    yTicks: string[];
  };
  private palette?: Palette;
  /** The aggregation made while checking a new value, reused by the next update. */
  private pendingAgg?: { value: LenientNpsTrend; agg: Aggregation; interval?: Interval };
  private liveAnswers: LiveAnswer[] = [];
  private subscription?: LiveSubscription;
  private subscribedTo?: string;
  private annotations: { time: number; label: string; description?: string }[] = [];
  private dirtyPaint = true;
  private plotObserver?: ResizeObserver;
  private plotObserved?: Element;
  /** Host width minus plot width (0 with the default styles; measured once if a host restyles the frame). */
  private widthOffset = 0;
  /** The canvas has the colours copied in: read again when the page may have changed them, repainted when they did. */
  protected readonly pageStyle = new PageStyleController(this, () => {
    if (!this.palette) return;
    const now = this.readPalette();
    if (JSON.stringify(now) === JSON.stringify(this.palette)) return;
    this.palette = now;
    this.dirtyPaint = true;
    this.requestUpdate();
  });

  protected override get schema() {
    return LenientNpsTrend;
  }

  constructor() {
    super();
    // Escape anywhere closes a tooltip the pointer opened (the focused plot handles its own Escape)
    new EscapeController(this, () => this.dismissHoverTip());
  }

  override connectedCallback(): void {
    super.connectedCallback();
    if (this.liveSrc && this.hasUpdated) this.requestUpdate(); // re-subscribe after a move in the DOM
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.plotObserver?.disconnect();
    this.plotObserver = undefined;
    this.plotObserved = undefined;
    this.closeLive();
  }

  protected override isEmpty(value: LenientNpsTrend): boolean {
    return !value.series.some((s) => s.points.length > 0 || (s.columns?.promoters.length ?? 0) > 0);
  }

  protected override check(value: LenientNpsTrend): Problem[] {
    const agg = aggregate(value, this.interval);
    this.pendingAgg = { value, agg, interval: this.interval };
    const problems = [...agg.problems];
    const ids = new Set<string>();
    value.series.forEach((s, i) => {
      if (ids.has(s.id)) problems.push(problem(`series[${i}].id`, 'problem.seriesId', { id: s.id }));
      ids.add(s.id);
    });
    (value.annotations ?? []).forEach((a, i) => {
      if (!Number.isFinite(parseTime(a.date))) problems.push(problem(`annotations[${i}].date`, 'problem.annotationDate', { date: a.date }));
    });
    return problems;
  }

  override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    const c = changed as PropertyValues;
    if (this.subscribedTo !== this.liveSrc) this.syncLive();
    const value = this.value;
    if (!value) {
      this.agg = undefined;
      return;
    }
    let rebuilt = false;
    if (c.has('value') || c.has('interval') || !this.agg) {
      if (c.has('value') && this.pendingAgg?.value !== value) this.pendingAgg = undefined;
      if (c.has('value')) this.liveAnswers = [];
      const pending = this.pendingAgg;
      const reuse = pending?.value === value && pending.interval === this.interval && this.liveAnswers.length === 0;
      const agg = reuse ? pending.agg : aggregate(value, this.interval, this.liveAnswers);
      this.pendingAgg = undefined;
      this.agg = agg;
      this.figures = agg.series.map(seriesFigures);
      this.annotations = (value.annotations ?? []).map((a) => ({ time: parseTime(a.date), label: a.label, description: a.description })).filter((a) => Number.isFinite(a.time));
      if (this.active >= agg.series.length || !this.isVisible(this.active)) this.active = Math.max(0, this.firstVisible());
      this.focusSeries = this.active;
      this.focusIndex = undefined;
      this.page = 0;
      rebuilt = true;
    }
    const agg = this.agg!;
    const { from, to } = rangeFor(agg, this.rangeIn(usefulPresets(agg)));
    const width = Math.max(120, (this.box.width || 640) - this.widthOffset);
    const geometryChanged =
      rebuilt ||
      c.has('range') ||
      c.has('composition') ||
      c.has('hiddenSeries') ||
      c.has('active') ||
      c.has('revision') ||
      !this.geometry ||
      this.geometry.width !== width;
    if (geometryChanged) {
      this.geometry = layout({
        agg,
        figures: this.figures,
        visible: agg.series.map((_, i) => this.isVisible(i)),
        active: this.active,
        from,
        to,
        width,
        composition: this.composition,
        target: value.target,
        benchmark: value.benchmark?.value,
        annotations: this.annotations,
      });
      this.dirtyPaint = true;
      const g = this.geometry;
      const visible = agg.series.map((_, i) => this.isVisible(i));
      this.svgData = drawsAsSvg(g, visible.filter(Boolean).length) ? dataLayer(g, this.figures, agg.series, visible, this.active, shapeOf) : undefined;
      if (this.focusIndex !== undefined && (this.focusIndex < from || this.focusIndex > to)) this.focusIndex = undefined;
    }
    if (c.has('theme')) {
      this.palette = undefined;
      this.dirtyPaint = true;
    }
  }

  override updated(changed: PropertyValues<this>): void {
    super.updated(changed);
    if (this.view === 'chart' && this.geometry && this.agg) {
      this.observePlot();
      // short series are SVG paths (no canvas); the tooltip is placed beside the point either way
      if (this.canvas && (this.dirtyPaint || (changed as PropertyValues).has('view'))) {
        this.palette ??= this.readPalette();
        paint(
          this.canvas,
          {
            g: this.geometry,
            agg: this.agg,
            figures: this.figures,
            visible: this.agg.series.map((_, i) => this.isVisible(i)),
            active: this.active,
            palette: this.palette,
          },
          globalThis.devicePixelRatio || 1,
        );
        this.dirtyPaint = false;
      }
      this.positionTooltip();
    }
  }

  // ——— private helpers ———

  private isVisible(i: number): boolean {
    const s = this.agg?.series[i];
    return !!s && s.hasData && !this.hiddenSeries.has(s.id);
  }

  private firstVisible(): number {
    return this.agg?.series.findIndex((_, i) => this.isVisible(i)) ?? -1;
  }

  private readPalette(): Palette {
    const cs = getComputedStyle(this);
    const v = (name: string, fallback: string) => cs.getPropertyValue(name).trim() || fallback;
    return {
      series: Array.from({ length: 8 }, (_, i) => v(`--_series-${i + 1}`, '#0b5cad')),
      bg: v('--_bg', '#fff'),
      fg: v('--_fg', '#1b1f24'),
      muted: v('--_muted', '#59616d'),
      good: v('--_good', '#1a7f37'),
      bad: v('--_bad', '#c62828'),
      passive: v('--_muted', '#59616d'),
    };
  }

  /**
   * With the default styles the plot is as wide as the host. When a host
   * restyles the frame, the real plot width is measured (after layout, by a
   * ResizeObserver, never forcing a synchronous layout) and the chart redrawn.
   */
  private observePlot(): void {
    const plot = this.plotEl;
    if (!plot || typeof ResizeObserver === 'undefined') return;
    if (this.plotObserved === plot) return;
    this.plotObserver?.disconnect();
    this.plotObserved = plot;
    const observer = new ResizeObserver((entries) => {
      const measured = Math.round(entries[entries.length - 1]?.contentRect.width ?? 0);
      const g = this.geometry;
      if (!g || measured <= 0 || Math.abs(measured - g.width) <= 1) return;
      // layout is clean inside a ResizeObserver callback: reading the host width forces nothing
      this.widthOffset = Math.max(0, Math.round(this.clientWidth) - measured);
      // redraw in the next frame, not inside the observer's delivery (that would loop)
      requestAnimationFrame(() => {
        this.geometry = undefined;
        this.requestUpdate();
      });
    });
    observer.observe(plot);
    this.plotObserver = observer;
  }

  private positionTooltip(): void {
    const tip = this.tooltipEl;
    const g = this.geometry;
    const anchor = this.focusPoint();
    if (!tip || !g || !anchor || tip.hasAttribute('data-docked')) return;
    const placed = placeTooltip(anchor, { width: tip.offsetWidth, height: tip.offsetHeight }, { width: g.width, height: g.height });
    tip.style.setProperty('transform', `translate(${Math.round(placed.left)}px, ${Math.round(placed.top)}px)`);
    tip.dataset['side'] = placed.side;
  }

  /** Pixel position of the focused point (on the line, or at the plot's middle in a gap). */
  private focusPoint(): { x: number; y: number } | undefined {
    const g = this.geometry;
    const i = this.focusIndex;
    if (!g || i === undefined || i < g.from || i > g.to) return undefined;
    const v = this.figures[this.focusSeries]?.nps[i];
    const y = v === undefined || Number.isNaN(v) ? g.plot.top + g.plot.height / 2 : g.y(v);
    return { x: g.xs[i - g.from]!, y };
  }

  private syncLive(): void {
    if (this.subscribedTo === this.liveSrc) return;
    this.closeLive();
    this.subscribedTo = this.liveSrc;
    if (!this.liveSrc || !this.isConnected) return;
    this.subscription = subscribe(this.liveSrc, (m) => this.onLive(m), {
      types: ['feedback'],
      onStatus: (s) => {
        this.liveStatus = s;
      },
    });
    this.livePaused = false;
  }

  private closeLive(): void {
    this.subscription?.close();
    this.subscription = undefined;
    this.subscribedTo = undefined;
    this.liveStatus = undefined;
  }

  private onLive(message: LiveMessage): void {
    const parsed = FeedbackEvent.safeParse(message.data);
    if (parsed.success) this.addAnswers([parsed.data]);
  }

  private togglePause(): void {
    if (!this.subscription) return;
    if (this.subscription.paused) this.subscription.resume();
    else this.subscription.pause();
    this.livePaused = this.subscription.paused;
  }

  /** The series an answer of series `id` counts for: its own and every total that `includes` it. */
  private seriesFor(id: string | undefined): number[] {
    const own = this.seriesIndex(id);
    const totals = id === undefined ? [] : (this.value?.series ?? []).flatMap((s, i) => (i !== own && s.includes?.includes(id) ? [i] : []));
    return own < 0 ? totals : [own, ...totals];
  }

  private seriesIndex(id: string | undefined): number {
    const list = this.agg?.series ?? [];
    if (id === undefined) return list.length === 1 ? 0 : -1;
    return list.findIndex((s) => s.id === id);
  }

  private periodLabel(index: number, long = true): string {
    const agg = this.agg!;
    const ord = agg.first + index;
    switch (agg.interval) {
      case 'day':
        return this.fmt.date(periodStart(agg, index), { dateStyle: long ? 'medium' : 'short', timeZone: 'UTC' });
      case 'week': {
        const { year, week } = isoWeek(ord);
        return this.t('week', { week: String(week).padStart(2, '0'), year });
      }
      case 'month':
        return this.fmt.date(periodStart(agg, index), { month: long ? 'long' : 'short', year: 'numeric', timeZone: 'UTC' });
      case 'quarter':
        return this.t('quarter', { q: (((ord % 4) + 4) % 4) + 1, year: Math.floor(ord / 4) });
    }
  }

  /** What the text views need from the element. */
  private get viewContext(): ViewContext {
    return { t: this.t, fmt: this.fmt, periodLabel: (i, long) => this.periodLabel(i, long), unit: (n) => this.unit(n) };
  }

  private unit(count = 1): string {
    const interval = this.agg?.interval ?? 'month';
    return this.t(`unit.${interval}.${this.fmt.plural(count)}`);
  }

  private tickLabel(time: number, index?: number): string {
    const kind = this.geometry?.tickKind ?? 'day';
    if (kind === 'period' && index !== undefined) return this.periodLabel(index, false);
    const o: Intl.DateTimeFormatOptions =
      kind === 'year' ? { year: 'numeric' } : kind === 'month' ? { month: 'short', year: '2-digit' } : { day: 'numeric', month: 'short' };
    return this.fmt.date(time, { ...o, timeZone: 'UTC' });
  }

  /** The summary and the tick labels, made again only when the geometry or the locale changed. */
  private textsFor(g: Geometry): NonNullable<NpsTrend['texts']> {
    const t = this.texts;
    if (t && t.g === g && t.fmt === this.fmt && t.t === this.t) return t;
    const xTicks = g.xTicks.map((x) => this.tickLabel(x.time, x.index));
    return (this.texts = {
      g,
      fmt: this.fmt,
      t: this.t,
      summary: this.summaryText(),
      xTicks,
      xAnchors: tickAnchors(g.xTicks, xTicks, g.plot.left + g.plot.width),
      yTicks: g.yTicks.map((y) => this.fmt.number(y.value)),
    });
  }

  private summaryText(): string {
    const agg = this.agg;
    const s = this.active;
    if (agg && this.firstVisible() < 0 && agg.series.some((x) => x.hasData)) return this.t('summary.allHidden');
    if (!agg || !this.isVisible(s)) return this.t('summary.none');
    const g = this.geometry!;
    const sum = summarize(agg.series[s]!, this.figures[s]!, g.from, g.to);
    const series = agg.series[s]!.name;
    if (sum.trend === 'none') return this.t('summary.none');
    if (sum.trend === 'one') return this.t('summary.one', { series, to: this.fmt.number(sum.to), period: this.periodLabel(sum.lastIndex) });
    const params = {
      series,
      from: this.fmt.number(sum.from),
      to: this.fmt.number(sum.to),
      span: `${this.fmt.number(sum.span)} ${this.unit(sum.span)}`,
      // a later period with a small sample (a week just begun) is not the one this change is about: name the period
      last:
        lastWithData(this.figures[s]!, g.from, g.to) === sum.lastIndex
          ? this.t(`last.${agg.interval}`)
          : this.t(agg.interval === 'day' ? 'lastOf.day' : 'lastOf', { period: this.periodLabel(sum.lastIndex) }),
      delta: sum.last ? this.fmt.signed(sum.last.delta) : '',
      sig: sum.last?.significant ? this.t('significant') : this.t('notSignificant'),
    };
    const more = agg.series.filter((_, i) => i !== s && this.isVisible(i)).length;
    const sentence = this.t(sum.last ? `summary.${sum.trend}` : 'summary.noLast', params);
    return more ? `${sentence} ${this.t(more === 1 ? 'summary.more.one' : 'summary.more.other', { count: this.fmt.number(more) })}` : sentence;
  }

  /** One line describing a period of a series, for the live region and the table. */
  private describe(s: number, i: number): string {
    const agg = this.agg!;
    const name = agg.series[s]!.name;
    const change = changeAt(agg.series[s]!, i);
    if (!change) return `${name}, ${this.periodLabel(i)}: ${noFiguresText(this.viewContext, agg, s, i)}`;
    const r = change.current;
    const parts = [
      `${name}, ${this.periodLabel(i)}: ${this.t('nps')} ${this.fmt.number(r.nps)}, ${moeText(this.viewContext, r, true)}`,
      this.t('n', { n: this.fmt.number(r.n) }) + (r.small ? ` (${this.t('smallSample')})` : ''),
      `${this.t('promoters')} ${this.fmt.percent(r.promoters / r.n)}, ${this.t('passives')} ${this.fmt.percent(r.passives / r.n)}, ${this.t('detractors')} ${this.fmt.percent(r.detractors / r.n)}`,
      change.difference
        ? `${this.t('vsPrevious', { delta: this.fmt.signed(change.difference.delta), unit: this.unit() })}, ${change.difference.significant ? this.t('significant') : this.t('notSignificant')}`
        : this.t('noPrevious', { unit: this.unit() }),
      ...(leftOutAt(agg, s, i) ? [this.t('partlyLeftOut')] : []),
    ];
    const notes = this.annotations.filter((a) => ordinalOf(agg.interval, a.time) === agg.first + i).map((a) => a.label);
    return `${parts.join('; ')}${notes.length ? `; ${notes.join(', ')}` : ''}.`;
  }

  /**
   * The live region's text for the focused period: made again after a move of
   * the user, kept while live answers change the figures (the tooltip shows
   * them; a screen reader would otherwise repeat the whole period with every
   * answer, every few seconds).
   */
  private announcement(i: number): string {
    const a = this.announced;
    if (a && a.move === this.moves && a.t === this.t) return a.text;
    return (this.announced = { move: this.moves, t: this.t, text: this.describe(this.focusSeries, i) }).text;
  }

  private focusAt(i: number, s = this.focusSeries): void {
    const g = this.geometry;
    if (!g) return;
    this.focusIndex = Math.max(g.from, Math.min(g.to, i));
    this.focusSeries = s;
    this.tipOpen = true;
    this.moves++;
  }

  private visibleOrder(): number[] {
    return (this.agg?.series ?? []).map((_, i) => i).filter((i) => this.isVisible(i));
  }

  private onKeyDown(e: KeyboardEvent): void {
    const g = this.geometry;
    if (!g || !this.agg) return;
    const i = this.focusIndex ?? this.defaultFocus();
    const page = Math.max(1, Math.round((g.to - g.from + 1) / 10));
    const order = this.visibleOrder();
    const pos = order.indexOf(this.focusSeries);
    let handled = true;
    switch (e.key) {
      case 'ArrowRight':
        this.focusAt(this.focusIndex === undefined ? i : i + 1);
        break;
      case 'ArrowLeft':
        this.focusAt(this.focusIndex === undefined ? i : i - 1);
        break;
      case 'Home':
        this.focusAt(g.from);
        break;
      case 'End':
        this.focusAt(g.to);
        break;
      case 'PageUp':
        this.focusAt(i - page);
        break;
      case 'PageDown':
        this.focusAt(i + page);
        break;
      case 'ArrowUp':
      case 'ArrowDown': {
        if (!order.length) break;
        const next = order[(Math.max(0, pos) + (e.key === 'ArrowDown' ? 1 : order.length - 1)) % order.length]!;
        this.active = next;
        this.focusAt(i, next);
        break;
      }
      case 'Escape':
        if (!this.tipOpen) handled = false;
        this.tipOpen = false;
        break;
      case 'Enter':
      case ' ':
        this.select(i);
        break;
      default:
        handled = false;
    }
    if (handled) e.preventDefault();
  }

  private defaultFocus(): number {
    const g = this.geometry!;
    const f = this.figures[this.focusSeries];
    const last = f ? lastWithData(f, g.from, g.to) : -1;
    return last >= 0 ? last : g.to;
  }

  private onFocus(): void {
    if (this.focusIndex === undefined && this.geometry && this.agg?.length) {
      this.focusSeries = this.isVisible(this.active) ? this.active : Math.max(0, this.firstVisible());
      this.focusAt(this.defaultFocus());
    } else {
      this.tipOpen = true;
      this.moves++;
    }
  }

  private onBlur(): void {
    this.tipOpen = false;
  }

  private onPointer(e: PointerEvent): void {
    const g = this.geometry;
    const plot = this.plotEl;
    if (!g || !plot || !this.agg?.length) return;
    const box = plot.getBoundingClientRect();
    const x = e.clientX - box.left;
    const y = e.clientY - box.top;
    const i = indexAt(g, x);
    if (i === undefined || i === this.hoverDismissed) return;
    this.hoverDismissed = undefined;
    // the nearest visible series at that period
    let best = this.isVisible(this.active) ? this.active : this.firstVisible();
    let dist = Infinity;
    for (const s of this.visibleOrder()) {
      const v = this.figures[s]!.nps[i]!;
      if (Number.isNaN(v)) continue;
      const d = Math.abs(g.y(v) - y);
      if (d < dist) {
        dist = d;
        best = s;
      }
    }
    if (best < 0) return;
    if (i !== this.focusIndex || best !== this.focusSeries || !this.tipOpen) this.focusAt(i, best);
  }

  private dismissHoverTip(): boolean {
    if (!this.tipOpen || this.shadowRoot?.activeElement === this.plotEl) return false;
    this.tipOpen = false;
    this.hoverDismissed = this.focusIndex;
    return true;
  }

  private onPointerLeave(): void {
    this.hoverDismissed = undefined;
    if (this.shadowRoot?.activeElement !== this.plotEl) this.tipOpen = false;
  }

  private select(i: number): void {
    const agg = this.agg;
    if (!agg) return;
    const s = agg.series[this.focusSeries];
    const r = s ? changeAt(s, i)?.current : undefined;
    if (!s) return;
    emit(this, 'cx-select', {
      seriesId: s.id,
      date: new Date(periodStart(agg, i)).toISOString().slice(0, 10),
      nps: r?.nps ?? null,
      moe: r?.moe ?? null,
      n: r?.n ?? 0,
    });
  }

  private toggleSeries(id: string): void {
    const next = new Set(this.hiddenSeries);
    if (next.has(id)) next.delete(id);
    else next.add(id);
    this.hiddenSeries = next;
    const idx = this.agg?.series.findIndex((s) => s.id === id) ?? -1;
    if (!next.has(id) && idx >= 0) this.active = idx;
    else if (!this.isVisibleWith(this.active, next)) this.active = Math.max(0, this.agg?.series.findIndex((_, i) => this.isVisibleWith(i, next)) ?? 0);
    this.focusSeries = this.active;
  }

  private isVisibleWith(i: number, hidden: Set<string>): boolean {
    const s = this.agg?.series[i];
    return !!s && s.hasData && !hidden.has(s.id);
  }

  private chooseInterval(interval: Interval): void {
    if (interval === (this.agg?.interval ?? this.interval)) return;
    this.interval = interval;
    emit(this, 'cx-interval-change', { interval });
  }

  /**
   * The range shown: `range`, unless it makes no sense for these periods (e.g.
   * 3 months of quarters, after the user chose quarters): then all of them. The
   * attribute stays, and applies again for finer periods.
   */
  private rangeIn(presets: readonly RangePreset[]): RangePreset {
    return presets.includes(this.range) ? this.range : 'all';
  }

  private setRange(range: RangePreset): void {
    if (range === this.range) return;
    this.range = range;
    this.page = 0;
    emit(this, 'cx-range-change', { range });
  }

  // ——— public methods ———

  /**
   * Adds answers (as from the live stream) to their periods without reloading:
   * score 9–10 counts as promoter, 7–8 passive, 0–6 detractor, in the series
   * `seriesId` (or the only series) and every series that `includes` it, in
   * the period that contains `time`.
   * Returns how many were added.
   */
  addAnswers(events: readonly FeedbackEvent[]): number {
    const agg = this.agg;
    if (!agg) return 0;
    let added = 0;
    for (const e of events) {
      const time = parseTime(e.time);
      if (!Number.isFinite(time) || !(e.score >= 0 && e.score <= 10)) continue;
      for (const s of this.seriesFor(e.seriesId)) added += this.addOne(agg, { series: s, time, score: e.score }) ? 1 : 0;
    }
    if (!added) return 0;
    this.revision++;
    return added;
  }

  /** Adds one answer to its period of one series; false when it falls outside the axis. */
  private addOne(agg: Aggregation, answer: { series: number; time: number; score: number }): boolean {
    const first = agg.first;
    const length = agg.length;
    const at = addAnswer(agg, answer);
    if (at < 0) return false;
    // kept so that a re-aggregation (other interval) still has the live answers
    if (this.liveAnswers.length < MAX_LIVE) this.liveAnswers.push(answer);
    if (agg.length !== length) {
      // the axis grew: shift the figures, nothing to recompute for the old periods
      const before = length === 0 ? 0 : first - agg.first;
      const after = agg.length - length - before;
      this.figures = this.figures.map((f) => growFigures(f, before, after));
    }
    updateFigures(this.figures[answer.series]!, agg.series[answer.series]!, at);
    return true;
  }

  // ——— render ———

  protected override renderValue(value: LenientNpsTrend): TemplateResult {
    const agg = this.agg;
    const g = this.geometry;
    if (!agg || !g) return html``;
    return html`<div class="frame" part="base" role="group" aria-labelledby="title" aria-describedby="summary" ?data-narrow=${g.width <= 420}>
      <div class="head">
        <div class="titles">
          <h3 id="title">${value.name}</h3>
          <p class="summary" id="summary">${this.textsFor(g).summary}</p>
        </div>
        ${this.renderKpi(value)}
      </div>
      ${this.renderToolbar(agg)} ${this.renderLegend(agg)}
      ${this.view === 'chart'
        ? this.renderChart(value, agg, g)
        : tableView(this.viewContext, value, agg, g, this.visibleOrder(), this.page, (page) => (this.page = page))}
      ${keysView(this.viewContext, value, g, this.active)}
    </div>`;
  }

  private renderKpi(value: LenientNpsTrend): TemplateResult | typeof nothing {
    const agg = this.agg!;
    const g = this.geometry!;
    const s = this.active;
    if (!this.isVisible(s)) return nothing;
    const last = lastWithData(this.figures[s]!, g.from, g.to);
    const change = last >= 0 ? changeAt(agg.series[s]!, last) : undefined;
    if (!change) return nothing;
    const r = change.current;
    const d = change.difference;
    const tone = d?.significant ? (d.delta > 0 ? 'good' : 'bad') : undefined;
    // the arrow follows the change as shown: −0.4 reads "■ 0", not "▼ 0"
    const shown = d ? this.fmt.direction(d.delta) : 0;
    return html`<div class="kpi">
      <div class="value">${this.fmt.number(r.nps)}<small>${moeText(this.viewContext, r)}</small></div>
      <div class="meta">${this.periodLabel(last)} · ${this.t('n', { n: this.fmt.number(r.n) })}${r.small ? html` · ${this.t('smallSample')}` : nothing}</div>
      ${d
        ? html`<span class="chip" data-tone=${tone ?? 'neutral'}
            ><span aria-hidden="true">${shown > 0 ? '▲' : shown < 0 ? '▼' : '■'}</span>${this.fmt.signed(d.delta)} ·
            ${d.significant ? this.t('significant') : this.t('notSignificant')}</span
          >`
        : nothing}
      ${value.target !== undefined
        ? html`<span class="meta">${this.t('target')} ${this.fmt.number(value.target)} · ${r.nps >= value.target ? this.t('targetMet') : this.t('targetMissed')}</span>`
        : nothing}
    </div>`;
  }

  private renderToolbar(agg: Aggregation): TemplateResult {
    const delivered = this.value!.interval;
    const presets = usefulPresets(agg);
    const shownRange = this.rangeIn(presets);
    const live = this.subscription !== undefined;
    return html`<div class="toolbar">
      <label class="cx-noprint"
        ><span class="sr-only">${this.t('interval')}</span>
        <select aria-label=${this.t('interval')} @change=${(e: Event) => this.chooseInterval((e.target as HTMLSelectElement).value as Interval)}>
          ${INTERVALS.map(
            (iv) => html`<option value=${iv} ?disabled=${rank(iv) < rank(delivered)} ?selected=${iv === agg.interval}>${this.t(`interval.${iv}`)}</option>`,
          )}
        </select></label
      >
      ${presets.length > 1
        ? html`<div class="seg cx-noprint" role="group" aria-label=${this.t('range')}>
            ${presets.map(
              (p) => html`<button
                type="button"
                aria-pressed=${String(p === shownRange)}
                title=${this.t(`rangeLong.${p}`)}
                @click=${() => this.setRange(p)}
              >
                ${this.t(`range.${p}`)}
              </button>`,
            )}
          </div>`
        : nothing}
      <span class="spacer"></span>
      ${live
        ? html`<button class="cx-button cx-noprint" type="button" aria-pressed=${String(this.livePaused)} @click=${() => this.togglePause()}>
            <span class="live-dot" aria-hidden="true" data-status=${this.liveStatus ?? 'connecting'}></span>${this.livePaused ? this.t('resume') : this.t('pause')}
          </button>`
        : nothing}
      <button
        class="cx-button cx-noprint"
        type="button"
        aria-pressed=${String(this.composition)}
        title=${this.t('showComposition')}
        @click=${() => (this.composition = !this.composition)}
      >
        ${this.t('composition')}
      </button>
      <button
        class="cx-button cx-noprint"
        type="button"
        aria-pressed=${String(this.view === 'table')}
        @click=${() => (this.view = this.view === 'table' ? 'chart' : 'table')}
      >
        ${this.t('table')}
      </button>
    </div>`;
  }

  private swatch(s: number): TemplateResult {
    return html`<svg width="26" height="14" viewBox="0 0 26 14" aria-hidden="true">
      <line x1="1" y1="7" x2="25" y2="7" stroke=${colourOf(s)} stroke-width="2" stroke-dasharray=${dashOf(s).join(' ') || 'none'}></line>
      <path d=${markerPath(shapeOf(s), 13, 7, 4)} fill=${colourOf(s)}></path>
    </svg>`;
  }

  private renderLegend(agg: Aggregation): TemplateResult | typeof nothing {
    if (agg.series.length < 2 && agg.series.every((s) => s.hasData)) return nothing;
    const g = this.geometry!;
    return html`<ul class="legend" part="legend" aria-label=${this.t('seriesGroup')}>
      ${repeat(
        agg.series,
        (s, i) => `${i}:${s.id}`,
        (s, i) => {
          const last = s.hasData ? lastWithData(this.figures[i]!, g.from, g.to) : -1;
          return html`<li>
            <button
              type="button"
              aria-pressed=${String(this.isVisible(i))}
              ?disabled=${!s.hasData}
              ?data-active=${i === this.active && this.isVisible(i) && agg.series.length > 1}
              @click=${() => this.toggleSeries(s.id)}
            >
              ${this.swatch(i)}<span>${s.name}</span>
              ${!s.hasData
                ? html`<span class="muted">(${this.t('noData')})</span>`
                : last >= 0
                  ? html`<span class="val">${this.fmt.number(this.figures[i]!.nps[last])}</span>`
                  : nothing}
            </button>
          </li>`;
        },
      )}
    </ul>`;
  }

  private renderChart(value: LenientNpsTrend, agg: Aggregation, g: Geometry): TemplateResult {
    const focus = this.focusPoint();
    const fi = this.focusIndex;
    // nothing to point at while every series is hidden
    const showTip = this.tipOpen && fi !== undefined && focus !== undefined && this.isVisible(this.focusSeries);
    const described = showTip ? this.announcement(fi) : '';
    // on narrow plots the details sit under the chart instead of over it
    const docked = g.width < DOCK_BELOW;
    const texts = this.textsFor(g);
    return html`<div
        class="plot"
        part="chart"
        role="application"
        tabindex="0"
        aria-label=${this.t('chartLabel', { name: value.name })}
        aria-describedby="summary"
        ${cssProps({ height: `${g.height}px` })}
        @keydown=${this.onKeyDown}
        @focus=${this.onFocus}
        @blur=${this.onBlur}
        @pointermove=${this.onPointer}
        @pointerdown=${this.onPointer}
        @pointerleave=${this.onPointerLeave}
        @click=${() => fi !== undefined && this.select(fi)}
      >
        ${this.svgData ? nothing : html`<canvas aria-hidden="true"></canvas>`}
        <svg class="axes" viewBox="0 0 ${g.width} ${g.height}" aria-hidden="true">
          ${this.svgData ? this.renderData(this.svgData) : nothing}
          <g class="grid">
            ${g.yTicks.map(
              (t, i) => svg`<line class=${t.value === 0 ? 'zero' : ''} x1=${g.plot.left} x2=${g.plot.left + g.plot.width} y1=${t.y} y2=${t.y}></line>
                <text x=${g.plot.left - 6} y=${t.y} dy="0.32em" text-anchor="end">${texts.yTicks[i]}</text>`,
            )}
          </g>
          <g class="x-axis">
            ${g.xTicks.map((t, i) => {
              const anchor = texts.xAnchors[i];
              return anchor ? svg`<text x=${t.x} y=${g.height - 8} text-anchor=${anchor}>${texts.xTicks[i]}</text>` : nothing;
            })}
          </g>
          ${this.renderRefs(value, g)} ${this.renderAnnotations(g)}
          ${g.comp && this.isVisible(this.active)
            ? svg`<text class="comp-label" x=${g.comp.left} y=${g.comp.top - 6}>${this.t('composition')}: ${agg.series[this.active]?.name ?? ''}</text>
              <text x=${g.comp.left - 6} y=${g.comp.top} dy="0.7em" text-anchor="end">${this.fmt.percent(1)}</text>
              <text x=${g.comp.left - 6} y=${g.comp.top + g.comp.height} text-anchor="end">${this.fmt.percent(0)}</text>`
            : nothing}
          ${showTip && focus
            ? svg`<g class="focus">
                <line x1=${focus.x} x2=${focus.x} y1=${g.plot.top} y2=${g.comp ? g.comp.top + g.comp.height : g.plot.top + g.plot.height}></line>
                ${Number.isNaN(this.figures[this.focusSeries]!.nps[fi]!)
                  ? nothing
                  : svg`<path class="ring" d=${markerPath(shapeOf(this.focusSeries), focus.x, focus.y, 6.5)} stroke=${colourOf(this.focusSeries)}></path>`}
              </g>`
            : nothing}
        </svg>
        ${showTip && !docked ? tooltipView(this.viewContext, agg, this.focusSeries, fi, false, this.annotations) : nothing}
      </div>
      ${showTip && docked ? tooltipView(this.viewContext, agg, this.focusSeries, fi, true, this.annotations) : nothing}
      <div class="sr-only" aria-live="polite" aria-atomic="true">${described}</div>`;
  }

  /** The data layer in SVG (few periods): band, lines with their dashes and markers, composition bars. */
  private renderData(d: DataLayer): TemplateResult {
    const step = this.geometry?.step ?? 0;
    return svg`<g class="data">
      ${d.band ? svg`<path class="band" d=${d.band.d} fill=${colourOf(d.band.series)} fill-opacity="0.2"></path>` : nothing}
      ${d.lines.map((l) => {
        const style = lineStyle(step, l.series, l.emphasis);
        return svg`<path
            class="line"
            d=${l.line}
            fill="none"
            stroke=${colourOf(l.series)}
            stroke-width=${style.width}
            stroke-linejoin=${style.join}
            stroke-linecap=${style.cap}
            stroke-dasharray=${style.dash.join(' ') || 'none'}
          ></path>
          <path class="marker" d=${l.markers} fill=${colourOf(l.series)}></path>`;
      })}
      ${d.composition
        ? svg`<path d=${d.composition.detractors} fill="var(--_bad)"></path>
          <path d=${d.composition.passives} fill="var(--_muted)"></path>
          <path d=${d.composition.promoters} fill="var(--_good)"></path>`
        : nothing}
    </g>`;
  }

  private renderRefs(value: LenientNpsTrend, g: Geometry): TemplateResult | typeof nothing {
    const x1 = g.plot.left;
    const x2 = g.plot.left + g.plot.width;
    const bm = value.benchmark;
    return svg`${g.target
      ? svg`<g class="ref target"><line x1=${x1} x2=${x2} y1=${g.target.y} y2=${g.target.y}></line>
          <text x=${x2 - 4} y=${g.target.y - 5} text-anchor="end">${this.t('target')} ${this.fmt.number(g.target.value)}</text></g>`
      : nothing}
    ${g.benchmark && bm
      ? svg`<g class="ref benchmark"><line x1=${x1} x2=${x2} y1=${g.benchmark.y} y2=${g.benchmark.y}></line>
          <text x=${x1 + 4} y=${g.benchmark.y + (g.target && Math.abs(g.target.y - g.benchmark.y) < 14 && g.benchmark.y > g.target.y ? 14 : -5)}>${bm.label ?? this.t('benchmark')} ${this.fmt.number(g.benchmark.value)}</text></g>`
      : nothing}`;
  }

  private renderAnnotations(g: Geometry): TemplateResult {
    return svg`${g.annotations.map(
      (a) => svg`<g class="annotation">
        <line x1=${a.x} x2=${a.x} y1=${a.y + 8} y2=${g.plot.top + g.plot.height}></line>
        <circle cx=${a.x} cy=${a.y} r="7.5"></circle>
        <text x=${a.x} y=${a.y} dy="0.35em" text-anchor="middle">${a.number}</text>
      </g>`,
    )}`;
  }
}

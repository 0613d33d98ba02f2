import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { repeat } from 'lit/directives/repeat.js';
import { CxElement } from '../../core/base-element.js';
import { cssProps } from '../../core/css-props.js';
import { emit } from '../../core/events.js';
import { plural } from '../../core/i18n.js';
import type { Problem } from '../../data/errors.js';
import type { Metric } from '../../data/schemas/common.js';
import type { MetricValue } from '../../stats/index.js';
import { Journey, type LaneKind, type Transition } from '../../data/schemas/journey.js';
import { validate } from '../../data/validate.js';
import { type CardModel, cardExtra, renderCard } from './card.js';
import { nextFrame, yieldTask } from '../../core/tasks.js';
import { isLargeJourney, warmFormats } from './cold.js';
import { buildSvg, paletteOf, svgToPng } from './export.js';
import { figuresOf, METRICS, OVERLAYS, type Overlay, plainFigures, thresholdBreaches } from './figures.js';
import { metricLabel, scoreText, type ViewContext } from './format.js';
import { icon } from './icon-template.js';
import { type CardBox, type Connector, type GridLayout, handoversIn, type JourneyLayout, layoutGrid, layoutJourney, modeFor } from './layout.js';
import { renderGrid, renderStack, type XRange } from './map.js';
import { move, NAV_KEYS, type NavKey } from './nav.js';
import { renderDetails } from './panel.js';
import { distance, firstReveal, nextReveal, PROGRESSIVE_FROM, type Span } from './reveal.js';
import { type Cleaned, sanitize } from './sanitize.js';
import { journeyMapStyles } from './journey-map.styles.js';
import { journeyMapStrings } from './strings.js';
import { renderTable } from './table.js';
import { renderLegend, renderToolbar } from './toolbar.js';

/** Runs `fn` when the main thread is idle (after the next paint), at the latest after 200 ms. */
function idle(fn: () => void): { cancel(): void } {
  if (typeof requestIdleCallback === 'function') {
    const id = requestIdleCallback(fn, { timeout: 200 });
    return { cancel: () => cancelIdleCallback(id) };
  }
  const id = setTimeout(fn, 16);
  return { cancel: () => clearTimeout(id) };
}

/**
 * Runs `fn` in idle time after the frame that follows the current one: the
 * frame showing new data paints the visible cards alone, and the first chunk
 * of off-screen cards does not add its style, layout and paint to the next frame.
 */
function idleAfterNextFrame(fn: () => void): { cancel(): void } {
  let cancelled = false;
  let inner: { cancel(): void } | undefined;
  void nextFrame().then(() => {
    if (!cancelled) inner = idle(fn);
  });
  return {
    cancel: () => {
      cancelled = true;
      inner?.cancel();
    },
  };
}

/** Set once a large journey was drawn on this page: later ones are validated and drawn in one task. */
let pageWarm = false;
/** The widest map on paper, in CSS px: about an A4 or Letter page in portrait, inside its margins. */
const PRINT_WIDTH = 680;

const LANE_KIND_KEYS: Readonly<Record<LaneKind, string>> = {
  customer: 'kindCustomer',
  frontstage: 'kindFrontstage',
  backstage: 'kindBackstage',
  system: 'kindSystem',
  department: 'kindDepartment',
};

/**
 * The journey as stages × lanes with touchpoint cards, the emotion curve,
 * hand-overs between departments and a VoC, process or target overlay.
 *
 * @tagname journey-map
 * @summary Customer journey map with Voice-of-Customer and process overlays.
 *
 * @event cx-touchpoint-select - A touchpoint was clicked or chosen with Enter. Detail: `{ touchpointId, stageId, laneId, name, figures }`.
 * @event cx-threshold - A touchpoint is below its target; once per data load. Detail: `{ touchpointId, name, metric, value, target }`.
 * @event cx-view-change - The user switched overlay, metric or segment in the widget. Detail: `{ overlay, metric, segment }`.
 * @event cx-error - Bad data, a failed load, or problems in otherwise usable data.
 *
 * @slot details - Replaces the built-in details of the selected touchpoint (fill it on `cx-touchpoint-select`).
 *
 * @csspart base - The widget's frame.
 * @csspart toolbar - Overlay, metric, segment and table controls.
 * @csspart map - The scrolling map area.
 * @csspart touchpoint - A touchpoint card.
 * @csspart panel - The details panel.
 * @csspart table - The table view.
 *
 * @cssproperty --cx-journey-card-bg - Card background (default: the theme background).
 * @cssproperty --cx-journey-emotion - Colour of the emotion curve (default: the accent colour).
 *
 * @cssstate loading - Waiting for data.
 * @cssstate ready - Showing data.
 * @cssstate empty - The journey has no touchpoints.
 * @cssstate error - The data could not be shown.
 * @cssstate stale - Showing the last good data after a failed refresh.
 */
export class JourneyMap extends CxElement<Journey> {
  static override styles = [...(CxElement.styles as []), ...journeyMapStyles];
  static override strings = journeyMapStrings;

  @state() private tableView = false;
  /** The page is being printed: the stacked layout at a page's width, with every card (the grid is wider than paper). */
  @state() private printing = false;
  @state() private selectedId?: string;
  @state() private focusId?: string;

  /** `voc` (scores), `process` (volumes, times, SLA) or `target` (target vs. actual). */
  @property({ reflect: true }) overlay: Overlay = 'voc';

  /** The VoC metric: `nps`, `csat` or `ces`. */
  @property({ reflect: true }) metric: Metric = 'nps';

  /** A segment or persona id of the journey; its figures re-colour the overlays. Empty = all customers. */
  @property({ reflect: true }) segment?: string;

  private printQuery?: MediaQueryList;
  private cleanedFor?: Journey;
  private cleaned?: Cleaned;
  private models: CardModel[] = [];
  private layout?: JourneyLayout;
  private thresholdsFor?: Journey;
  private pendingThresholds: ReturnType<typeof thresholdBreaches> = [];
  private layoutWidth = -1;
  /** Cards in DOM (reading) order: by column, then lane. */
  private ordered: CardBox[] = [];
  /** Touchpoint indices whose cards are rendered (all of them once progressive rendering is done). */
  private revealed = new Set<number>();
  private revealTimer?: { cancel(): void };
  /** Cards drawn with the data (in view then); the others are drawn off-screen, later. */
  private firstShown = new Set<number>();
  /** The visible cards were (re)laid out in this update: the first off-screen chunk waits a frame longer. */
  private revealRestart = false;
  /** The window the last reveal step was measured against (its stages are drawn first). */
  private revealSpan?: Span;
  /** Card templates by touchpoint index, reused while nothing they show has changed (chunks re-render cheaply). */
  private cardCache = new Map<number, { key: string; tpl: TemplateResult }>();
  private cacheFor?: { models: CardModel[]; t: ViewContext['t'] };
  /**
   * During a cold first load, what is drawn so far: `head` = the title, toolbar
   * and legend over an empty map of the right size; `map` = the map without its
   * cards; `card` = the map with its first card (which pays for preparing the
   * card templates and for styling the first card). Each is styled, laid out
   * and painted in a frame of its own; then come the other visible cards.
   */
  private coldStep?: 'head' | 'map' | 'card';

  protected override get schema() {
    return Journey;
  }

  /**
   * The first large journey on a cold page is validated and drawn in steps
   * (see cold.ts): locale data, validation, the head over an empty map, the
   * map without cards, then the visible cards, each in a task of its own.
   * `updateComplete` resolves when the visible cards are drawn. Everything
   * else is validated at once.
   */
  override validateData(data: unknown): Journey | Promise<Journey> {
    this.coldStep = undefined; // new data: the steps of the journey before it end here
    if (pageWarm || !isLargeJourney(data)) return validate(Journey, data);
    const stale = () => this.data !== data;
    const value = (async () => {
      await yieldTask(); // the loading state (or the current value) stays meanwhile
      warmFormats(this.fmt);
      await yieldTask();
      const v = validate(Journey, data);
      await yieldTask();
      // The base receives the value in this task and draws the head over an empty map.
      if (!stale()) this.coldStep = 'head';
      return v;
    })();
    const job = value
      .then(async () => {
        // Each step is styled, laid out and painted in a frame of its own before the next is drawn:
        // the map without cards, the first card, then the other cards. Done when they are painted too.
        for (const step of ['map', 'card', undefined] as const) {
          await this.settled();
          await nextFrame();
          await yieldTask();
          if (stale()) return;
          this.coldStep = step;
          this.requestUpdate();
        }
        await this.settled();
        await nextFrame();
        await yieldTask();
        pageWarm = true;
      })
      .finally(() => {
        // (steps left over after a failure are cleared; newer data has its own)
        if (stale() || !this.coldStep) return;
        this.coldStep = undefined;
        this.requestUpdate();
      });
    this.inBackground(job); // `updateComplete` waits for the visible cards
    return value;
  }

  protected override isEmpty(value: Journey): boolean {
    return value.touchpoints.length === 0 || value.stages.length === 0 || value.lanes.length === 0;
  }

  protected override check(value: Journey): Problem[] {
    return this.clean(value).problems;
  }

  override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    const c = changed as PropertyValues;
    // Unknown attribute values fall back to the defaults (and the attribute says so).
    if (!OVERLAYS.includes(this.overlay)) this.overlay = 'voc';
    if (!METRICS.includes(this.metric)) this.metric = 'nps';
    const value = this.value;
    if (!value) {
      this.layout = undefined;
      this.models = [];
      return;
    }
    const cleaned = this.clean(value);
    if (c.has('value')) {
      if (this.thresholdsFor !== value) {
        this.thresholdsFor = value;
        this.pendingThresholds = thresholdBreaches(cleaned.journey.touchpoints);
      }
      if (this.selectedId && !cleaned.journey.touchpoints.some((t) => t.id === this.selectedId)) this.selectedId = undefined;
    }
    if (c.has('value') || c.has('metric') || c.has('segment') || !this.models.length) this.models = this.buildModels(cleaned);
    const segmentChanged = c.has('segment');
    // Stacked below 600 px of container (or on paper); the scroller inside has a 1 px border on each side.
    const host = this.box.width;
    const mode = this.printing ? 'stack' : modeFor(host);
    const width = this.printing ? Math.min(PRINT_WIDTH, Math.max(0, host - 2) || PRINT_WIDTH) : Math.max(0, host - 2);
    if (c.has('value') || segmentChanged || !this.layout || this.layoutWidth !== width || this.layout.mode !== mode) {
      this.layoutWidth = width;
      this.layout = layoutJourney({ ...cleaned.journey, emotions: this.emotions() }, width, mode);
      this.ordered = [...this.layout.cards].sort((a, b) => a.column - b.column || a.laneIndex - b.laneIndex);
      // New data starts over with the visible cards; a resize or segment switch keeps what is rendered. Paper gets them all.
      const span = this.printing || this.ordered.length <= PROGRESSIVE_FROM ? undefined : this.visibleSpan();
      this.revealSpan = span;
      const first = span ? firstReveal(this.ordered, span) : new Set(this.ordered.map((b) => b.index));
      this.revealed = c.has('value') ? first : new Set([...this.revealed, ...first]);
      if (c.has('value')) this.firstShown = first;
      this.revealRestart = true;
    }
    if (!this.focusId || !this.models.some((m) => m.tp.id === this.focusId)) {
      const first = this.ordered[0]; // the first card in reading order
      this.focusId = first ? cleaned.journey.touchpoints[first.index]?.id : undefined;
    }
  }

  override updated(changed: PropertyValues<this>): void {
    super.updated(changed);
    this.scheduleReveal();
    if (this.pendingThresholds.length && this.viewState !== 'error') {
      const list = this.pendingThresholds;
      this.pendingThresholds = [];
      for (const d of list) emit(this, 'cx-threshold', { ...d });
    }
  }

  override connectedCallback(): void {
    super.connectedCallback();
    this.printQuery ??= globalThis.matchMedia?.('print');
    this.printQuery?.addEventListener('change', this.onPrint);
    globalThis.addEventListener?.('beforeprint', this.onPrint);
    globalThis.addEventListener?.('afterprint', this.onPrint);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.revealTimer?.cancel();
    this.revealTimer = undefined;
    this.printQuery?.removeEventListener('change', this.onPrint);
    globalThis.removeEventListener?.('beforeprint', this.onPrint);
    globalThis.removeEventListener?.('afterprint', this.onPrint);
  }

  /** Print starts or ends (print preview, or print media emulated): lay out for paper, or back for the screen. */
  private onPrint = (e: Event): void => {
    const printing = e.type === 'beforeprint' || (e.type !== 'afterprint' && !!this.printQuery?.matches);
    if (printing === this.printing) return;
    this.printing = printing;
    // drawn before the browser lays out the pages (an update would otherwise wait for a microtask)
    if (this.hasUpdated) this.performUpdate();
  };

  /** The part of the map in view (plus a margin), along the scroll axis. */
  private visibleSpan(): Span {
    const scroller = this.renderRoot?.querySelector?.<HTMLElement>('.scroller');
    if (this.layout?.mode === 'stack') {
      const top = scroller ? Math.max(0, -scroller.getBoundingClientRect().top) : 0;
      return { axis: 'y', from: top - 400, to: top + (globalThis.innerHeight || 900) + 400 };
    }
    const left = scroller?.scrollLeft ?? 0;
    const width = scroller?.clientWidth || this.box.width || 1200;
    // Down the page: the map starts about where the host does (header and legend are short).
    const top = (scroller ?? this).getBoundingClientRect().top;
    const viewport = globalThis.innerHeight || 900;
    return { axis: 'x', from: left, to: left + width, crossFrom: -top, crossTo: viewport - top };
  }

  /** Renders the remaining cards chunk by chunk in idle time after the paint, until all are in the DOM. */
  private scheduleReveal(): void {
    if (this.coldStep) return;
    const restart = this.revealRestart;
    this.revealRestart = false;
    if (this.revealTimer !== undefined || this.revealed.size >= this.ordered.length) return;
    this.revealTimer = (restart ? idleAfterNextFrame : idle)(() => {
      this.revealTimer = undefined;
      const span = this.visibleSpan();
      this.revealSpan = span;
      const more = nextReveal(this.ordered, this.revealed, span);
      if (!more.length) return;
      this.revealed = new Set([...this.revealed, ...more]);
      this.requestUpdate();
    });
  }

  private onScroll = (): void => {
    if (this.revealed.size >= this.ordered.length) return;
    const span = this.visibleSpan();
    this.revealSpan = span;
    const missing = this.ordered.filter((c) => !this.revealed.has(c.index) && distance(c, span) === 0);
    if (!missing.length) return;
    this.revealed = new Set([...this.revealed, ...missing.map((c) => c.index)]);
    this.requestUpdate();
  };

  private clean(value: Journey): Cleaned {
    if (this.cleanedFor !== value || !this.cleaned) {
      this.cleanedFor = value;
      this.cleaned = sanitize(value);
    }
    return this.cleaned;
  }

  /** The segment in use: the attribute when the journey knows it. */
  private get activeSegment(): string | undefined {
    const seg = this.segment;
    return seg && this.cleaned?.journey.segments?.some((s) => s.id === seg) ? seg : undefined;
  }

  private emotions(): Map<string, number> {
    const map = new Map<string, number>();
    for (const m of this.models) if (m.figures.emotion !== undefined) map.set(m.tp.id, m.figures.emotion);
    return map;
  }

  private buildModels(cleaned: Cleaned): CardModel[] {
    const j = cleaned.journey;
    const stages = new Map(j.stages.map((s, i) => [s.id, { s, i }]));
    const lanes = new Map(j.lanes.map((l) => [l.id, l]));
    const next = new Map<string, Transition>();
    for (const t of j.transitions ?? []) if (!next.has(t.from)) next.set(t.from, t);
    const handIn = handoversIn(j);
    const segment = this.segment && j.segments?.some((s) => s.id === this.segment) ? this.segment : undefined;
    const placeholder = { id: '', index: 0, stageIndex: 0, laneIndex: 0, column: 0, x: 0, y: 0, w: 0, h: 0 };
    return j.touchpoints.map((tp, index) => ({
      box: { ...placeholder, id: tp.id, index },
      tp,
      stageName: stages.get(tp.stageId)?.s.name ?? '',
      laneName: lanes.get(tp.laneId)?.name ?? '',
      figures: figuresOf(tp, this.metric, segment),
      next: next.get(tp.id),
      handoverIn: handIn.get(tp.id),
    }));
  }

  private get ctx(): ViewContext {
    return { t: this.t, fmt: this.fmt };
  }

  private summary(): string {
    const j = this.cleaned!.journey;
    let low: { touchpoint: Journey['touchpoints'][number]; score: MetricValue } | undefined;
    for (const m of this.models) {
      const s = m.figures.score;
      if (s && Number.isFinite(s.value) && (!low || s.value < low.score.value)) low = { touchpoint: m.tp, score: s };
    }
    return this.t('summary', {
      name: j.name,
      stages: plural(this.ctx, 'stages', j.stages.length),
      touchpoints: plural(this.ctx, 'touchpoints', j.touchpoints.length),
      lowest: low ? this.t('summaryLowest', { touchpoint: low.touchpoint.name, metric: metricLabel(this.t, this.metric), value: scoreText(this.fmt, this.metric, low.score.value) }) : '',
    });
  }

  private emotionSummary(): string {
    const pts = this.layout?.emotion.points ?? [];
    if (!pts.length) return this.t('emotionCurve');
    const low = pts.reduce((a, b) => (b.value < a.value ? b : a));
    const name = this.models.find((m) => m.tp.id === low.touchpointIds[0])?.tp.name ?? '';
    return this.t('emotionCurveSummary', { count: this.fmt.number(pts.length), value: this.fmt.signed(low.value, 1), name });
  }

  private setView(patch: { overlay?: Overlay; metric?: Metric; segment?: string }): void {
    if (patch.overlay) this.overlay = patch.overlay;
    if (patch.metric) this.metric = patch.metric;
    if (patch.segment !== undefined) this.segment = patch.segment || undefined;
    emit(this, 'cx-view-change', { overlay: this.overlay, metric: this.metric, segment: this.segment ?? '' });
  }

  private cardAt(index: number): HTMLElement | null {
    return this.renderRoot.querySelector<HTMLElement>(`.card[data-index="${index}"]`);
  }

  private async focusCard(id: string): Promise<void> {
    this.focusId = id;
    const m = this.models.find((x) => x.tp.id === id);
    if (m && !this.revealed.has(m.box.index)) this.revealed = new Set([...this.revealed, m.box.index]);
    this.requestUpdate();
    await this.updateComplete;
    if (m) this.cardAt(m.box.index)?.focus();
  }

  private select(m: CardModel): void {
    this.selectedId = m.tp.id;
    this.focusId = m.tp.id;
    emit(this, 'cx-touchpoint-select', {
      touchpointId: m.tp.id,
      stageId: m.tp.stageId,
      laneId: m.tp.laneId,
      name: m.tp.name,
      figures: plainFigures(m.figures, this.metric),
    });
    void this.updateComplete.then(() => this.renderRoot.querySelector<HTMLElement>('.panel')?.focus());
  }

  /** Closes the details; the focus goes back to where they were opened: the card, or its row in the table view. */
  private closePanel(): void {
    const id = this.selectedId;
    this.selectedId = undefined;
    if (!id) return;
    if (!this.tableView) {
      void this.focusCard(id);
      return;
    }
    void this.updateComplete.then(() => this.renderRoot.querySelector<HTMLElement>(`tr[data-id="${CSS.escape(id)}"] .link`)?.focus());
  }

  private modelFromEvent(e: Event): CardModel | undefined {
    const card = (e.target as Element | null)?.closest?.('.card');
    const index = Number(card?.getAttribute('data-index'));
    return Number.isInteger(index) ? this.models[index] : undefined;
  }

  private onMapClick = (e: MouseEvent): void => {
    const m = this.modelFromEvent(e);
    if (m) this.select(m);
  };

  private onMapKey = (e: KeyboardEvent): void => {
    const m = this.modelFromEvent(e);
    if (!m || !this.layout) return;
    if (e.key === 'Enter' || e.key === ' ') {
      e.preventDefault();
      this.select(m);
      return;
    }
    if (e.key === 'Escape' && this.selectedId) {
      e.preventDefault();
      this.closePanel();
      return;
    }
    if (!NAV_KEYS.includes(e.key)) return;
    e.preventDefault();
    const j = this.cleaned!.journey;
    const cards = this.layout.cards.map((c) => ({ id: j.touchpoints[c.index]!.id, column: c.column, laneIndex: c.laneIndex, stageIndex: c.stageIndex }));
    const target = move(cards, m.tp.id, e.key as NavKey, this.layout.mode);
    if (target) void this.focusCard(target);
  };

  private onFocusIn = (e: FocusEvent): void => {
    const m = this.modelFromEvent(e);
    if (m && m.tp.id !== this.focusId) this.focusId = m.tp.id;
  };

  private onPanelKey = (e: KeyboardEvent): void => {
    if (e.key === 'Escape') {
      e.preventDefault();
      e.stopPropagation();
      this.closePanel();
    }
  };

  /** Resolves when every card is rendered (large journeys render progressively). */
  get renderComplete(): Promise<boolean> {
    return (async () => {
      await this.updateComplete;
      while (this.isConnected && this.revealed.size < this.ordered.length) {
        await new Promise((r) => setTimeout(r, 0));
        await this.updateComplete;
      }
      return true;
    })();
  }

  /**
   * The map as a standalone SVG document (string), always in the wide grid
   * layout with the current overlay, metric and segment. Empty string without data.
   */
  toSVG(): string {
    const cleaned = this.value && this.clean(this.value);
    if (!cleaned) return '';
    const layout = layoutGrid({ ...cleaned.journey, emotions: this.emotions() }, 0);
    const doc = buildSvg(document, {
      layout,
      models: this.models,
      overlay: this.overlay,
      metric: this.metric,
      title: this.t('mapName', { name: cleaned.journey.name }),
      summary: this.summary(),
      ctx: this.ctx,
      palette: paletteOf(this),
      laneKind: (k) => this.t(LANE_KIND_KEYS[k]),
    });
    return new XMLSerializer().serializeToString(doc);
  }

  /** The map as a PNG image (`scale` × the CSS pixel size), drawn from `toSVG()` on a canvas. */
  async toPNG(scale = 2): Promise<Blob> {
    const text = this.toSVG();
    if (!text) throw new Error('journey-map: no data to export');
    try {
      return await svgToPng(text, scale);
    } catch (error) {
      // the page's settings, not the data: said as a `config` error too, for hosts that only listen
      emit(this, 'cx-error', { kind: 'config', message: (error as Error).message });
      throw error;
    }
  }

  private shownConnectors(layout: GridLayout): readonly Connector[] {
    if (this.coldStep) return [];
    if (this.revealed.size >= this.ordered.length) return layout.connectors;
    const shown = new Set(this.ordered.filter((c) => this.revealed.has(c.index)).map((c) => c.id));
    return layout.connectors.filter((c) => shown.has(c.from) && shown.has(c.to));
  }

  /**
   * While cards are still being revealed: the stages (as a canvas x range) of
   * the rendered cards and of the visible window; their heads, backgrounds and
   * emotion points are drawn, the rest follow with their cards.
   */
  private shownRange(layout: GridLayout): XRange | undefined {
    if (this.revealed.size >= this.ordered.length) return undefined;
    let lo = Infinity;
    let hi = -Infinity;
    for (const c of this.ordered) {
      if (!this.revealed.has(c.index)) continue;
      if (c.x < lo) lo = c.x;
      if (c.x + c.w > hi) hi = c.x + c.w;
    }
    const span = this.revealSpan;
    if (span?.axis === 'x') {
      lo = Math.min(lo, span.from);
      hi = Math.max(hi, span.to);
    }
    let from = Infinity;
    let to = -Infinity;
    for (const s of layout.stages) {
      if (s.x < hi && s.x + s.w > lo) {
        from = Math.min(from, s.x);
        to = Math.max(to, s.x + s.w);
      }
    }
    return from <= to ? [from, to] : undefined;
  }

  private renderCards(): TemplateResult {
    const layout = this.layout!;
    const ctx = this.ctx;
    const stacked = layout.mode === 'stack';
    if (this.cacheFor?.models !== this.models || this.cacheFor.t !== this.t) {
      this.cardCache.clear();
      this.cacheFor = { models: this.models, t: this.t };
    }
    const revealed = this.revealed.size >= this.ordered.length ? this.ordered : this.ordered.filter((c) => this.revealed.has(c.index));
    const shown = this.coldStep === 'card' ? revealed.slice(0, 1) : this.coldStep ? [] : revealed;
    return html`${repeat(
      shown,
      (c) => c.id,
      (c) => {
        const base = this.models[c.index]!;
        const offscreen = !this.firstShown.has(c.index);
        const s = { overlay: this.overlay, metric: this.metric, focused: base.tp.id === this.focusId, selected: base.tp.id === this.selectedId, stacked, offscreen };
        const key = `${s.overlay}|${s.metric}|${s.focused}|${s.selected}|${stacked}|${offscreen}|${c.x},${c.y},${c.w},${c.h}`;
        const hit = this.cardCache.get(c.index);
        if (hit?.key === key) return hit.tpl;
        const m = { ...base, box: c };
        const tpl = renderCard(ctx, m, s, cardExtra(ctx, m, s));
        this.cardCache.set(c.index, { key, tpl });
        return tpl;
      },
    )}`;
  }

  private renderPanel(): TemplateResult | typeof nothing {
    const m = this.models.find((x) => x.tp.id === this.selectedId);
    if (!m) return nothing;
    const { t } = this;
    return html`<div class="panel-track"><div class="panel" part="panel" role="dialog" aria-modal="false" aria-labelledby="panel-title" tabindex="-1" @keydown=${this.onPanelKey}>
      <div class="panel-head">
        <span class="panel-title" id="panel-title">${m.tp.name}</span>
        <button type="button" class="close" aria-label=${t('close')} title=${t('close')} @click=${() => this.closePanel()}>${icon('close')}</button>
      </div>
      <div class="panel-body" tabindex="0" role="region" aria-label=${t('details')}>
        <slot name="details">${renderDetails(this.ctx, m, this.cleaned?.journey.insights ?? [])}</slot>
      </div>
    </div></div>`;
  }

  protected override renderValue(value: Journey): TemplateResult {
    const cleaned = this.clean(value);
    const j = cleaned.journey;
    const layout = this.layout!;
    const summary = this.summary();
    const ctx = this.ctx;
    const map =
      this.coldStep === 'head'
        ? html`<div class="canvas" ${cssProps({ width: `${layout.width}px`, height: `${layout.height}px` })}></div>`
        : layout.mode === 'grid'
        ? renderGrid(ctx, {
            layout,
            overlay: this.overlay,
            emotionLabel: this.t('emotion'),
            emotionSummary: this.emotionSummary(),
            corner: this.t('stage'),
            laneKindLabel: (k) => this.t(LANE_KIND_KEYS[k as LaneKind] ?? k),
            cards: this.renderCards(),
            connectors: this.shownConnectors(layout),
            range: this.shownRange(layout),
          })
        : renderStack(ctx, { layout, emotionSummary: this.emotionSummary(), cards: this.renderCards() });
    return html`<div class="frame" part="base" data-mode=${layout.mode} data-overlay=${this.overlay}>
      <div class="head">
        <div class="titles">
          <span class="title">${j.name}</span>
          <span class="summary" id="summary">${summary}</span>
        </div>
        ${renderToolbar(this.ctx, {
          overlay: this.overlay,
          metric: this.metric,
          segments: this.cleaned?.journey.segments ?? [],
          activeSegment: this.activeSegment,
          tableView: this.tableView,
          short: layout.mode === 'stack',
          onView: (patch) => this.setView(patch),
          onToggleTable: () => (this.tableView = !this.tableView),
        })}
      </div>
      ${this.tableView ? nothing : renderLegend(ctx, this.overlay, this.metric)}
      <div class="body">
        ${this.tableView
          ? renderTable(ctx, this.t('tableCaption', { name: j.name }), this.models, (m) => this.select(m))
          : html`<div
              class="scroller"
              part="map"
              role="group"
              aria-roledescription=${this.t('roleDescription')}
              aria-label=${this.t('mapName', { name: j.name })}
              aria-describedby="summary"
              @click=${this.onMapClick}
              @keydown=${this.onMapKey}
              @focusin=${this.onFocusIn}
              @scroll=${this.onScroll}
            >
              ${map}
            </div>`}
        ${this.renderPanel()}
      </div>
    </div>`;
  }
}

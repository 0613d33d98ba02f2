import { html, nothing, type PropertyValues, svg, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { repeat } from 'lit/directives/repeat.js';
import { CxElement } from '../../core/base-element.js';
import { EscapeController } from '../../core/escape-controller.js';
import { plural } from '../../core/i18n.js';
import { baseStyles, themeTokens } from '../../core/theme.js';
import { emit, errorDetail } from '../../core/events.js';
import { requestJson } from '../../data/client.js';
import { type CxError, HttpError, type Problem, toCxError } from '../../data/errors.js';
import type { Scale } from '../../data/schemas/insight.js';
import { Journey } from '../../data/schemas/journey.js';
import { validate } from '../../data/validate.js';
import { type Geometry, invert, layout, type Mark, cellCentre } from './layout.js';
import { type JourneyLookup, journeyLookup, journeysInUse, journeyUrls, sameJourneys } from './journeys.js';
import { activeFilterCount, applyFilters, type Filters, type Item, type Prepared, prepare, type SortKey, sortItems, STATUSES, type Summary, summarise } from './model.js';
import { step, type Direction } from './nav.js';
import { snap } from './scale.js';
import { LenientInsight, LenientInsightList } from './schema.js';
import { strings } from './strings.js';
import { styles } from './insight-matrix.styles.js';
import { type ColorBy, details, glyph, legend, rating, table, type ViewContext } from './views.js';
import { clusterGlyph, tooltip } from './matrix-parts.js';
import { patchUrl } from './writeback.js';
import { firstOnPage, isLarge, recordCost, shouldStage, Slicer, validateInSlices } from './slices.js';
import { nextFrame, yieldTask } from '../../core/tasks.js';
import { type Changes, WriteQueue } from './write-queue.js';

const ARROWS: Record<string, Direction> = { ArrowLeft: 'left', ArrowRight: 'right', ArrowUp: 'up', ArrowDown: 'down' };
const WIDE = 880;
const ASIDE = 300;
/** Marks drawn in the first frame of a large list, then per following task. */
const FIRST_MARKS = 40;
const MORE_MARKS = 60;

/**
 * A message above the matrix, translated when drawn. A `polite` one (the
 * reload after a conflict, which says how it goes on) is announced as a
 * status; the others, failed saves and loads, as alerts.
 */
interface Notice {
  key: string;
  params?: Record<string, string | number>;
  polite?: boolean;
}

/**
 * A difficulty × impact matrix of insights (pain points, ideas, requirements,
 * cases) with the four quadrants quick wins, big bets, fill-ins and money pits;
 * bubbles sized by reach, coloured by status or category, shaped by category;
 * filters, search, a sortable list, details, and write-back of ratings and
 * status through `PATCH` when the host allows it (`editable`).
 *
 * Large lists (400 insights or more) are validated and drawn in tasks of
 * about 12 ms when the page is cold (the first large list on a page) or the
 * last one was slow to prepare, instead of in one long task that blocks input;
 * `updateComplete` resolves once the whole matrix is drawn.
 *
 * @tagname insight-matrix
 * @summary Prioritise insights on a difficulty × impact matrix and track them to done.
 *
 * @event cx-insight-select - The user selected an insight. `detail: { id, insight }`.
 * @event cx-insight-change - A change was saved. `detail: { id, changes, previous }`.
 * @event cx-error - Loading, validation or saving failed, or the data has problems. `detail: CxErrorDetail` (`id` for a failed save).
 *
 * @csspart base - The widget's frame.
 * @csspart toolbar - Search, view and colour switches.
 * @csspart filters - The filter selects.
 * @csspart chart - The matrix (SVG).
 * @csspart table - The list view.
 * @csspart legend - Colour, shape and size legend.
 * @csspart details - The details panel.
 * @csspart notice - A message after a failed save (after a conflict: that the latest data is being loaded, then that it is shown).
 * @csspart loading - Loading state.
 * @csspart error - Error state.
 * @csspart empty - Empty state.
 * @csspart stale - Stale banner.
 * @csspart problems - Banner listing data problems.
 *
 * @cssproperty --cx-insight-new - Colour of "new" (default series 1).
 * @cssproperty --cx-insight-planned - Colour of "planned" (default series 4).
 * @cssproperty --cx-insight-in-progress - Colour of "in progress" (default series 2).
 * @cssproperty --cx-insight-done - Colour of "done" (default good).
 * @cssproperty --cx-insight-rejected - Colour of "rejected" (default series 8).
 * @cssproperty --cx-insight-quick-win - Fill of the quick-wins quadrant.
 * @cssproperty --cx-insight-money-pit - Fill of the money-pits quadrant.
 *
 * @cssstate loading - Waiting for data (also while a large list, 400 insights or more, is validated in slices of a few ms: first render on a page, or a busy page).
 * @cssstate ready - Data shown.
 * @cssstate empty - No insights.
 * @cssstate error - Nothing to show.
 * @cssstate stale - Showing older data.
 */
export class InsightMatrix extends CxElement<LenientInsightList> {
  static override styles = [themeTokens, baseStyles, styles];
  static override strings = strings;

  @state() private filters: Filters = {};
  @state() private view: 'matrix' | 'list' = 'matrix';
  @state() private selectedId?: string;
  @state() private focusKey?: string;
  @state() private zoom?: { difficulty: number; impact: number };
  @state() private sortKey: SortKey = 'quadrant';
  @state() private sortDir: 'asc' | 'desc' = 'asc';
  @state() private rowLimit = 100;
  @state() private filtersOpen = false;
  @state() private notice?: Notice;
  @state() private drag?: { id: string; pointer: number; x0: number; y0: number; moved: boolean; difficulty: number; impact: number };
  @state() private hover?: string;
  /** The tooltip shown is the pointer's (not keyboard focus's): Escape anywhere closes it. */
  private hoverByPointer = false;
  /** The mark whose pointer tooltip was closed with Escape: it stays closed while the pointer is on that mark. */
  private hoverDismissed?: string;
  @state() private loadedJourneys: readonly Journey[] = [];
  /** The insight the user is moving (Shift+arrows, drag): drawn as its own bubble even in a crowded cell. */
  @state() private moving?: string;
  @state() private rev = 0;
  /** While a large list is drawn in slices: how many marks are drawn so far. */
  @state() private markLimit = Infinity;
  /** While a large list is drawn in slices on a cold page: filters, legend and details come a task after the chart. */
  @state() private chromeLater = false;

  /** Allows changing ratings and status (drag, Shift+arrows, details); the payload's `editable: false` still forbids it. */
  @property({ type: Boolean, reflect: true }) editable = false;

  /** PATCH URL template with `{id}`; by default derived from `src` (`…/insights[.json]` → `…/insights/{id}`). */
  @property({ attribute: 'write-src' }) writeSrc?: string;

  /** Colour bubbles by `status` (default) or `category`. */
  @property({ attribute: 'color-by', reflect: true }) colorBy: ColorBy = 'status';

  /** `touchpoints`: derive impact from linked touchpoints of the journeys (`journey`, `journeys` or `journey-src`). */
  @property({ attribute: 'impact-from' }) impactFrom?: 'touchpoints';

  /**
   * The journey of the insights: names of their touchpoints and stages (instead
   * of ids), and the touchpoints that feed computed impact. Used together with
   * `journeys`; both win over `journey-src`.
   */
  @property({ attribute: false }) journey?: Journey;

  /**
   * Several journeys, for insights that span journeys: names and computed
   * impact as for `journey`; a touchpoint or stage is looked up in the
   * insight's own journey (`journeyId`) first, then in the others in order.
   */
  @property({ attribute: false }) journeys?: Journey[];

  /**
   * URL of the journey (GET /v1/journeys/{id}), or several URLs separated by
   * spaces for insights that span journeys; loaded for names and computed
   * impact when neither `journey` nor `journeys` is set. A journey that fails
   * to load is reported (`cx-error`, message); the others are used.
   */
  @property({ attribute: 'journey-src' }) journeySrc?: string;

  /** Axis titles; default from the payload's scales, else "Difficulty" / "Impact". */
  @property({ attribute: 'difficulty-label' }) difficultyLabel?: string;
  @property({ attribute: 'impact-label' }) impactLabel?: string;

  /** Scale bounds, overriding the payload's (default 1–5). */
  @property({ attribute: 'difficulty-min', type: Number }) difficultyMin?: number;
  @property({ attribute: 'difficulty-max', type: Number }) difficultyMax?: number;
  @property({ attribute: 'impact-min', type: Number }) impactMin?: number;
  @property({ attribute: 'impact-max', type: Number }) impactMax?: number;

  private prepared?: Prepared;
  /** The last `prepare` of `check()`, reused by the first render of the same value. */
  private checked?: { value: LenientInsightList; key: string; journeys?: readonly Journey[]; prepared: Prepared };
  private summary?: Summary;
  private summaryAll?: Summary;
  private visible: Item[] = [];
  /** Filters, summaries and layout of a large list, computed in a task before it is drawn. */
  private ahead?: { prepared: Prepared; filters: Filters; zoom: InsightMatrix['zoom']; moving?: string; sizeKey: string; visible: Item[]; summary: Summary; summaryAll: Summary; geometry: Geometry };
  /** Touchpoint and stage names of the journeys in use (rebuilt when they change). */
  private names?: { journeys: readonly Journey[]; lookup: JourneyLookup };
  private geometry?: Geometry;
  private lastSize = '';
  private usedWidth = 0;
  private readonly writes = new WriteQueue({
    changed: () => this.rev++,
    saved: (id, changes, previous) => emit(this, 'cx-insight-change', { id, changes, previous }),
    failed: (id, url, title, e) => this.failed(id, url, title, e),
  });
  private journeyAbort?: AbortController;
  private suppressClick = false;
  /** The last rendered template, reused for updates that changed nothing of ours (resize of height only, data-task ticks). */
  private renderCache?: TemplateResult;
  /** The translator the cached render and marks were drawn with. */
  private drawnWith?: CxElement<LenientInsightList>['t'];
  private markCache = new WeakMap<Mark, { sig: string; tpl: ReturnType<typeof svg> }>();
  /** The `data` being validated and drawn in slices, and that work (awaited by `updateComplete`). */
  private stagedFrom?: unknown;
  /** The latest large list being validated and drawn in steps (an older one stops resetting state when it ends). */
  private staging?: Promise<void>;

  protected override get schema() {
    return LenientInsightList;
  }

  /** Large lists on a cold or busy page are validated in slices (see `stage`); others at once. */
  override validateData(data: unknown): LenientInsightList | Promise<LenientInsightList> {
    return shouldStage(data) ? this.stage(data) : validate(LenientInsightList, data);
  }

  override willUpdate(changed: PropertyValues<this>): void {
    const c = changed as PropertyValues;
    const t0 = performance.now();
    super.willUpdate(changed);
    const large = c.has('data') && isLarge(this.data) && this.stagedFrom !== this.data;
    if (c.has('journeySrc')) void this.loadJourneys();
    // a new translator (other strings, or the page's language changed): what was drawn is out of date
    const relabel = this.t !== this.drawnWith;
    this.drawnWith = this.t;
    if (relabel) this.markCache = new WeakMap();
    if (c.has('value')) this.writes.reset();
    const dataChanged = ['value', 'rev', 'journey', 'journeys', 'loadedJourneys', 'impactFrom', 'difficultyMin', 'difficultyMax', 'impactMin', 'impactMax', 'difficultyLabel', 'impactLabel'].some((k) => c.has(k));
    if (this.value && (dataChanged || !this.prepared)) this.prepared = this.prepareValue(this.value);
    if (!this.value) this.prepared = undefined;
    const filtersChanged = dataChanged || c.has('filters');
    // a large list's filters and layout were computed ahead in their own task (see `stage`)
    const a = this.ahead && this.ahead.prepared === this.prepared && this.ahead.filters === this.filters ? this.ahead : undefined;
    this.ahead = undefined;
    if (this.prepared && (filtersChanged || !this.summary)) {
      this.visible = a?.visible ?? applyFilters(this.prepared.items, this.filters);
      this.summary = a?.summary ?? summarise(this.visible);
      this.summaryAll = a?.summaryAll ?? (activeFilterCount(this.filters) ? summarise(this.prepared.items) : this.summary);
    }
    const { width, height } = this.chartSize();
    const sizeKey = `${width}x${height}`;
    if (c.size > 0 || relabel || sizeKey !== this.lastSize) this.renderCache = undefined;
    if (this.prepared && (filtersChanged || c.has('zoom') || c.has('moving') || sizeKey !== this.lastSize || !this.geometry)) {
      this.lastSize = sizeKey;
      this.geometry = a && a.sizeKey === sizeKey && a.zoom === this.zoom && a.moving === this.moving ? a.geometry : this.layoutOf(this.prepared, this.visible, width, height);
    }
    // a large list done at once: its cost decides whether the next one is sliced
    if (large) recordCost(performance.now() - t0);
  }

  override updated(changed: PropertyValues<this>): void {
    super.updated(changed);
    if ((changed as PropertyValues).has('focusKey') && this.focusKey && this.shadowRoot?.activeElement?.closest?.('.marks')) this.focusMark();
  }

  constructor() {
    super();
    // Escape anywhere cancels a drag or closes the tooltip the pointer opened (a focused mark handles its own Escape first)
    new EscapeController(this, () => this.cancelDrag() || this.dismissHoverTip());
  }

  override connectedCallback(): void {
    super.connectedCallback();
    // moved in the page: a journey load cut short by disconnecting starts again
    if (this.hasUpdated && this.journeySrc && !this.loadedJourneys.length) void this.loadJourneys();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.journeyAbort?.abort();
  }

  protected override isEmpty(value: LenientInsightList): boolean {
    return value.items.length === 0;
  }

  protected override check(value: LenientInsightList): Problem[] {
    const options = this.prepareOptions();
    const key = this.optionsKey(options);
    const c = this.checked;
    const p = c && c.value === value && c.key === key && sameJourneys(c.journeys, options.journeys) ? c.prepared : prepare(value, options);
    this.checked = { value, key, journeys: options.journeys, prepared: p };
    return p.issues.map((issue) => ({
      path: issue.path,
      message: this.t(`issue-${issue.code}`, { ...issue.params, ...(typeof issue.params.axis === 'string' ? { axis: this.t(issue.params.axis) } : {}) }),
    }));
  }

  /** @internal A fresh answer (not a cached copy) ends the reload after a conflict: the notice says the latest data is shown. */
  override receiveValue(value: LenientInsightList, stale: boolean, cachedAt?: number): void {
    super.receiveValue(value, stale, cachedAt);
    if (cachedAt === undefined && this.notice?.key === 'failed409Reloading') this.notice = { ...this.notice, key: 'failed409Reloaded' };
  }

  /** @internal A failed reload after a conflict: the notice says so (the stale banner offers to retry). */
  override receiveError(error: CxError): void {
    super.receiveError(error);
    if (this.notice?.key === 'failed409Reloading') this.notice = { ...this.notice, key: 'failed409ReloadFailed' };
  }

  // ── private helpers ────────────────────────────────────────────────────

  /**
   * Validates and prepares a large list in tasks of ~12 ms and resolves with
   * it (the base then sets value and state), then draws the marks a slice per
   * task. The user sees the loading state (or the previous value) until the
   * list is ready, then the whole matrix with its marks filling in. Anything
   * wrong: the whole list is validated at once, for the exact messages.
   */
  private stage(input: unknown): Promise<LenientInsightList> {
    this.stagedFrom = input;
    const stale = () => this.data !== input;
    let deliver!: (value: LenientInsightList) => void;
    let refuse!: (error: unknown) => void;
    const result = new Promise<LenientInsightList>((resolve, reject) => {
      deliver = resolve;
      refuse = reject;
    });
    const atOnce = () => {
      try {
        deliver(validate(LenientInsightList, input));
      } catch (error) {
        refuse(error);
      }
    };
    const job = (async () => {
      const slicer = new Slicer();
      await slicer.yieldNow(); // the loading state (or the current value) paints first
      // The first Intl.NumberFormat of a page loads locale data (tens of ms): a task of its own.
      const first = firstOnPage();
      this.fmt.number(1);
      if (first) await slicer.yieldNow();
      this.fmt.number(1.5, 1);
      const start = slicer.busy;
      const output = await validateInSlices(input, slicer, stale);
      if (stale()) return;
      if (!output) return atOnce();
      await slicer.next();
      const options = this.prepareOptions();
      const prepared = prepare(output, options);
      this.checked = { value: output, key: this.optionsKey(options), journeys: options.journeys, prepared };
      await slicer.next();
      if (stale()) return;
      this.computeAhead(prepared);
      // The first large list on a page (templates, styles and fonts used the first time) draws the chart
      // first, then filters, legend and details, then the marks a slice per task; later ones draw at once.
      // (How fast the validation was says nothing about cold templates and styles.)
      recordCost(slicer.busy - start);
      const warm = !first;
      await slicer.yieldNow();
      if (stale()) return;
      this.markLimit = warm ? Infinity : 0;
      this.chromeLater = !warm;
      deliver(output);
      await result; // after the data controller's own reaction, which requests the update
      await this.settled();
      while (this.markLimit !== Infinity || this.chromeLater) {
        // a frame between the parts (each is styled and laid out on its own, not all at the end),
        // then a task of its own: drawn inside the frame callback, the part's layout would join that frame's task
        await nextFrame();
        await yieldTask();
        if (stale()) break;
        if (this.chromeLater) {
          this.chromeLater = false;
          await this.settled();
          continue;
        }
        const next = this.markLimit ? this.markLimit + MORE_MARKS : FIRST_MARKS;
        this.markLimit = next >= (this.geometry?.marks.length ?? 0) ? Infinity : next;
        await this.settled();
      }
    })()
      .catch(() => {
        // never an uncaught error: validate and draw the list at once, as a small one
        if (!stale()) atOnce();
      })
      .finally(() => {
        if (this.staging !== job) return; // a newer list is being staged
        this.staging = undefined;
        this.markLimit = Infinity;
        this.chromeLater = false;
      });
    this.staging = job;
    this.inBackground(job); // `updateComplete` waits until the whole matrix is drawn
    return result;
  }

  private layoutOf(p: Prepared, items: Item[], width: number, height: number): Geometry {
    return layout({ items, width, height, difficulty: p.difficulty, impact: p.impact, maxReach: p.maxReach, zoom: this.zoom, keep: this.moving });
  }

  private computeAhead(prepared: Prepared): void {
    const { width, height } = this.chartSize();
    const visible = applyFilters(prepared.items, this.filters);
    const summary = summarise(visible);
    const summaryAll = activeFilterCount(this.filters) ? summarise(prepared.items) : summary;
    const geometry = this.layoutOf(prepared, visible, width, height);
    this.ahead = { prepared, filters: this.filters, zoom: this.zoom, moving: this.moving, sizeKey: `${width}x${height}`, visible, summary, summaryAll, geometry };
  }

  private prepareOptions() {
    const label = (l?: string) => (l ? { label: l } : {});
    const num = (min?: number, max?: number): Partial<Scale> => ({ ...(Number.isFinite(min) ? { min } : {}), ...(Number.isFinite(max) ? { max } : {}) });
    const journeys = this.impactFrom === 'touchpoints' ? this.journeysInUse() : undefined;
    return {
      difficulty: { ...num(this.difficultyMin, this.difficultyMax), ...label(this.difficultyLabel) },
      impact: { ...num(this.impactMin, this.impactMax), ...label(this.impactLabel) },
      journeys,
    };
  }

  private optionsKey(o: ReturnType<InsightMatrix['prepareOptions']>): string {
    return JSON.stringify([o.difficulty, o.impact]);
  }

  private prepareValue(value: LenientInsightList): Prepared {
    const options = this.prepareOptions();
    const c = this.checked;
    this.checked = undefined;
    if (c && c.value === value && this.writes.idle && c.key === this.optionsKey(options) && sameJourneys(c.journeys, options.journeys)) return c.prepared;
    return prepare({ ...value, items: this.writes.apply(value.items) }, options);
  }

  /**
   * The width the layout uses: follows the element, but ignores changes of
   * 20 px or less, so a page scrollbar that comes and goes with our height
   * cannot make the layout oscillate (the SVG scales to fit meanwhile).
   */
  private layoutWidth(): number {
    const now = this.box.width || 640;
    if (!this.usedWidth || Math.abs(now - this.usedWidth) > 20) this.usedWidth = now;
    return this.usedWidth;
  }

  private chartSize(): { width: number; height: number } {
    const total = this.layoutWidth();
    const width = total >= WIDE ? total - ASIDE - 16 : total;
    return { width, height: Math.round(Math.min(520, Math.max(280, width * 0.62))) };
  }

  private get canEdit(): boolean {
    return this.editable && this.value?.editable !== false && patchUrl('x', this.src, this.writeSrc) !== undefined;
  }

  private journeysInUse(): readonly Journey[] {
    return journeysInUse(this.journey, this.journeys, this.loadedJourneys);
  }

  /** Loads every journey of `journey-src` at once; the ones that load are used together. */
  private async loadJourneys(): Promise<void> {
    this.journeyAbort?.abort();
    this.loadedJourneys = [];
    const urls = journeyUrls(this.journeySrc);
    if (!urls.length) return;
    const abort = (this.journeyAbort = new AbortController());
    const loaded = await Promise.all(urls.map((url) => this.loadJourney(url, abort.signal)));
    if (!abort.signal.aborted) this.loadedJourneys = loaded.filter((j): j is Journey => j !== undefined);
  }

  /** One journey, or undefined after saying why it could not be loaded. */
  private async loadJourney(url: string, signal: AbortSignal): Promise<Journey | undefined> {
    try {
      return validate(Journey, await requestJson(url, { signal }));
    } catch (error) {
      if (signal.aborted) return undefined;
      const e = toCxError(error);
      this.notice = { key: 'issue-journey', params: { message: e.message } };
      emit(this, 'cx-error', errorDetail(e, url));
      return undefined;
    }
  }

  private nameLookup(): JourneyLookup {
    const journeys = this.journeysInUse();
    if (!this.names || !sameJourneys(this.names.journeys, journeys)) this.names = { journeys, lookup: journeyLookup(journeys) };
    return this.names.lookup;
  }

  private item(id: string | undefined): Item | undefined {
    return id === undefined ? undefined : this.prepared?.items.find((it) => it.id === id);
  }

  private ctx(): ViewContext {
    const names = this.nameLookup();
    return {
      t: this.t,
      fmt: this.fmt,
      prepared: this.prepared!,
      colorBy: this.colorBy === 'category' ? 'category' : 'status',
      canEdit: this.canEdit,
      touchpointName: (id, journeyId) => names.touchpoint(id, journeyId)?.name ?? id,
      stageName: (id, journeyId) => names.stage(id, journeyId)?.name ?? id,
    };
  }

  private select(id: string | undefined): void {
    this.selectedId = id;
    const it = this.item(id);
    if (it) emit(this, 'cx-insight-select', { id: it.id, insight: JSON.parse(JSON.stringify(it.insight)) as LenientInsight });
    // below the wide layout the details come after the chart or list, maybe far down: take the user there
    if (it && this.usedWidth < WIDE) {
      void this.updateComplete.then(() => {
        this.renderRoot.querySelector('.details')?.scrollIntoView({ block: 'start' });
        this.renderRoot.querySelector<HTMLElement>('.details-title')?.focus({ preventScroll: true });
      });
    }
  }

  private setFilter(key: keyof Filters, value: string): void {
    this.filters = { ...this.filters, [key]: value || undefined };
    this.rowLimit = 100;
  }

  private focusMark(): void {
    const marks = this.geometry?.marks ?? [];
    let key = this.focusKey;
    if (key && !marks.some((m) => m.key === key)) key = marks.find((m) => m.kind === 'cluster' && m.items.some((it) => it.id === key))?.key;
    const el = this.renderRoot.querySelector<SVGGElement>(`.mark[data-key="${CSS.escape(key ?? '')}"]`);
    el?.focus();
  }

  private markLabel(m: Mark): string {
    const { t, fmt } = this;
    if (m.kind === 'cluster') {
      return t('cluster', { d: rating(fmt, m.difficulty), i: rating(fmt, m.impact), n: fmt.number(m.items.length), done: fmt.number(m.byStatus.done ?? 0) });
    }
    const it = m.item;
    return t('bubble', {
      title: it.insight.title,
      status: it.status === 'unknown' ? t('unknown') : t(it.status),
      category: it.category || t('uncategorised'),
      d: rating(fmt, it.difficulty),
      i: rating(fmt, it.impact),
      computed: it.impactComputed ? ` (${t('computed')})` : '',
      reach: fmt.number(it.reach),
      quadrant: it.quadrant ? t(it.quadrant) : '',
    });
  }

  private onMarkKey(e: KeyboardEvent, m: Mark): void {
    const dir = ARROWS[e.key];
    const marks = this.geometry?.marks ?? [];
    if (dir && e.shiftKey && m.kind === 'bubble') {
      e.preventDefault();
      this.nudge(m.item, dir);
      return;
    }
    if (dir) {
      e.preventDefault();
      const from = marks.indexOf(m);
      const to = marks[step(marks, from, dir)];
      if (to) {
        this.focusKey = to.key;
        void this.updateComplete.then(() => this.focusMark());
      }
      return;
    }
    if (e.key === 'Enter' || e.key === ' ') {
      e.preventDefault();
      this.activate(m);
    } else if (e.key === 'Escape') {
      if (this.cancelDrag()) e.preventDefault();
      else if (this.zoom) {
        e.preventDefault();
        this.zoomOut();
      } else if (this.selectedId) this.selectedId = undefined;
    }
  }

  private activate(m: Mark): void {
    this.focusKey = m.key;
    if (m.kind === 'cluster') {
      this.zoom = { difficulty: m.difficulty, impact: m.impact };
      this.focusKey = undefined;
      void this.updateComplete.then(() => {
        this.focusKey = this.geometry?.marks[0]?.key;
        return this.updateComplete.then(() => this.focusMark());
      });
    } else this.select(m.item.id);
  }

  private zoomOut(): void {
    const z = this.zoom;
    this.zoom = undefined;
    if (z) {
      this.focusKey = `cluster:${z.difficulty}|${z.impact}`;
      void this.updateComplete.then(() => this.focusMark());
    }
  }

  private nudge(it: Item, dir: Direction): void {
    if (!this.canEdit || !this.prepared || it.difficulty === undefined || it.impact === undefined) return;
    const { difficulty: ds, impact: is } = this.prepared;
    if (dir === 'left' || dir === 'right') {
      const next = snap(it.difficulty + (dir === 'right' ? ds.step : -ds.step), ds);
      if (next !== it.difficulty) this.write(it.id, { difficulty: next });
    } else if (!it.impactComputed) {
      const next = snap(it.impact + (dir === 'up' ? is.step : -is.step), is);
      if (next !== it.impact) this.write(it.id, { impact: next });
    } else {
      this.notice = { key: 'computedLocked' };
    }
    this.moving = it.id;
    this.focusKey = it.id;
    void this.updateComplete.then(() => this.focusMark());
  }

  private svgPoint(e: PointerEvent): { x: number; y: number } {
    const svgEl = this.renderRoot.querySelector('svg.chart') as SVGSVGElement | null;
    const box = svgEl?.getBoundingClientRect();
    return { x: e.clientX - (box?.left ?? 0), y: e.clientY - (box?.top ?? 0) };
  }

  private onPointerDown(e: PointerEvent, m: Mark): void {
    if (m.kind !== 'bubble' || !this.canEdit || this.zoom || e.button !== 0 || m.item.difficulty === undefined) return;
    this.drag = { id: m.item.id, pointer: e.pointerId, x0: e.clientX, y0: e.clientY, moved: false, difficulty: m.item.difficulty, impact: m.item.impact! };
  }

  private onPointerMove(e: PointerEvent): void {
    const d = this.drag;
    if (!d || !this.geometry || !this.prepared) return;
    const moved = d.moved || Math.hypot(e.clientX - d.x0, e.clientY - d.y0) > 4;
    if (!moved) return;
    if (!d.moved) {
      // Capture only once a drag starts, so a plain click still lands on the bubble.
      try {
        (e.currentTarget as Element).setPointerCapture(d.pointer);
      } catch {
        /* synthetic events have no active pointer */
      }
    }
    const p = this.svgPoint(e);
    const it = this.item(d.id);
    const v = invert(this.geometry, p.x, p.y, this.prepared.difficulty, this.prepared.impact);
    this.drag = { ...d, moved, difficulty: v.difficulty, impact: it?.impactComputed ? it.impact! : v.impact };
  }

  private dismissHoverTip(): boolean {
    if (this.hover === undefined || !this.hoverByPointer) return false;
    this.hoverDismissed = this.hover;
    this.hover = undefined;
    return true;
  }

  /** Closes the details; the focus goes back to the insight's bubble (or cluster) or its row in the list. */
  private closeDetails(): void {
    const id = this.selectedId;
    if (id === undefined) return;
    this.selectedId = undefined;
    void this.updateComplete.then(() => {
      if (this.view === 'matrix') {
        this.focusKey = id;
        this.focusMark();
      } else this.renderRoot.querySelector<HTMLElement>(`tr[data-id="${CSS.escape(id)}"] .row-title`)?.focus();
    });
  }

  private readonly onDetailsKey = (e: KeyboardEvent): void => {
    if (e.key !== 'Escape' || e.defaultPrevented || !this.selectedId) return;
    e.preventDefault();
    this.closeDetails();
  };

  /** Escape during a drag: the bubble goes back, nothing is saved. */
  private cancelDrag(): boolean {
    const d = this.drag;
    if (!d) return false;
    this.drag = undefined;
    if (d.moved) {
      // the release that follows must not open the bubble's details
      this.suppressClick = true;
      this.addEventListener('pointerup', () => this.holdClick(), { once: true });
    }
    return true;
  }

  /** The click that ends a drag (it follows this pointerup) does not open the bubble's details. */
  private holdClick(): void {
    this.suppressClick = true;
    setTimeout(() => (this.suppressClick = false), 0);
  }

  private onPointerUp(): void {
    const d = this.drag;
    this.drag = undefined;
    if (!d?.moved) return;
    this.holdClick();
    const it = this.item(d.id);
    if (!it) return;
    const changes: Changes = {};
    if (d.difficulty !== it.difficulty) changes.difficulty = d.difficulty;
    if (!it.impactComputed && d.impact !== it.impact) changes.impact = d.impact;
    if (!Object.keys(changes).length) return;
    this.moving = it.id;
    this.write(it.id, changes);
  }

  /** Optimistic update, PATCH (one at a time per insight), rollback with a message on failure. */
  private write(id: string, changes: Changes): void {
    const it = this.item(id);
    const url = patchUrl(id, this.src, this.writeSrc);
    if (!this.canEdit || !it || !url || it.status === 'unknown') return;
    this.notice = undefined;
    this.writes.write(it, url, changes, this.value?.items.find((x) => x.id === id));
  }

  private failed(id: string, url: string, title: string, e: CxError): void {
    const status = e instanceof HttpError ? e.status : undefined;
    // after a conflict the latest data is loaded again (from `src`; with `data` that is the host's to do)
    const reload = status === 409 && !!this.src && this.data === undefined;
    const key = reload ? 'failed409Reloading' : status === 409 ? 'failed409' : status !== undefined ? 'failedHttp' : e.kind === 'timeout' ? 'failedTimeout' : e.kind === 'network' ? 'failedNetwork' : 'failedData';
    this.notice = { key, params: { title, status: status ?? '' }, polite: reload };
    emit(this, 'cx-error', { ...errorDetail(e, url), id });
    if (reload) this.refresh();
  }

  /** The mark an event happened on (events are delegated to the marks group). */
  private markOf(e: Event): Mark | undefined {
    const el = (e.target as Element | null)?.closest?.('.mark') as SVGGElement | null;
    const key = el?.dataset.key;
    return key === undefined ? undefined : this.geometry?.marks.find((m) => m.key === key);
  }

  private readonly onMarks = {
    keydown: (e: KeyboardEvent) => {
      const m = this.markOf(e);
      if (m) this.onMarkKey(e, m);
    },
    focusin: (e: FocusEvent) => {
      const m = this.markOf(e);
      if (!m) return;
      if (this.focusKey !== m.key) this.focusKey = m.key;
      // the user moved on to another mark: the insight moved before may join its cell's cluster again
      if (this.moving !== undefined && m.key !== this.moving) this.moving = undefined;
      // the tooltip follows keyboard focus, not the focus a click leaves behind
      if (this.hover !== m.key && (e.target as Element).matches(':focus-visible')) {
        this.hover = m.key;
        this.hoverByPointer = false;
      }
    },
    focusout: (e: FocusEvent) => {
      const m = this.markOf(e);
      if (m && this.hover === m.key) this.hover = undefined;
    },
    pointerover: (e: PointerEvent) => {
      const m = this.markOf(e);
      if (m && m.key !== this.hoverDismissed && this.hover !== m.key) {
        this.hover = m.key;
        this.hoverByPointer = true;
        this.hoverDismissed = undefined;
      }
    },
    pointerout: (e: PointerEvent) => {
      const next = (e.relatedTarget as Element | null)?.closest?.('.mark');
      if (!next) this.hoverDismissed = undefined;
      if (!next && this.hover !== undefined) this.hover = undefined;
    },
    pointerdown: (e: PointerEvent) => {
      const m = this.markOf(e);
      if (m) this.onPointerDown(e, m);
    },
    click: (e: MouseEvent) => {
      const m = this.markOf(e);
      if (m && !this.suppressClick) this.activate(m);
    },
  };

  // ── public methods ─────────────────────────────────────────────────────

  /** Clears search and filters. */
  clearFilters(): void {
    this.filters = {};
  }

  // ── render ─────────────────────────────────────────────────────────────

  protected override renderValue(): TemplateResult {
    return (this.renderCache ??= this.renderFresh());
  }

  private renderFresh(): TemplateResult {
    const p = this.prepared!;
    const ctx = this.ctx();
    const { t } = this;
    const wide = this.usedWidth >= WIDE;
    const narrow = this.usedWidth < 560;
    const s = this.summary!;
    const all = this.summaryAll!;
    const leftOut = p.items.length - all.placed;
    const selected = this.item(this.selectedId);
    const nFilters = activeFilterCount(this.filters);
    return html`<div class="base ${wide ? 'wide' : ''} ${narrow ? 'narrow' : ''}" part="base">
      ${this.renderToolbar(narrow, nFilters)}
      ${this.chromeLater ? nothing : !narrow || this.filtersOpen || nFilters ? this.renderFilters(narrow && !this.filtersOpen && nFilters > 0) : nothing}
      <p class="summary" id="summary">
        <span>${t('summary', { n: plural(ctx, 'insights', s.total), quick: plural(ctx, 'quickWins', s.byQuadrant['quick-win'].n), quickDone: this.fmt.number(s.byQuadrant['quick-win'].done) })}</span>
        <span class="muted">${t('summaryDetail', { bets: plural(ctx, 'bigBets', s.byQuadrant['big-bet'].n), fills: plural(ctx, 'fillIns', s.byQuadrant['fill-in'].n), pits: plural(ctx, 'moneyPits', s.byQuadrant['money-pit'].n) })}</span>
        ${nFilters ? html`<span class="muted">${t('showing', { n: this.fmt.number(this.visible.length), total: this.fmt.number(p.items.length) })}</span>` : nothing}
      </p>
      <p class="sr-only" role="status" aria-live="polite">${nFilters ? t('showing', { n: this.visible.length, total: p.items.length }) : ''}</p>
      ${this.notice && !this.notice.polite ? this.renderNotice(this.notice, 'alert') : nothing}
      <div class="notice-live" role="status" aria-live="polite">${this.notice?.polite ? this.renderNotice(this.notice) : nothing}</div>
      <div class="layout">
        <div class="main">
          ${this.view === 'matrix' ? this.renderMatrix(ctx) : table(ctx, sortItems(this.visible, this.sortKey, this.sortDir), { sortKey: this.sortKey, sortDir: this.sortDir, limit: this.rowLimit, selectedId: this.selectedId }, {
            sort: (key) => {
              this.sortDir = this.sortKey === key && this.sortDir === 'asc' ? 'desc' : 'asc';
              this.sortKey = key;
            },
            select: (id) => this.select(id),
            more: () => (this.rowLimit += 100),
          })}
          ${this.view === 'matrix' && !this.chromeLater ? legend(ctx) : nothing}
          ${p.computed.size ? html`<p class="note">◆ ${t('computedNote', { n: this.fmt.number(p.computed.size) })}</p>` : nothing}
          ${leftOut && this.view === 'matrix'
            ? html`<p class="note">⚠ ${t('summaryLeftOut', { n: this.fmt.number(leftOut) })}
                <button class="link" type="button" @click=${() => (this.view = 'list')}>${t('list')}</button></p>`
            : nothing}
        </div>
        ${(wide || selected) && !this.chromeLater
          ? html`<aside class="details" part="details" aria-label=${t('details')} @keydown=${this.onDetailsKey}>
              ${details(ctx, selected, !!selected && this.writes.saving(selected.id), {
                close: () => this.closeDetails(),
                patch: (id, changes) => this.write(id, changes),
              })}
            </aside>`
          : nothing}
      </div>
    </div>`;
  }

  private renderNotice(n: Notice, role?: 'alert'): TemplateResult {
    return html`<div class="notice" part="notice" role=${role ?? nothing}>
      <span>${this.t(n.key, n.params)}</span>
      <button class="icon-button" type="button" aria-label=${this.t('dismiss')} @click=${() => (this.notice = undefined)}>✕</button>
    </div>`;
  }

  private renderToolbar(narrow: boolean, nFilters: number): TemplateResult {
    const { t } = this;
    const seg = <V extends string>(label: string, current: V, options: [V, string][], set: (v: V) => void) =>
      html`<div class="seg" role="group" aria-label=${label}>
        ${options.map(([v, text]) => html`<button type="button" aria-pressed=${current === v ? 'true' : 'false'} @click=${() => set(v)}>${text}</button>`)}
      </div>`;
    return html`<div class="toolbar" part="toolbar">
      <label class="search">
        <span class="sr-only">${t('search')}</span>
        <span class="search-icon" aria-hidden="true">⌕</span>
        <input type="search" .value=${this.filters.query ?? ''} placeholder=${t('searchPlaceholder')}
          @input=${(e: Event) => this.setFilter('query', (e.target as HTMLInputElement).value)} />
      </label>
      ${seg(t('view'), this.view, [['matrix', t('matrix')], ['list', t('list')]], (v) => (this.view = v))}
      ${this.view === 'matrix' ? seg(t('colorBy'), this.colorBy === 'category' ? 'category' : 'status', [['status', t('status')], ['category', t('category')]], (v) => (this.colorBy = v)) : nothing}
      ${narrow
        ? html`<button class="cx-button" type="button" aria-expanded=${this.filtersOpen ? 'true' : 'false'} aria-controls="filters" @click=${() => (this.filtersOpen = !this.filtersOpen)}>
            ${nFilters ? t('filtersActive', { n: nFilters }) : t('filters')}
          </button>`
        : nothing}
      ${this.canEdit ? html`<span class="edit-note">${t('editableNote')}</span>` : nothing}
    </div>`;
  }

  private renderFilters(collapsedActive: boolean): TemplateResult {
    const p = this.prepared!;
    const { t } = this;
    const ctx = this.ctx();
    const select = (key: keyof Filters, label: string, options: [string, string][]) => html`<label class="filter">
      <span>${label}</span>
      <select .value=${this.filters[key] ?? ''} @change=${(e: Event) => this.setFilter(key, (e.target as HTMLSelectElement).value)}>
        <option value="" ?selected=${!this.filters[key]}>${t('all')}</option>
        ${options.map(([v, text]) => html`<option value=${v} ?selected=${this.filters[key] === v}>${text}</option>`)}
      </select>
    </label>`;
    const statuses = [...STATUSES, ...(p.items.some((it) => it.status === 'unknown') ? (['unknown'] as const) : [])];
    return html`<div class="filters" id="filters" part="filters" ?hidden=${collapsedActive}>
      ${select('status', t('status'), statuses.map((s) => [s, t(s)]))}
      ${p.categories.length ? select('category', t('category'), p.categories.map((c) => [c, c])) : nothing}
      ${p.owners.length ? select('owner', t('owner'), p.owners.map((o) => [o, o])) : nothing}
      ${p.touchpoints.length ? select('touchpoint', t('touchpoint'), p.touchpoints.map((id) => [id, ctx.touchpointName(id)])) : nothing}
      ${p.stages.length ? select('stage', t('stage'), p.stages.map((id) => [id, ctx.stageName(id)])) : nothing}
      ${activeFilterCount(this.filters) ? html`<button class="link" type="button" @click=${() => this.clearFilters()}>${t('clearFilters')}</button>` : nothing}
    </div>`;
  }

  private renderMatrix(ctx: ViewContext): TemplateResult {
    const g = this.geometry!;
    const p = this.prepared!;
    const { t, fmt } = this;
    const focusKey = g.marks.some((m) => m.key === this.focusKey) ? this.focusKey : g.marks[0]?.key;
    const dLabel = p.difficulty.label ?? t('difficulty');
    const iLabel = p.impact.label ?? t('impact');
    const counts = this.summary!.byQuadrant;
    const hovered = g.marks.find((m) => m.key === this.hover);
    const drag = this.drag?.moved ? this.drag : undefined;
    const dragItem = drag && this.item(drag.id);
    const ghost = drag && cellCentre(g, drag.difficulty, drag.impact, p.difficulty, p.impact);
    return html`<div class="chart-wrap">
      ${g.zoom
        ? html`<div class="zoom-bar">
            <button class="cx-button" type="button" @click=${() => this.zoomOut()}>← ${t('zoomOut')}</button>
            <span>${t('zoomTitle', { d: rating(fmt, g.zoom.difficulty), i: rating(fmt, g.zoom.impact), quadrant: t(g.quadrants[0]!.quadrant), n: fmt.number(g.marks.length) })}</span>
          </div>`
        : nothing}
      <div class="svg-wrap">
      <svg class="chart" part="chart" width=${g.width} height=${g.height} viewBox=${`0 0 ${g.width} ${g.height}`}
        role="group" aria-label=${t('name')} aria-describedby="summary hint"
        @pointermove=${(e: PointerEvent) => this.onPointerMove(e)} @pointerup=${() => this.onPointerUp()} @pointercancel=${() => (this.drag = undefined)}>
        <g class="quadrants" aria-hidden="true">
          ${g.quadrants.map((q) => svg`<rect class=${`q q-${q.quadrant}`} x=${q.x} y=${q.y} width=${Math.max(0, q.width)} height=${Math.max(0, q.height)}></rect>`)}
          ${g.zoom ? nothing : g.xTicks.slice(1).map((tk) => svg`<line class="cell-line" x1=${tk.x - g.cellWidth / 2} x2=${tk.x - g.cellWidth / 2} y1=${g.plot.y} y2=${g.plot.y + g.plot.height}></line>`)}
          ${g.zoom ? nothing : g.yTicks.slice(1).map((tk) => svg`<line class="cell-line" y1=${tk.y + g.cellHeight / 2} y2=${tk.y + g.cellHeight / 2} x1=${g.plot.x} x2=${g.plot.x + g.plot.width}></line>`)}
          ${g.splitX !== undefined ? svg`<line class="split" x1=${g.splitX} x2=${g.splitX} y1=${g.plot.y} y2=${g.plot.y + g.plot.height}></line>` : nothing}
          ${g.splitY !== undefined ? svg`<line class="split" y1=${g.splitY} y2=${g.splitY} x1=${g.plot.x} x2=${g.plot.x + g.plot.width}></line>` : nothing}
          ${g.quadrants.map((q) => {
            const rightSide = q.quadrant === 'big-bet' || q.quadrant === 'money-pit';
            const bottomSide = q.quadrant === 'fill-in' || q.quadrant === 'money-pit';
            const name = t(q.quadrant);
            const count = g.zoom ? '' : fmt.number(counts[q.quadrant].n);
            // uppercase 11 px text is about 7.6 px a character; narrow quadrants get the small sentence-case label
            const small = (name.length + count.length + 1) * 7.6 > q.width - 12;
            return svg`<text class=${small ? 'q-label small' : 'q-label'} x=${rightSide ? q.x + q.width - 6 : q.x + 6} y=${bottomSide ? q.y + q.height - 6 : q.y + 14}
              text-anchor=${rightSide ? 'end' : 'start'}>${name}${count ? svg`<tspan class="q-count" dx="5">${count}</tspan>` : nothing}</text>`;
          })}
        </g>
        <g class="axes" aria-hidden="true">
          ${g.xTicks.map((tk) => svg`<text class="tick" x=${tk.x} y=${g.plot.y + g.plot.height + 16} text-anchor="middle">${rating(fmt, tk.value)}</text>`)}
          ${g.yTicks.map((tk) => svg`<text class="tick" x=${g.plot.x - 8} y=${tk.y + 4} text-anchor="end">${rating(fmt, tk.value)}</text>`)}
          <text class="axis-title" x=${g.plot.x + g.plot.width / 2} y=${g.height - 6} text-anchor="middle">${dLabel} →</text>
          <text class="axis-title" transform=${`translate(14 ${g.plot.y + g.plot.height / 2}) rotate(-90)`} text-anchor="middle">${iLabel} →</text>
        </g>
        <g class="marks" tabindex="-1" @keydown=${this.onMarks.keydown} @focusin=${this.onMarks.focusin} @focusout=${this.onMarks.focusout}
          @pointerover=${this.onMarks.pointerover} @pointerout=${this.onMarks.pointerout} @pointerdown=${this.onMarks.pointerdown} @click=${this.onMarks.click}>
          ${repeat(this.markLimit < g.marks.length ? g.marks.slice(0, this.markLimit) : g.marks, (m) => m.key, (m) => this.renderMark(ctx, m, m.key === focusKey))}
        </g>
        ${ghost && dragItem
          ? svg`<g class="ghost" transform=${`translate(${ghost.x} ${ghost.y})`} aria-hidden="true">
              <circle r=${Math.max(10, Math.min(g.cellWidth, g.cellHeight) / 2 - 4)}></circle>
              <text y=${-Math.max(10, Math.min(g.cellWidth, g.cellHeight) / 2 - 4) - 6} text-anchor="middle">${t('dragTo', { d: rating(fmt, drag.difficulty), i: rating(fmt, drag.impact) })}</text>
            </g>`
          : nothing}
      </svg>
      ${!this.visible.length ? html`<div class="no-match" role="status"><span>${t('noMatch')}</span>
          <button class="cx-button" type="button" @click=${() => this.clearFilters()}>${t('clearFilters')}</button></div>` : nothing}
      ${hovered && !drag && hovered.key !== this.selectedId ? tooltip(ctx, hovered, g) : nothing}
      </div>
      <p class="sr-only" id="hint">${this.canEdit ? t('moveHintEdit') : t('moveHint')}</p>
    </div>`;
  }

  private renderMark(ctx: ViewContext, m: Mark, tabbable: boolean) {
    const selected = m.kind === 'bubble' && m.item.id === this.selectedId;
    const dragging = this.drag?.id === m.key;
    const draggable = this.canEdit && m.kind === 'bubble' && !this.zoom;
    const saving = m.kind === 'bubble' && this.writes.saving(m.key);
    const sig = `${tabbable}|${selected}|${dragging}|${draggable}|${saving}|${ctx.colorBy}|${this.resolvedLocale}`;
    const hit = this.markCache.get(m);
    if (hit?.sig === sig) return hit.tpl;
    const tpl = svg`<g class=${`mark ${m.kind}${selected ? ' selected' : ''}${dragging ? ' dragging' : ''}${draggable ? ' draggable' : ''}`}
      data-key=${m.key} transform=${`translate(${m.x.toFixed(1)} ${m.y.toFixed(1)})`}
      tabindex=${tabbable ? 0 : -1} role="button" aria-label=${this.markLabel(m)} aria-pressed=${m.kind === 'bubble' ? (selected ? 'true' : 'false') : nothing}>
      ${m.kind === 'cluster' ? clusterGlyph(ctx, m) : glyph(ctx, m.item, m.r)}
      ${saving ? svg`<circle class="saving-ring" r=${m.r * 1.3 + 2}></circle>` : nothing}
      ${tabbable || selected ? svg`<circle class="ring" r=${m.kind === 'cluster' ? m.r + 4 : m.r * 1.3 + 4}></circle>` : nothing}
    </g>`;
    this.markCache.set(m, { sig, tpl });
    return tpl;
  }

}


import { html, noChange, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { cssProps } from '../../core/css-props.js';
import { CxElement } from '../../core/base-element.js';
import { emit } from '../../core/events.js';
import { coreStrings, makeTranslator, plural } from '../../core/i18n.js';
import { baseStyles, themeTokens } from '../../core/theme.js';
import { type LiveMessage, type LiveSubscription, subscribe } from '../../data/live.js';
import type { Metric, NpsCounts } from '../../data/schemas/common.js';
import { FeedbackEvent } from '../../data/schemas/live.js';
import { ScoreSeries } from '../../data/schemas/score.js';
import { hasMargin, METRIC_SCALE } from '../../stats/index.js';
import { sparkline } from './layout.js';
import { addAnswer, type Issue, type Point, scoreModel, type ScoreModel, type Status } from './model.js';
import { later } from './slots.js';
import { strings } from './strings.js';
import { ThresholdWatch } from './threshold.js';
import { styles } from './touchpoint-score.styles.js';

/** How the card subscribes to `live-src`: the kit's shared SSE client by default. */
export type LiveConnect = typeof subscribe;

/** The sparkline's viewBox height (its width is 100: x values are percent). */
const SPARK_H = 40;
const english = makeTranslator('en', [strings, coreStrings]);
/** A status or warning icon (drawn by CSS): decorative, text always says the same. */
const icon = (kind: string) => html`<i class="ico" data-kind=${kind} aria-hidden="true"></i>`;
/** A number attribute; an empty one (`target=""`) means unset, not 0. */
const optionalNumber = { fromAttribute: (v: string | null) => (v === null || v.trim() === '' ? undefined : Number(v)) };
/** Places an absolutely positioned mark by percent of its box. */
const at = (left: number, top?: number) => cssProps({ left: `${left}%`, top: top === undefined ? undefined : `${top}%` });

/**
 * The KPI card a CRM admin drops next to a record: one touchpoint's or
 * journey's NPS, CSAT or CES with its target status, the change vs. the
 * previous period and its significance, sample size and 95 % margin of error,
 * a sparkline, the internal audit next to the customers' view, live updates
 * and a threshold signal for the closed loop.
 *
 * @tagname touchpoint-score
 * @summary One touchpoint's KPI, honest about its statistics, and the trigger of the closed loop.
 *
 * @event cx-touchpoint-select - The user clicked the card (or pressed Enter/Space on it). `detail`: `{ seriesId, touchpointId?, journeyId?, metric }`.
 * @event cx-threshold - The score crossed into `missed` (on data arrival or a live answer; once per crossing). `detail`: `{ seriesId, touchpointId?, journeyId?, metric, value, target, period, start }` (`period`: the period's label from the data, else its start date; `value` unrounded).
 * @event cx-error - Loading or validation failed, or the data is inconsistent (`kind: 'data'`) or an attribute is unusable (`kind: 'config'`).
 *
 * @csspart base - The card (or the chip in `size="compact"`).
 * @csspart name - The series name; the card's select button.
 * @csspart value - The number.
 * @csspart change - The change vs. the previous period.
 * @csspart status - The target status.
 * @csspart trend - The sparkline.
 * @csspart table - The table view of the periods.
 * @csspart audit - Customers vs. internal audit.
 * @csspart explanation - The popover explaining the computation.
 * @csspart issues - Messages about the data.
 * @csspart footer - Sample size, margin of error, period and the buttons.
 * @csspart loading - Shown until the first data (in `size="compact"` a chip); also `empty` and `error`.
 *
 * @cssproperty --cx-score-value-size - Font size of the number (default scales with the card width).
 * @cssproperty --cx-score-spark-height - Height of the sparkline (default 40px; in `size="wide"` at least 72px, as tall as the figures beside it).
 *
 * @cssstate loading - Waiting for the first data.
 * @cssstate ready - Showing data.
 * @cssstate empty - The series has no periods.
 * @cssstate error - Loading or validation failed.
 * @cssstate stale - Showing saved data because a refresh failed.
 * @cssstate narrow - The card is narrower than 210 px (tighter spacing, smaller number).
 * @cssstate unrendered - Connected, first render still queued: the card holds 260 px of height meanwhile (not the chip).
 */
export class TouchpointScore extends CxElement<ScoreSeries> {
  static override styles = [themeTokens, baseStyles, styles];
  static override strings = strings;

  /** One observer for every card: marks cards narrower than 210 px (`:state(narrow)`). */
  private static readonly widths =
    typeof ResizeObserver === 'undefined'
      ? undefined
      : new ResizeObserver((entries) => {
          // applied in a later task: changing the size inside the callback would loop the observer
          for (const e of entries) later(() => (e.target as TouchpointScore).markNarrow(e.contentRect.width > 0 && e.contentRect.width < 210));
        });

  private readonly watch = new ThresholdWatch();
  private subscription?: LiveSubscription;
  private model?: ScoreModel;
  private pending: (() => void)[] = [];
  private reported = '';
  private modelLocale = '';
  /** Something shown changed since the last render (an update of the data controller alone redraws nothing). */
  private dirty = true;

  /** Live answers added to the newest period since the data arrived. */
  @state() private extra?: NpsCounts;
  @state() private paused = false;
  @state() private announcement = '';
  /** The sparkline period read by keyboard. */
  @state() private active?: number;
  @state() private table = false;
  /** The explanation popover is open. */
  @state() private explain = false;

  /** `nps`, `csat` or `ces`. */
  @property({ reflect: true }) metric: Metric = 'nps';

  /** `compact` (a chip for a table cell or record header), unset (the card) or `wide`. */
  @property({ reflect: true }) size?: 'compact' | 'wide';

  /** Target on the metric's scale; overrides the data's target for this metric. */
  @property({ converter: optionalNumber }) target?: number;

  /** Below this (and at or above the target) the status is "at risk"; overrides the data's `warnBelow`. */
  @property({ converter: optionalNumber, attribute: 'warn-below' }) warnBelow?: number;

  /** URL of a live feedback stream (SSE, `event: feedback`); each matching answer updates the NPS (a CSAT or CES card does not subscribe: the answers are recommendation scores). */
  @property({ attribute: 'live-src' }) liveSrc?: string;

  /** Subscribes to `live-src`; replace it to feed answers from the host's own transport. */
  @property({ attribute: false }) liveConnect: LiveConnect = subscribe;

  constructor() {
    super();
    // The card lays itself out with CSS (a percent-based sparkline, a container
    // query for `wide`, one shared observer for the narrow state): it needs no
    // measured size, so it spares a hundred cards a ResizeObserver each.
    this.removeController(this.box);
  }

  /** The first render waits for a short task of its own (see slots.ts); later updates are immediate. */
  protected override scheduleUpdate(): void | Promise<unknown> {
    if (this.hasUpdated) return super.scheduleUpdate();
    return new Promise<void>((resolve) =>
      later(() => {
        try {
          void super.scheduleUpdate();
        } finally {
          resolve();
        }
      }),
    );
  }

  protected override get schema() {
    return ScoreSeries;
  }

  protected override isEmpty(value: ScoreSeries): boolean {
    return value.periods.length === 0;
  }

  override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    const c = changed as PropertyValues;
    if (c.has('value')) {
      this.extra = undefined; // fresh data already holds what arrived live
      this.reported = '';
      this.active = undefined;
    }
    const relabel = this.fmt.locale !== this.modelLocale;
    this.dirty ||= relabel || c.size > 0;
    this.modelLocale = this.fmt.locale;
    if (!relabel && !['value', 'metric', 'target', 'warnBelow', 'extra'].some((k) => c.has(k))) return;
    const value = this.value;
    const before = this.model?.status;
    const model = value && this.computeModel(value);
    this.model = model;
    if (!value || !model) return;
    const crossed = this.watch.next(`${value.id}|${model.metric}`, model.status);
    const current = model.current;
    if (crossed && current && (c.has('value') || c.has('extra'))) {
      const p = value.periods[current.index];
      const detail = {
        seriesId: value.id,
        touchpointId: value.touchpointId,
        journeyId: value.journeyId,
        metric: model.metric,
        value: current.stat.value,
        target: model.target,
        period: p?.label ?? p?.start,
        start: p?.start,
      };
      this.pending.push(() => emit(this, 'cx-threshold', detail));
    }
    if (c.has('extra') && this.extra && current) {
      const status = model.status;
      // a new status (into or out of "missed") is the news: said with the figures, not left to the eye
      this.announcement = `${this.t('liveNow', { metric: this.t(model.metric), v: this.num(current.stat.value), ...this.answers(current.stat.n) })}${
        status && status !== before ? `. ${this.statusPhrase(model, status)}` : ''
      }`;
    }
    const wrong = model.issues.filter((i) => i.wrong);
    const signature = wrong.map((i) => `${i.code}@${i.path}`).join();
    if (signature !== this.reported) {
      this.reported = signature;
      if (wrong.length) this.pending.push(() => this.reportIssues(wrong));
    }
  }

  override updated(changed: PropertyValues<this>): void {
    super.updated(changed);
    const c = changed as PropertyValues;
    if (c.has('liveSrc') || c.has('liveConnect') || c.has('metric')) this.connectLive();
    for (const fire of this.pending.splice(0)) fire();
  }

  override connectedCallback(): void {
    super.connectedCallback();
    // Until its first render the card holds its usual height, so the browser
    // can tell at once which cards are off screen (content-visibility: auto)
    // and skip laying them out while they are drawn.
    if (!this.hasUpdated) this.toggleState('unrendered', true);
    TouchpointScore.widths?.observe(this);
    if (this.hasUpdated) this.connectLive();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    TouchpointScore.widths?.unobserve(this);
    this.subscription?.close();
    this.subscription = undefined;
  }

  override firstUpdated(): void {
    this.toggleState('unrendered', false);
  }

  private markNarrow(narrow: boolean): void {
    this.toggleState('narrow', narrow);
  }

  private computeModel(value: ScoreSeries): ScoreModel {
    const metric = this.metric;
    if (!Object.hasOwn(METRIC_SCALE, metric)) {
      return { metric, digits: 1, trend: [], rows: [], issues: [{ code: 'unknownMetric', path: 'metric', wrong: true, values: { metric } }] };
    }
    // a period is named by its start date as written (a date-only start is midnight UTC: local time would name the day before west of UTC)
    const dateLabel = (d: string) => this.fmt.date(d.slice(0, 10), { dateStyle: 'medium', timeZone: 'UTC' });
    return scoreModel(value, metric, { target: this.target, warnBelow: this.warnBelow, extra: this.extra, dateLabel });
  }

  private reportIssues(wrong: Issue[]): void {
    const problems = wrong.map((i) => ({ path: i.path, message: this.issueText(i, true) }));
    const first = problems[0]!;
    emit(this, 'cx-error', {
      kind: wrong.every((i) => ['target', 'warn-below', 'metric'].includes(i.path)) ? 'config' : 'data',
      message: `${first.path}: ${first.message}${problems.length > 1 ? ` (and ${problems.length - 1} more)` : ''}`,
      path: first.path,
      problems,
      ...(this.src && this.data === undefined ? { src: this.src } : {}),
    });
  }

  private connectLive(): void {
    this.subscription?.close();
    this.subscription = undefined;
    this.paused = false;
    if (this.liveSrc && this.isConnected && this.takesLive) this.subscription = this.liveConnect(this.liveSrc, (m) => this.receive(m), { types: ['feedback'] });
  }

  /** Live answers are 0–10 recommendation scores: they move an NPS, never a CSAT or CES (no badge, no subscription). */
  private get takesLive(): boolean {
    return this.metric === 'nps';
  }

  private receive(message: LiveMessage): void {
    const series = this.value;
    const parsed = FeedbackEvent.safeParse(message.data);
    if (!series || !parsed.success) return;
    const e = parsed.data;
    // An answer counts for its touchpoint's series, its own series, or — for a
    // journey-level series without a touchpoint — every answer of the journey.
    const tp = series.touchpointId;
    if ((tp !== undefined ? e.touchpointId === tp : series.journeyId !== undefined && e.journeyId === series.journeyId) || e.seriesId === series.id) {
      this.extra = addAnswer(this.extra, e.score);
    }
  }

  private togglePause(): void {
    const s = this.subscription;
    if (!s) return;
    if (s.paused) s.resume();
    else s.pause();
    this.paused = s.paused;
  }

  private select(): void {
    const v = this.value;
    if (v) emit(this, 'cx-touchpoint-select', { seriesId: v.id, touchpointId: v.touchpointId, journeyId: v.journeyId, metric: this.model?.metric ?? this.metric });
  }

  private onTrendKey(e: KeyboardEvent): void {
    const k = this.model?.trend.length ?? 0;
    const i = this.active ?? k;
    const next = { ArrowLeft: i - 1, ArrowRight: i + 1, Home: 0, End: k - 1 }[e.key];
    if (next === undefined || !k) return;
    e.preventDefault();
    this.active = Math.max(0, Math.min(k - 1, next));
  }

  /** The metric's short name; an unknown `metric` attribute is shown as written (never looked up as a string key). */
  private metricName(metric: string, t = this.t): string {
    return Object.hasOwn(METRIC_SCALE, metric) ? t(metric) : metric;
  }

  /** A count of answers for a string: `answers` in the locale's plural form ("1 answer", "7 answers"), and `n` alone (overrides written for `{n}`). */
  private answers(n: number): { answers: string; n: string } {
    return { answers: plural({ t: this.t, fmt: this.fmt }, 'answers', n), n: this.fmt.number(n) };
  }

  private num(v: number | undefined): string {
    return this.fmt.number(v, this.model?.digits ?? 1);
  }

  /** The target status in words, for screen readers: "Target 40.0: at risk". */
  private statusPhrase(m: ScoreModel, status: Status): string {
    return `${this.t('target', { v: this.num(m.target) })}: ${this.t(status)}`;
  }

  /** The margin of error as shown, or that there is none (see `hasMargin`). */
  private moeText(stat: { se: number; moe: number }): string {
    return hasMargin(stat) ? this.t('moe', { m: this.num(stat.moe) }) : this.t('moeNone');
  }

  private issueText(i: Issue, inEnglish = false): string {
    const t = inEnglish ? english : this.t;
    const values: Record<string, string> = {};
    for (const [k, v] of Object.entries(i.values ?? {})) {
      values[k] = k === 'metric' ? this.metricName(String(v), t) : typeof v === 'string' || inEnglish ? String(v) : this.fmt.number(v, Number.isInteger(v) ? 0 : 2);
    }
    return t(i.code, values);
  }

  /** One sentence for screen readers: the name, the figures, the status, the change and any issue. */
  private summary(name: string, m: ScoreModel, metric: string, value: string): string {
    const c = m.current;
    let out = c
      ? this.t('summary', { name, metric, v: value, p: c.label, ...this.answers(c.stat.n), moe: this.moeText(c.stat) })
      : `${name}: ${metric} –.`;
    if (c?.stat.small) out += ` ${this.t('smallSample')}.`;
    if (m.status) out += ` ${this.statusPhrase(m, m.status)}.`;
    const d = m.change?.delta;
    if (c) {
      const size = this.num(d === undefined ? 0 : Math.abs(d));
      out += ` ${
        d === undefined || !m.previous
          ? this.t('noPrev')
          : `${size === this.num(0) ? this.t('same') : this.t(d > 0 ? 'up' : 'down', { d: size })} ${this.t('vs', { p: m.previous.label })}, ${this.t(m.change!.significant ? 'sig' : 'notSig')}`
      }.`;
    }
    for (const i of m.issues) out += ` ${this.issueText(i)}`;
    if (this.viewState === 'stale') out += ` ${this.t('staleNoAge')}`;
    return out;
  }

  /** Drawn only while the popover is open: a closed card carries no hidden text. */
  private renderExplanation(m: ScoreModel, c: Point): TemplateResult {
    const t = this.t;
    return html`<strong>${t('how')}</strong>
      <p>${t({ nps: 'howNps', csat: 'howCsat', ces: 'howCes' }[m.metric], { ...this.answers(c.stat.n), p: c.label, top: this.fmt.percent(c.topTwo) })}</p>
      <p>${hasMargin(c.stat) ? t('howMoe', { m: this.num(c.stat.moe) }) : t('howMoeNone')}</p>
      ${m.change && m.previous ? html`<p>${t('howDiff', { q: m.previous.label, pv: this.fmt.number(m.change.p, m.change.p < 0.001 ? 4 : 3) })}</p>` : nothing}
      ${m.target === undefined ? nothing : html`<p>${t(m.warnBelow === undefined ? 'howTarget' : 'howStatus', { v: this.num(m.target), w: this.num(m.warnBelow) })}</p>`}`;
  }

  private renderTrend(m: ScoreModel): TemplateResult | typeof nothing {
    const k = m.trend.length;
    if (k < 2) return nothing;
    if (this.table) return this.renderTable(m);
    const g = sparkline(m.trend, { width: 100, height: SPARK_H, inset: 5 }, m.target);
    const last = g.points[g.points.length - 1];
    const dot = last ? `M${last.x},${last.y}h0` : '';
    const row = this.active === undefined ? undefined : m.rows[this.active];
    const focus = row && g.points.find((p) => p.index === this.active);
    return html`<div class="trend" part="trend" tabindex="0" role="group" aria-label=${this.t('trend', { k })} @keydown=${this.onTrendKey} @blur=${() => (this.active = undefined)}
        ><svg viewBox="0 0 100 ${SPARK_H}" preserveAspectRatio="none" aria-hidden="true"
          ><path class="area" d=${g.area}></path><path class="goal" d=${g.targetY === undefined ? '' : `M0,${g.targetY}H100`}></path><path class="line" d=${g.line}></path
          ><path class="ring" d=${dot}></path><path class="dot" d=${dot}></path></svg
        >${focus ? html`<span class="dot focus" ${at(focus.x, (focus.y / SPARK_H) * 100)}></span>` : nothing}</div
      ><div class="axis" aria-live="polite">${row
        ? html`<span>${row.label}: <b>${this.num(row.stat?.value)}</b> · n = ${this.fmt.number(row.stat?.n ?? 0)}</span>`
        : html`<span>${m.rows[0]!.label}</span> ${g.targetY === undefined ? nothing : html`<span class="leg">${this.num(m.target)}</span>`} <span>${m.rows[k - 1]!.label}</span>`}</div>`;
  }

  private renderTable(m: ScoreModel): TemplateResult {
    const t = this.t;
    return html`<div class="scroll" part="table" tabindex="0" role="region" aria-label=${t('table')}>
      <table>
        <thead><tr><th scope="col">${t('period')}</th><th scope="col">${t(m.metric)}</th><th scope="col">n</th><th scope="col">± 95 %</th></tr></thead>
        <tbody>
          ${[...m.rows].reverse().map(
            (r) => html`<tr>
                <th scope="row">${r.label}</th>
                <td>${this.num(r.stat?.value)}</td>
                <td>${this.fmt.number(r.stat?.n ?? 0)}</td>
                <td>${r.stat && !hasMargin(r.stat) ? '–' : this.num(r.stat?.moe)}</td>
              </tr>`,
          )}
        </tbody>
      </table>
    </div>`;
  }

  private renderAudit(m: ScoreModel, c: Point): TemplateResult | typeof nothing {
    const a = m.audit;
    if (!a) return nothing;
    const { min, max } = METRIC_SCALE[m.metric];
    const x = (v: number) => ((v - min) / (max - min)) * 100;
    return html`<div class="audit" part="audit"
      ><span><i class="mk"></i>${this.t('customers')} <b>${this.num(c.stat.value)}</b></span> <span><i class="mk aud"></i>${this.t('audit')} <b
          >${this.num(a.value)}</b
        ></span>
      <span class="gap">${this.t('gap', { d: this.fmt.signed(c.stat.value - a.value, m.digits) })}</span
      ><span class="bar"><i class="mk" ${at(x(c.stat.value))}></i><i class="mk aud" ${at(x(a.value))}></i></span
      >${a.note ? html` <span class="note">${a.note}</span>` : nothing}</div
    >`;
  }

  private renderLive(): TemplateResult | typeof nothing {
    if (!this.liveSrc || !this.takesLive) return nothing;
    const p = this.paused;
    return html`<span class="live" data-paused=${p}><i></i>${this.t(p ? 'paused' : 'live')}</span
      ><button class="tool" type="button" aria-label=${this.t(p ? 'resume' : 'pause')} @click=${this.togglePause}><span aria-hidden="true">${p ? '▶' : '❚❚'}</span></button
      ><span class="sr-only" aria-live="polite">${this.announcement}</span>`;
  }

  /** "Try again" beside the chip (a failed or stale `src`); the card has the core's button in its status box or banner. */
  private renderRetry(): TemplateResult | typeof nothing {
    return this.src && this.data === undefined
      ? html`<button class="tool" type="button" aria-label=${this.t('retry')} @click=${() => this.refresh()}><span aria-hidden="true">↻</span></button>`
      : nothing;
  }

  /** The chip stays a chip while loading, empty or failed: the card's status box would burst a table row or a record header. */
  protected override renderStatus(): TemplateResult {
    if (this.size !== 'compact') return super.renderStatus();
    const kind = this.viewState === 'error' && this.failure ? 'error' : this.viewState === 'empty' || (this.src === undefined && this.data === undefined) ? 'empty' : 'loading';
    return html`<span class="chip" part=${kind} role=${kind === 'error' ? 'alert' : 'status'}
        >${kind === 'loading' ? html`<i class="cx-spinner" aria-hidden="true"></i>` : kind === 'error' ? icon('warn') : nothing}<span class="metric"
          >${this.metricName(this.metric)}</span
        > <span class="msg">${this.t(kind)}</span>${kind === 'error' ? html` <span class="sr-only">${this.failure!.message}</span>${this.renderRetry()}` : nothing}</span
      >`;
  }

  /** The chip has no room for the stale banner: it says so in its description, with a dashed border and "Try again" beside it. */
  protected override renderBanners(): TemplateResult | typeof nothing {
    return this.size === 'compact' ? nothing : super.renderBanners();
  }

  /** The card: the first update of the data controller alone (no new figures) draws nothing again. */
  override render() {
    if (this.hasUpdated && !this.dirty) return noChange as unknown as TemplateResult;
    this.dirty = false;
    return super.render();
  }

  protected override renderValue(s: ScoreSeries): TemplateResult | typeof nothing {
    const m = this.model;
    if (!m) return nothing;
    const t = this.t;
    const c = m.current;
    const metric = this.metricName(m.metric);
    const status = m.status;
    const value = c ? this.num(c.stat.value) : '–';
    const d = m.change?.delta;
    const shown = this.fmt.signed(d, m.digits);
    const dir = d === undefined ? 'none' : (['down', 'same', 'up'] as const)[this.fmt.direction(d, m.digits) + 1]!;
    const sig = m.change?.significant ? 'yes' : 'no';
    const arrow = { up: '▲', down: '▼', same: '→', none: '' }[dir];
    const summary = this.summary(s.name, m, metric, value);
    if (this.size === 'compact') {
      return html`<button class="chip" part="base" type="button" data-status=${status ?? 'none'} aria-describedby="sum" @click=${this.select}
          ><span class="sr-only">${s.name}:</span>${status ? icon(status) : m.issues.some((i) => i.wrong) ? icon('warn') : nothing}<span class="value" part="value"
            >${value}</span
          >${d === undefined ? nothing : html`<span class="delta" part="change" data-dir=${dir} data-sig=${sig}><span aria-hidden="true">${arrow}</span>${shown}</span>`}${c?.stat
            .small
            ? html`<span class="small">n ${this.fmt.number(c.stat.n)}</span>`
            : nothing}<span class="metric">${metric}</span></button
        ><span id="sum" hidden>${summary}</span>${this.renderLive()}${this.viewState === 'stale' ? this.renderRetry() : nothing}`;
    }
    // no white space between tags: a hundred cards clone no empty text nodes
    return html`<div class="card" part="base" role="group" aria-label=${`${s.name} · ${metric}`} data-status=${status ?? 'none'}
      ><p id="sum" hidden>${summary}</p
      ><div class="head"
        ><button class="name" part="name" type="button" aria-describedby="sum" @click=${this.select}>${s.name}</button
        ><span class="metric">${metric}</span
        >${c
          ? html`<button class="info" type="button" popovertarget="how" aria-label=${t('how')}>i</button
              ><div id="how" class="pop" part="explanation" popover @beforetoggle=${(e: ToggleEvent) => (this.explain = e.newState === 'open')}
                >${this.explain ? this.renderExplanation(m, c) : nothing}</div
              >`
          : nothing}</div
      >${c
        ? html`<div class="main"
              ><span class="value" part="value">${value}</span
              ><span class="change" part="change" data-dir=${dir} data-sig=${sig}
                >${d === undefined ? nothing : html`<span class="delta"><span aria-hidden="true">${arrow}</span> ${shown}</span>`}<span class="vs"
                  >${d === undefined ? t('noPrev') : `${t('vs', { p: m.previous!.label })} · ${t(sig === 'yes' ? 'sig' : 'notSig')}`}</span
                ></span
              ></div
            ><div class="side"
              >${status
                ? html`<span class="status" part="status" data-status=${status}>${icon(status)}${`${t('target', { v: this.num(m.target) })} · ${t(status)}`}</span>`
                : nothing}${c.stat.small ? html`<span class="small">${icon('warn')}${t('smallSample')}</span>` : nothing}</div
            >${this.renderTrend(m)}<div class="foot" part="footer"
              ><span class="facts">${`n = ${this.fmt.number(c.stat.n)} · ${this.moeText(c.stat)} · ${c.label}`}</span
              >${m.trend.length > 1
                ? html`<button class="tool" type="button" aria-pressed=${this.table} @click=${() => (this.table = !this.table)}>${t('table')}</button>`
                : nothing}${this.renderLive()}</div
            >${this.renderAudit(m, c)}`
        : nothing}${m.issues.length
        ? html`<ul class="issues" part="issues">${m.issues.map((i) => html`<li>${icon(i.wrong ? 'warn' : 'risk')}<span>${this.issueText(i)}</span></li>`)}</ul>`
        : nothing}</div
    >`;
  }
}

import { type CSSResultGroup, html, LitElement, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import type { CxError, Problem } from '../data/errors.js';
import type { z } from '../data/zod.js';
import { emit, errorDetail } from './events.js';
import { Formatter } from './format.js';
import { type Catalog, coreStrings, type Dictionary, type Lang, langOf, makeTranslator, resolveLocale, type Translate } from './i18n.js';
import { LangController } from './lang-controller.js';
import { ResizeController } from './resize-controller.js';
import { ResourceController, type ViewState } from './resource-controller.js';
import { baseStyles, themeTokens } from './theme.js';

/**
 * The base of every widget: data from `src` (fetched) or `data` (property,
 * wins), validated by the widget's schema; visible loading / empty / error /
 * stale states, also as custom states (`:state(loading)` …); `cx-error` with a
 * readable message and the failing path; theme, locale and strings.
 *
 * Subclasses provide `schema`, `renderValue()` and optionally `isEmpty()` and
 * `check()`; they recompute geometry in `willUpdate` after calling super.
 */
export abstract class CxElement<T> extends LitElement {
  static override styles: CSSResultGroup = [themeTokens, baseStyles];

  /** The widget's own strings, merged over the core strings. */
  static strings: Catalog = { en: {}, de: {} };

  protected internals?: ElementInternals;
  protected readonly resource = new ResourceController<T>(this, () => this.schema);
  /** The host's content size (`box.width`), tracked with a ResizeObserver. */
  protected readonly box = new ResizeController(this);
  /** Updates the widget when a `lang` attribute of the page changes (the locale is resolved again). */
  protected readonly langWatch = new LangController(this);

  /** The last good value (kept while refreshing or after a failed refresh). */
  @state() protected value?: T;
  @state() protected viewState: ViewState = 'loading';
  @state() protected failure?: CxError;
  /** Problems in otherwise usable data: shown above the widget, sent with `cx-error`. */
  @state() protected problems: readonly Problem[] = [];
  @state() private cachedAt?: number;
  /** Work after an update that `updateComplete` waits for (see `inBackground`). */
  private background?: Promise<unknown>;

  /** URL of the resource (JSON API). Ignored when `data` is set. */
  @property() src?: string;

  /** The resource as an object; validated with the same schema as `src`, and wins over it. */
  @property({ attribute: false }) data?: unknown;

  /** `light`, `dark`, or unset to follow `prefers-color-scheme`. */
  @property({ reflect: true }) theme?: 'light' | 'dark';

  /** BCP 47 locale (`de-DE`, `en-GB`); defaults to the nearest `lang` attribute. */
  @property() locale?: string;

  /** Overrides for any built-in string, by key. */
  @property({ attribute: false }) strings?: Dictionary;

  /** The resolved locale, its language and helpers; refreshed on every update. */
  protected resolvedLocale = 'en';
  protected lang_: Lang = 'en';
  protected fmt = new Formatter('en');
  protected t: Translate = makeTranslator('en', [coreStrings]);

  /** The resource schema; every widget names its own. */
  protected abstract get schema(): z.ZodMiniType<T>;

  /** Draws the validated value. */
  protected abstract renderValue(value: T): TemplateResult | typeof nothing;

  constructor() {
    super();
    try {
      this.internals = this.attachInternals();
    } catch {
      /* custom states are an enhancement */
    }
  }

  /**
   * Optional: validates the `data` property in place of the schema alone. A
   * widget returns a promise to validate a large payload in the background
   * (in slices); the current value, or the loading state, stays meanwhile.
   */
  validateData?(data: unknown): T | Promise<T>;

  /** True when the value holds nothing to draw (an empty-state message is shown instead). */
  protected isEmpty(_value: T): boolean {
    return false;
  }

  /**
   * Problems in data that passed the schema (unknown references, duplicates);
   * the widget still draws what it can. Return [] when all is well.
   */
  protected check(_value: T): Problem[] {
    return [];
  }

  override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    const locale = resolveLocale(this, this.locale);
    if (locale !== this.resolvedLocale || changed.has('strings') || !this.hasUpdated) {
      this.resolvedLocale = locale;
      this.lang_ = langOf(locale);
      this.fmt = new Formatter(locale);
      const own = (this.constructor as typeof CxElement).strings;
      this.t = makeTranslator(this.lang_, [own, coreStrings], this.strings);
    }
    if (changed.has('data')) this.resource.syncData();
    this.resource.syncSrc();
  }

  override updated(changed: PropertyValues<this>): void {
    super.updated(changed);
    if ((changed as PropertyValues).has('viewState')) this.setCustomState(this.viewState);
  }

  /** @internal ResourceHost */
  receiveValue(value: T, stale: boolean, cachedAt?: number): void {
    const problems = this.check(value);
    this.value = value;
    this.failure = undefined;
    this.cachedAt = stale ? cachedAt : undefined;
    this.viewState = stale ? 'stale' : this.isEmpty(value) ? 'empty' : 'ready';
    this.problems = problems;
    if (problems.length && !stale) {
      const first = problems[0]!;
      emit(this, 'cx-error', {
        kind: 'data',
        message: `${first.path ? `${first.path}: ` : ''}${first.message}${problems.length > 1 ? ` (and ${problems.length - 1} more)` : ''}`,
        path: first.path,
        problems: problems.map((p) => ({ ...p })),
        ...(this.src && this.data === undefined ? { src: this.src } : {}),
      });
    }
  }

  /** @internal ResourceHost */
  receiveError(error: CxError): void {
    this.failure = error;
    // With data from `data`, a bad new value replaces the old one; from `src`, the last good value stays (stale).
    if (this.data !== undefined) this.value = undefined;
    this.viewState = this.value !== undefined ? 'stale' : 'error';
    emit(this, 'cx-error', errorDetail(error, this.data === undefined ? this.src : undefined));
  }

  /** @internal ResourceHost */
  receiveLoading(newSource = false): void {
    // A value of another source (src changed) is not shown as this source's stale data.
    if (newSource) {
      this.value = undefined;
      this.failure = undefined;
      this.problems = [];
    }
    if (this.value === undefined) this.viewState = 'loading';
  }

  private setCustomState(next: ViewState): void {
    for (const s of ['loading', 'ready', 'empty', 'error', 'stale'] as const) this.toggleState(s, s === next);
  }

  /** Sets or clears a custom state (`:state(name)` in CSS); a no-op in browsers without custom states. */
  protected toggleState(name: string, on: boolean): void {
    try {
      if (on) this.internals?.states.add(name);
      else this.internals?.states.delete(name);
    } catch {
      /* older browsers: no custom states (widgets look right without them) */
    }
  }

  /**
   * Runs `job` after the current update (a large payload validated or drawn
   * in steps); `updateComplete` resolves only when it, and any job started
   * meanwhile, is done. A failing job is the widget's to report.
   */
  protected inBackground(job: Promise<unknown>): void {
    const tracked: Promise<unknown> = job
      .catch(() => undefined)
      .finally(() => {
        if (this.background === tracked) this.background = undefined;
      });
    this.background = tracked;
  }

  /** Resolves when the update and any background work (see `inBackground`) are done. */
  protected override async getUpdateComplete(): Promise<boolean> {
    let result = await super.getUpdateComplete();
    while (this.background) {
      await this.background;
      result = await super.getUpdateComplete();
    }
    return result;
  }

  /** This element's own update is done, without waiting for background work (for use inside that work). */
  protected settled(): Promise<boolean> {
    return super.getUpdateComplete();
  }

  /** Loads `src` again; the current value stays on screen until the answer arrives. */
  refresh(): void {
    this.resource.reload();
  }

  /** The state the widget shows: loading, ready, empty, error or stale. */
  get state(): ViewState {
    return this.viewState;
  }

  protected renderStatus(): TemplateResult {
    if (this.viewState === 'error' && this.failure) {
      return html`<div class="cx-status" data-kind="error" role="alert" part="error">
        <strong>${this.t('error')}</strong>
        <span class="cx-detail">${this.failure.message}</span>
        ${this.src && this.data === undefined
          ? html`<button class="cx-button cx-noprint" type="button" @click=${() => this.refresh()}>${this.t('retry')}</button>`
          : nothing}
      </div>`;
    }
    if (this.viewState === 'empty' || (this.src === undefined && this.data === undefined)) {
      return html`<div class="cx-status" data-kind="empty" part="empty" role="status">${this.t('empty')}</div>`;
    }
    return html`<div class="cx-status" data-kind="loading" part="loading" role="status" aria-live="polite">
      <span class="cx-spinner" aria-hidden="true"></span>${this.t('loading')}
    </div>`;
  }

  /** A problem as the banner shows it: in the widget's language when it has a `code` the widget's strings know, else its English message. */
  protected problemText(p: Problem): string {
    const text = p.code ? this.t(p.code, p.values) : undefined;
    return text && text !== p.code ? text : p.message;
  }

  protected renderBanners(): TemplateResult | typeof nothing {
    const stale = this.viewState === 'stale';
    if (!stale && !this.problems.length) return nothing;
    return html`${stale
      ? html`<div class="cx-banner" role="status" part="stale">
          <span>${this.cachedAt ? this.t('stale', { age: this.fmt.date(this.cachedAt, { dateStyle: 'short', timeStyle: 'short' }) }) : this.t('staleNoAge')}</span>
          ${this.src && this.data === undefined
            ? html`<button class="cx-button cx-noprint" type="button" @click=${() => this.refresh()}>${this.t('retry')}</button>`
            : nothing}
        </div>`
      : nothing}
    ${this.problems.length
      ? html`<div class="cx-banner" role="status" part="problems">
          <span>${this.t('degraded')}</span>
          <ul>
            ${this.problems.slice(0, 3).map((p) => html`<li>${p.path ? `${p.path}: ` : ''}${this.problemText(p)}</li>`)}
            ${this.problems.length > 3 ? html`<li>… +${this.problems.length - 3}</li>` : nothing}
          </ul>
        </div>`
      : nothing}`;
  }

  override render(): TemplateResult {
    const value = this.value;
    const showValue = value !== undefined && this.viewState !== 'empty';
    return html`${showValue ? this.renderBanners() : nothing}${showValue ? this.renderValue(value) : this.renderStatus()}`;
  }
}

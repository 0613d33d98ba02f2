import { html, nothing, type TemplateResult } from 'lit';
import { cache } from 'lit/directives/cache.js';
import { cssProps } from '../../core/css-props.js';
import type { Metric } from '../../data/schemas/common.js';
import type { Touchpoint, Transition } from '../../data/schemas/journey.js';
import type { Figures, Overlay } from './figures.js';
import { metricLabel, scoreText, sentimentText, shareText, statusText, type ViewContext } from './format.js';
import { icon } from './icon-template.js';
import { channelIcon } from './icons.js';
import type { CardBox, HandoverIn } from './layout.js';

export interface CardModel {
  box: CardBox;
  tp: Touchpoint;
  stageName: string;
  laneName: string;
  figures: Figures;
  /** The first outgoing transition (time to the next touchpoint). */
  next?: Transition;
  /** An incoming hand-over: previous owner and waiting time. */
  handoverIn?: HandoverIn;
}

export interface CardState {
  overlay: Overlay;
  metric: Metric;
  focused: boolean;
  selected: boolean;
  /** Stacked layout: wider cards with the time to the next touchpoint and hand-overs on the card. */
  stacked: boolean;
  /** The card was off-screen when it was first drawn: its contents skip rendering while out of view. */
  offscreen?: boolean;
}

/**
 * What a screen reader hears after the visible text of a card: the figures the
 * strip shows only as colour or icon, the emotion, the marks and hand-overs.
 * (The accessible name comes from the content, so it always contains the visible text.)
 */
export function cardExtra(ctx: ViewContext, m: CardModel, s: CardState): string {
  const { t, fmt } = ctx;
  const f = m.figures;
  const parts: string[] = [];
  if (!f.segmentMissing && s.overlay === 'voc') {
    if (f.score) parts.push(t(`tone_${f.tone}`));
    if (f.score?.small) parts.push(t('smallSample'));
    if (f.sentiment) parts.push(`${t('sentiment')}: ${sentimentText(ctx, f.sentiment)}`);
  }
  if (!f.segmentMissing && s.overlay === 'process' && m.next) {
    parts.push(`${t('timeToNext')}: ${t('median')} ${fmt.hours(m.next.medianHours)}, ${t('p90', { value: fmt.hours(m.next.p90Hours) })}`);
  }
  if (f.emotion !== undefined) parts.push(t('emotionValue', { value: fmt.signed(f.emotion, 1) }));
  if (m.tp.momentThatMatters) parts.push(t('momentThatMatters'));
  if (m.tp.painPoint !== undefined) parts.push(`${t('painPoint')}${m.tp.painPoint ? `: ${m.tp.painPoint}` : ''}`);
  if (m.handoverIn) parts.push(`${t('handoverFrom', { owner: m.handoverIn.from })}${m.handoverIn.waitingHours !== undefined ? `, ${t('wait', { value: fmt.hours(m.handoverIn.waitingHours) })}` : ''}`);
  // read as sentences after the card's figures: each starts with a capital and ends with one stop
  const sentence = (p: string) => `${p.charAt(0).toLocaleUpperCase(fmt.locale)}${p.slice(1)}${/[.!?…]$/.test(p) ? '' : '.'}`;
  return parts.length ? `. ${parts.map(sentence).join(' ')}` : '';
}

function vocStrip(ctx: ViewContext, m: CardModel, s: CardState): TemplateResult {
  const { t, fmt } = ctx;
  const score = m.figures.score;
  const senti = m.figures.sentiment;
  // The sentiment bar is the ::before of .senti, its shares as custom properties (one element instead of five).
  return html`<div class="ov ov-voc" data-tone=${m.figures.tone} ?data-senti=${senti !== undefined}
    ><span class="score"><span class="metric">${metricLabel(t, s.metric)}</span> <strong>${score ? scoreText(fmt, s.metric, score.value) : '–'}</strong></span
    ><span class="n" ?data-small=${score?.small === true} title=${score?.small ? t('smallSample') : ''}
      >${score?.small ? icon('small') : nothing}${score ? t('n', { n: fmt.compact(score.n) }) : t('noData')}</span
    >${senti
      ? html`<span
          class="senti"
          title=${`${t('sentiment')}: ${sentimentText(ctx, senti)}`}
          ${cssProps({ '--pos': String(senti.positive), '--neu': String(senti.neutral) })}
          >${shareText(ctx, 'positive', senti.positive)}</span
        >`
      : nothing}</div
  >`;
}

function processStrip(ctx: ViewContext, m: CardModel, s: CardState): TemplateResult {
  const { t, fmt } = ctx;
  const p = m.figures.process;
  const breach = p?.slaBreachShare;
  const next = s.stacked ? m.next : undefined;
  return html`<div class="ov ov-process" ?data-four=${next !== undefined}
    ><span class="fig"><span class="k">${t('volume')}</span><strong>${fmt.compact(p?.volume)}</strong></span
    ><span class="fig" data-tone=${p?.dropOff !== undefined && p.dropOff >= 0.1 ? 'bad' : 'none'}><span class="k">${t('dropOff')}</span><strong>${fmt.percent(p?.dropOff)}</strong></span
    ><span class="fig" data-tone=${breach !== undefined && breach >= 0.15 ? 'bad' : breach !== undefined && breach >= 0.05 ? 'warn' : 'none'}><span class="k">SLA</span><strong>${fmt.percent(breach)}</strong></span
    >${next
      ? html`<span class="fig next"><span class="k">${t('timeToNext')}</span><strong>${fmt.hours(next.medianHours)}</strong><span class="p90">${t('p90', { value: fmt.hours(next.p90Hours) })}</span></span>`
      : nothing}</div
  >`;
}

function targetStrip(ctx: ViewContext, m: CardModel): TemplateResult {
  const { t, fmt } = ctx;
  const g = m.figures.target;
  if (!g) return html`<div class="ov ov-target" data-status="none">${icon('none')}<span class="status">${t('noTarget')}</span></div>`;
  const iconName = g.status === 'none' ? 'none' : g.status;
  return html`<div class="ov ov-target" data-status=${g.status}
    >${icon(iconName)}<span class="status">${statusText(t, g.status)}</span
    ><span class="vs"><strong>${metricLabel(t, g.metric)} ${scoreText(fmt, g.metric, g.value)}</strong> / ${t('targetOf', { value: scoreText(fmt, g.metric, g.target) })}</span></div
  >`;
}

/** One touchpoint card, absolutely placed from the layout. The overlay strip is cached: switching back to an overlay reuses its DOM. */
export function renderCard(ctx: ViewContext, m: CardModel, s: CardState, extra: string): TemplateResult {
  const { t, fmt } = ctx;
  const { box, tp, figures } = m;
  const strip = figures.segmentMissing
    ? html`<div class="ov ov-none">${t('noSegmentData')}</div>`
    : s.overlay === 'voc'
      ? vocStrip(ctx, m, s)
      : s.overlay === 'process'
        ? processStrip(ctx, m, s)
        : targetStrip(ctx, m);
  const marks = tp.momentThatMatters || tp.painPoint !== undefined;
  // Written without white space between elements: every text node and element of 120 cards costs.
  return html`<div
    class="card"
    part="touchpoint"
    role="button"
    data-index=${box.index}
    tabindex=${s.focused ? 0 : -1}
    aria-pressed=${s.selected ? 'true' : 'false'}
    ?data-pain=${tp.painPoint !== undefined}
    ?data-mtm=${tp.momentThatMatters === true}
    ?data-offscreen=${s.offscreen === true}
    ${cssProps({ left: `${box.x}px`, top: `${box.y}px`, width: `${box.w}px`, height: `${box.h}px` })}
    ><span class="sr-only">${t('cardPlace', { stage: m.stageName, lane: m.laneName })}</span
    ><span class="name" title=${tp.name}>${tp.name}</span
    >${marks
      ? html`<span class="marks"
          >${tp.momentThatMatters ? html`<span class="mark mtm" title=${t('momentThatMatters')}>${icon('star')}</span>` : nothing}${tp.painPoint !== undefined
            ? html`<span class="mark pain" title=${tp.painPoint || t('painPoint')}>${icon('bolt')}</span>`
            : nothing}</span
        >`
      : nothing}<div class="meta"
      >${s.stacked ? html`<span class="lane-chip">${m.laneName}</span>` : nothing}${icon(channelIcon(tp.channel))}<span class="channel">${tp.channel ?? '–'}</span
      >${tp.owner ? html`<span class="owner">${tp.owner}</span>` : nothing}</div
    >${s.stacked && m.handoverIn
      ? html`<div class="ho-row"><span class="ho-chip">${icon('handover')}<span class="ho-text">${m.handoverIn.waitingHours !== undefined ? t('wait', { value: fmt.hours(m.handoverIn.waitingHours) }) : t('handover')}</span></span></div>`
      : nothing}${cache(strip)}${extra ? html`<span class="sr-only">${extra}</span>` : nothing}</div
  >`;
}

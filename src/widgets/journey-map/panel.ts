import { html, nothing, type TemplateResult } from 'lit';
import { cssProps } from '../../core/css-props.js';
import type { InsightRef } from '../../data/schemas/journey.js';
import { METRICS } from './figures.js';
import { metricLabel, scoreText, shareText, statusText, type ViewContext } from './format.js';
import { icon } from './icon-template.js';
import { channelIcon } from './icons.js';
import type { CardModel } from './card.js';

/** The built-in details of the selected touchpoint (the fallback content of the `details` slot). */
export function renderDetails(ctx: ViewContext, m: CardModel, insights: readonly InsightRef[]): TemplateResult {
  const { t, fmt } = ctx;
  const f = m.figures;
  const tp = m.tp;
  const verbatims = (f.voc?.verbatims ?? []).slice(0, 3);
  const linked = (tp.insightIds ?? []).map((id) => insights.find((i) => i.id === id)).filter((i): i is InsightRef => !!i);
  const p = f.process;
  return html`
    <p class="where">${m.stageName} · ${m.laneName}</p>
    <p class="meta">${icon(channelIcon(tp.channel))}<span>${[tp.channel, tp.owner].filter(Boolean).join(' · ') || '–'}</span></p>
    ${tp.momentThatMatters || tp.painPoint !== undefined
      ? html`<p class="flags">
          ${tp.momentThatMatters ? html`<span class="flag mtm">${icon('star')}${t('momentThatMatters')}</span>` : nothing}
          ${tp.painPoint !== undefined ? html`<span class="flag pain">${icon('bolt')}${t('painPoint')}${tp.painPoint ? html`: <span class="txt">${tp.painPoint}</span>` : nothing}</span>` : nothing}
        </p>`
      : nothing}
    ${tp.description ? html`<p class="desc">${tp.description}</p>` : nothing}
    ${f.segmentMissing ? html`<p class="note">${t('noSegmentData')}</p>` : nothing}
    <dl class="scores">
      ${METRICS.map((metric) => {
        const s = f.scores[metric];
        return html`<div class="row">
          <dt>${metricLabel(t, metric)}</dt>
          <dd>
            <strong>${s ? scoreText(fmt, metric, s.value) : '–'}</strong>
            ${s ? html`<span class="sub">${t('moe', { moe: scoreText(fmt, metric, s.moe) })} · ${t('n', { n: fmt.number(s.n) })}</span>` : html`<span class="sub">${t('noData')}</span>`}
            ${s?.small ? html`<span class="small">${icon('small')}${t('smallSample')}</span>` : nothing}
          </dd>
        </div>`;
      })}
      <div class="row">
        <dt>${t('target')}</dt>
        <dd>
          ${f.target
            ? html`<span class="status" data-status=${f.target.status}>${icon(f.target.status === 'none' ? 'none' : f.target.status)}${statusText(t, f.target.status)}</span>
                <span class="sub">${t('targetLine', { metric: metricLabel(t, f.target.metric), value: scoreText(fmt, f.target.metric, f.target.value), target: scoreText(fmt, f.target.metric, f.target.target) })}${f.target.warnBelow !== undefined ? `, ${t('atRiskBelow', { value: scoreText(fmt, f.target.metric, f.target.warnBelow) })}` : ''}</span>`
            : html`<span class="sub">${t('noTarget')}</span>`}
        </dd>
      </div>
      ${f.sentiment
        ? html`<div class="row">
            <dt>${t('sentiment')}</dt>
            <dd>
              <span class="bar wide"><i class="pos" ${cssProps({ flexGrow: String(f.sentiment.positive) })}></i><i class="neu" ${cssProps({ flexGrow: String(f.sentiment.neutral) })}></i><i class="neg" ${cssProps({ flexGrow: String(f.sentiment.negative) })}></i></span>
              <span class="sub">${shareText(ctx, 'positive', f.sentiment.positive)} · ${shareText(ctx, 'neutral', f.sentiment.neutral)} · ${shareText(ctx, 'negative', f.sentiment.negative)}</span>
            </dd>
          </div>`
        : nothing}
      <div class="row">
        <dt>${t('volume')}</dt>
        <dd><strong>${fmt.number(p?.volume)}</strong><span class="sub">${t('dropOff')} ${fmt.percent(p?.dropOff)} · ${p?.slaHours !== undefined ? t('slaBreachOf', { sla: fmt.hours(p.slaHours) }) : t('slaBreach')} ${fmt.percent(p?.slaBreachShare)}</span></dd>
      </div>
      ${m.next
        ? html`<div class="row">
            <dt>${t('timeToNext')}</dt>
            <dd><strong>${fmt.hours(m.next.medianHours)}</strong><span class="sub">${t('median')} · ${t('p90', { value: fmt.hours(m.next.p90Hours) })}</span></dd>
          </div>`
        : nothing}
      ${f.emotion !== undefined
        ? html`<div class="row"><dt>${t('emotion')}</dt><dd><strong>${fmt.signed(f.emotion, 1)}</strong><span class="sub">−2 … +2</span></dd></div>`
        : nothing}
    </dl>
    ${tp.expectation ? html`<p class="label">${t('expectation')}</p><p class="desc">${tp.expectation}</p>` : nothing}
    <p class="label">${t('verbatims')}</p>
    ${verbatims.length
      ? html`<ul class="verbatims">
          ${verbatims.map((v) => html`<li><blockquote>${v.text}</blockquote>${v.score !== undefined || v.channel ? html`<span class="sub">${v.score !== undefined ? `${fmt.number(v.score)}/10` : ''}${v.score !== undefined && v.channel ? ' · ' : ''}${v.channel ?? ''}</span>` : nothing}</li>`)}
        </ul>`
      : html`<p class="sub">${t('noVerbatims')}</p>`}
    ${linked.length
      ? html`<p class="label">${t('insights')}</p>
          <ul class="insights">
            ${linked.map((i) => html`<li><span>${i.title}</span>${i.status ? html`<span class="chip">${i.status}</span>` : nothing}</li>`)}
          </ul>`
      : nothing}
  `;
}

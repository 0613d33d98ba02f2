import { html, nothing, type TemplateResult } from 'lit';
import { repeat } from 'lit/directives/repeat.js';
import { METRICS } from './figures.js';
import { metricLabel, scoreText, sentimentText, statusText, type ViewContext } from './format.js';
import type { CardModel } from './card.js';

/** The table view: every touchpoint with its figures (for screen readers, keyboard users and copying). */
export function renderTable(ctx: ViewContext, caption: string, rows: readonly CardModel[], onSelect: (m: CardModel) => void): TemplateResult {
  const { t, fmt } = ctx;
  return html`<div class="table-wrap" part="table">
    <table>
      <caption>${caption}</caption>
      <thead>
        <tr>
          <th scope="col">${t('stage')}</th>
          <th scope="col">${t('lane')}</th>
          <th scope="col">${t('touchpoint')}</th>
          <th scope="col">${t('channel')}</th>
          <th scope="col">${t('owner')}</th>
          ${METRICS.map((m) => html`<th scope="col" class="num">${metricLabel(t, m)}</th><th scope="col" class="num">n</th>`)}
          <th scope="col">${t('sentiment')}</th>
          <th scope="col" class="num">${t('emotion')}</th>
          <th scope="col" class="num">${t('volume')}</th>
          <th scope="col" class="num">${t('dropOff')}</th>
          <th scope="col" class="num">${t('slaBreach')}</th>
          <th scope="col" class="num">${t('timeToNext')}</th>
          <th scope="col">${t('target')}</th>
        </tr>
      </thead>
      <tbody>
        ${repeat(
          rows,
          (r) => r.tp.id,
          (r) => {
            const f = r.figures;
            const g = f.target;
            return html`<tr data-id=${r.tp.id}>
              <td>${r.stageName}</td>
              <td>${r.laneName}</td>
              <th scope="row">
                <button class="link" type="button" @click=${() => onSelect(r)}>${r.tp.name}</button>
                ${r.tp.momentThatMatters ? html`<span class="tag">${t('momentThatMatters')}</span>` : nothing}
                ${r.tp.painPoint !== undefined ? html`<span class="tag pain">${t('painPoint')}</span>` : nothing}
              </th>
              <td>${r.tp.channel ?? '–'}</td>
              <td>${r.tp.owner ?? '–'}</td>
              ${METRICS.map((m) => {
                const s = f.scores[m];
                return html`<td class="num">${s ? scoreText(fmt, m, s.value) : '–'}</td><td class="num">${s ? html`${fmt.number(s.n)}${s.small ? html`<abbr title=${t('smallSample')}>*</abbr>` : nothing}` : '–'}</td>`;
              })}
              <td>${f.sentiment ? sentimentText(ctx, f.sentiment) : '–'}</td>
              <td class="num">${fmt.signed(f.emotion, 1)}</td>
              <td class="num">${fmt.number(f.process?.volume)}</td>
              <td class="num">${fmt.percent(f.process?.dropOff)}</td>
              <td class="num">${fmt.percent(f.process?.slaBreachShare)}</td>
              <td class="num">${r.next ? `${fmt.hours(r.next.medianHours)} / ${t('p90', { value: fmt.hours(r.next.p90Hours) })}` : '–'}</td>
              <td>${g ? `${statusText(t, g.status)}: ${t('targetLine', { metric: metricLabel(t, g.metric), value: scoreText(fmt, g.metric, g.value), target: scoreText(fmt, g.metric, g.target) })}` : t('noTarget')}</td>
            </tr>`;
          },
        )}
      </tbody>
    </table>
  </div>`;
}

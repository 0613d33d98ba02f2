import { css } from 'lit';

export const styles = css`
  :host {
    min-width: 120px;
    max-width: 600px;
    /* off-screen cards of a long dashboard skip style, layout and paint until scrolled to */
    content-visibility: auto;
    contain-intrinsic-block-size: auto 260px;
  }
  :host([size='wide']) {
    container-type: inline-size;
    contain-intrinsic-block-size: auto 200px;
  }
  :host([size='compact']) {
    content-visibility: visible;
    contain-intrinsic-block-size: none;
    display: inline-flex;
    align-items: center;
    gap: 4px;
    max-width: 100%;
    vertical-align: middle;
  }
  [data-status='met'] {
    --_c: var(--_good);
    --_cb: var(--_good-bg);
  }
  [data-status='risk'] {
    --_c: var(--_warn);
    --_cb: var(--_warn-bg);
  }
  [data-status='missed'] {
    --_c: var(--_bad);
    --_cb: var(--_bad-bg);
  }
  button {
    font: inherit;
    color: inherit;
    cursor: pointer;
  }
  .card {
    position: relative;
    display: grid;
    gap: 6px;
    padding: 12px 14px 10px 16px;
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    background: var(--_bg);
    box-shadow: var(--_shadow);
    overflow: hidden;
  }
  .card::before {
    content: '';
    position: absolute;
    inset: 0 auto 0 0;
    width: 4px;
    background: var(--_c, var(--_border));
  }
  .card:hover {
    border-color: var(--_accent);
  }
  .head,
  .main,
  .side,
  .foot,
  .tools,
  .audit,
  .status,
  .small,
  .live {
    display: flex;
    align-items: center;
    gap: 6px;
    min-width: 0;
  }
  .name {
    flex: 1;
    min-width: 0;
    padding: 0;
    border: 0;
    background: none;
    font-weight: 600;
    line-height: 1.25;
    text-align: start;
    overflow: hidden;
    overflow-wrap: anywhere;
    hyphens: auto;
    display: -webkit-box;
    -webkit-box-orient: vertical;
    -webkit-line-clamp: 2;
  }
  .name::after {
    content: '';
    position: absolute;
    inset: 0;
    border-radius: var(--_radius);
  }
  .name:focus-visible {
    outline: none;
  }
  .name:focus-visible::after {
    outline: var(--_focus);
    outline-offset: -3px;
  }
  .info,
  .trend,
  .tool,
  .scroll,
  .audit,
  .issues {
    position: relative;
    z-index: 1;
  }
  .metric {
    flex: none;
    padding: 0 6px;
    border: 1px solid var(--_border);
    border-radius: 99px;
    color: var(--_muted);
    font-size: 0.72em;
    font-weight: 600;
    letter-spacing: 0.04em;
  }
  .info {
    flex: none;
    width: 24px;
    height: 24px;
    border: 1px solid var(--_border);
    border-radius: 50%;
    background: var(--_bg);
    color: var(--_muted);
    font: italic 700 13px/1 Georgia, serif;
    anchor-name: --cx-how;
  }
  .info:hover,
  .tool:hover {
    border-color: var(--_accent);
  }
  .pop {
    position-anchor: --cx-how;
    position-area: bottom span-left;
    position-try-fallbacks: flip-block, flip-inline;
    inset: auto;
    margin: 6px 0;
    max-width: min(22rem, calc(100vw - 16px));
    padding: 10px 12px;
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    background: var(--_bg);
    color: var(--_fg);
    box-shadow: 0 8px 24px rgb(0 0 0 / 0.2);
    font-size: 13px;
  }
  .pop p {
    margin: 6px 0 0;
  }
  .main {
    align-items: flex-end;
    flex-wrap: wrap;
    gap: 4px 12px;
  }
  .value {
    font-size: var(--cx-score-value-size, 36px);
    font-weight: 700;
    line-height: 1;
    letter-spacing: -0.02em;
    font-variant-numeric: tabular-nums;
  }
  .change {
    display: grid;
    line-height: 1.25;
  }
  .delta {
    font-weight: 700;
    font-variant-numeric: tabular-nums;
    white-space: nowrap;
  }
  [data-sig='yes'][data-dir='up'] .delta,
  .delta[data-sig='yes'][data-dir='up'] {
    color: var(--_good);
  }
  [data-sig='yes'][data-dir='down'] .delta,
  .delta[data-sig='yes'][data-dir='down'] {
    color: var(--_bad);
  }
  .vs,
  .axis,
  .foot,
  .gap,
  .note,
  .chip .metric {
    color: var(--_muted);
    font-size: 0.8em;
  }
  .side {
    flex-wrap: wrap;
  }
  .status {
    gap: 5px;
    padding: 2px 10px 2px 3px;
    border-radius: 99px;
    background: var(--_cb);
    font-size: 0.85em;
    font-weight: 600;
  }
  .small {
    gap: 4px;
    font-size: 0.85em;
  }
  .ico {
    flex: none;
    width: 16px;
    height: 16px;
    fill: var(--_c);
  }
  .ico path {
    fill: none;
    stroke: var(--_bg);
    stroke-width: 2;
    stroke-linecap: round;
    stroke-linejoin: round;
  }
  .ico[data-kind='met'] {
    fill: var(--_good);
  }
  .ico[data-kind='risk'],
  .ico[data-kind='warn'] {
    fill: var(--_warn);
  }
  .ico[data-kind='missed'] {
    fill: var(--_bad);
  }
  .dash {
    width: 12px;
    border-top: 2px dashed var(--_muted);
  }
  .trend {
    height: var(--cx-score-spark-height, 40px);
    margin-top: 4px;
    border-radius: 4px;
  }
  .trend svg {
    display: block;
    width: 100%;
    height: 100%;
    overflow: visible;
  }
  .line {
    fill: none;
    stroke: var(--_series-1);
    stroke-width: 2;
    stroke-linejoin: round;
    stroke-linecap: round;
    vector-effect: non-scaling-stroke;
  }
  .area {
    fill: var(--_series-1);
    opacity: 0.12;
  }
  .goal {
    stroke: var(--_muted);
    stroke-width: 1.5;
    stroke-dasharray: 4 3;
    vector-effect: non-scaling-stroke;
  }
  .dot {
    position: absolute;
    width: 8px;
    height: 8px;
    margin: -4px 0 0 -4px;
    border-radius: 50%;
    background: var(--_series-1);
    box-shadow: 0 0 0 2px var(--_bg);
  }
  .dot.focus {
    width: 12px;
    height: 12px;
    margin: -6px 0 0 -6px;
    border: 3px solid var(--_fg);
    background: var(--_bg);
  }
  .axis {
    display: flex;
    justify-content: space-between;
    gap: 8px;
    min-height: 1.4em;
  }
  .foot {
    flex-wrap: wrap;
    justify-content: space-between;
    gap: 4px 8px;
    padding-top: 6px;
    border-top: 1px solid var(--_border);
  }
  .tools {
    margin-inline-start: auto;
  }
  .tool {
    min-width: 24px;
    min-height: 24px;
    padding: 1px 8px;
    border: 1px solid var(--_border);
    border-radius: 6px;
    background: var(--_bg);
    color: var(--_fg);
  }
  .tool[aria-pressed='true'] {
    border-color: var(--_accent);
    background: var(--_accent);
    color: var(--_on-accent);
  }
  .live {
    gap: 4px;
  }
  /* Beside the chip the label sits on the page, whose background may not match
     the widget's theme (dark widget on a light CRM page): give it its own. */
  :host([size='compact']) .live {
    padding: 1px 6px;
    border-radius: 999px;
    background: var(--_bg);
    color: var(--_fg);
  }
  .live i {
    width: 8px;
    height: 8px;
    border-radius: 50%;
    background: var(--_good);
    animation: cx-pulse 2s ease-in-out infinite;
  }
  .live[data-paused='true'] i {
    background: var(--_muted);
    animation: none;
  }
  @keyframes cx-pulse {
    50% {
      opacity: 0.3;
    }
  }
  .audit {
    flex-wrap: wrap;
    gap: 2px 12px;
    font-size: 0.85em;
  }
  .audit b {
    font-variant-numeric: tabular-nums;
  }
  .bar {
    position: relative;
    flex: 1 0 100%;
    height: 14px;
  }
  .bar::before {
    content: '';
    position: absolute;
    inset: 6px 0 auto;
    height: 2px;
    background: var(--_border);
  }
  .mk {
    display: inline-block;
    width: 9px;
    height: 9px;
    margin-inline-end: 5px;
    border-radius: 50%;
    background: var(--_series-1);
  }
  .mk.aud {
    border-radius: 1px;
    border: 2px solid var(--_fg);
    background: var(--_bg);
    transform: rotate(45deg);
  }
  .bar .mk {
    position: absolute;
    top: 2px;
    margin-left: -5px;
  }
  .note {
    flex-basis: 100%;
  }
  .issues {
    display: grid;
    gap: 4px;
    margin: 0;
    padding: 8px;
    border-radius: 6px;
    background: var(--_surface);
    font-size: 0.85em;
    list-style: none;
  }
  .issues li {
    display: flex;
    gap: 6px;
  }
  .issues .ico {
    margin-top: 2px;
  }
  .scroll {
    max-height: 10em;
    overflow: auto;
    border: 1px solid var(--_border);
    border-radius: 6px;
  }
  table {
    width: 100%;
    border-collapse: collapse;
    font-size: 0.85em;
    font-variant-numeric: tabular-nums;
  }
  th,
  td {
    padding: 2px 8px;
    border-bottom: 1px solid var(--_border);
    text-align: end;
    white-space: nowrap;
  }
  th:first-child {
    text-align: start;
    font-weight: 400;
  }
  thead th {
    position: sticky;
    top: 0;
    background: var(--_surface);
    font-weight: 600;
  }
  .chip {
    display: inline-flex;
    flex-wrap: wrap;
    align-items: center;
    align-content: flex-start;
    gap: 20px 6px;
    max-width: 100%;
    height: 28px;
    padding: 0 10px 0 5px;
    overflow: hidden;
    border: 1px solid var(--_c, var(--_border));
    border-radius: 99px;
    background: var(--_cb, var(--_surface));
    line-height: 26px;
    white-space: nowrap;
  }
  .chip:hover {
    border-color: var(--_accent);
  }
  .chip .value {
    font-size: 1.05em;
    line-height: 26px;
    letter-spacing: 0;
  }
  .chip .metric {
    padding: 0;
    border: 0;
  }
  .chip .delta,
  .chip .small {
    font-size: 0.8em;
  }
  .leg {
    display: inline-flex;
    align-items: center;
    gap: 4px;
  }
  :host(:state(narrow)) .card {
    padding: 10px 10px 8px 13px;
  }
  :host(:state(narrow)) .card .head {
    flex-wrap: wrap;
  }
  :host(:state(narrow)) .card .name {
    order: 1;
    flex-basis: 100%;
  }
  :host(:state(narrow)) .card .status {
    border-radius: 8px;
    font-size: 0.78em;
  }
  :host(:state(narrow)) .card .value {
    font-size: var(--cx-score-value-size, 30px);
  }
  @container (min-width: 440px) {
    :host([size='wide']) .card {
      grid-template-columns: minmax(0, 1fr) minmax(0, 1.5fr);
      gap: 6px 24px;
      padding: 14px 18px 12px 20px;
    }
    :host([size='wide']) .card > * {
      grid-column: 1 / -1;
    }
    :host([size='wide']) .main {
      grid-column: 1;
      grid-row: 2;
    }
    :host([size='wide']) .side {
      grid-column: 1;
      grid-row: 3;
      align-self: start;
    }
    :host([size='wide']) .trend,
    :host([size='wide']) .scroll {
      grid-column: 2;
      grid-row: 2 / span 2;
      height: var(--cx-score-spark-height, 72px);
    }
    :host([size='wide']) .scroll {
      grid-row: 2 / span 3;
      height: auto;
      max-height: 9em;
    }
    :host([size='wide']) .axis {
      grid-column: 2;
      grid-row: 4;
    }
    :host([size='wide']) .value {
      font-size: var(--cx-score-value-size, 52px);
    }
  }
`;

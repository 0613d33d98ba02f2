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
  :host(:state(unrendered)) {
    min-block-size: 260px;
  }
  :host([size='compact']) {
    content-visibility: visible;
    contain-intrinsic-block-size: none;
    min-block-size: 0;
    display: inline-flex;
    /* too narrow for the chip and its live badge or button: they go below, the number stays */
    flex-wrap: wrap;
    align-items: center;
    gap: 4px;
    max-width: 100%;
    vertical-align: middle;
    /* its own background (the widget's theme, for contrast on any page) follows the pill, not a box */
    border-radius: 15px;
  }
  /* a chip with its figures is as wide as all of them where there is room: a table column sized by its
     content gives it that (its min-content would be the number alone); a narrower container still caps it.
     Loading, empty, error and stale chips keep shrinking, their text cut short */
  :host([size='compact']:state(ready)) {
    width: max-content;
  }
  [data-status='met'] { --_c: var(--_good); --_cb: var(--_good-bg); }
  [data-status='risk'] { --_c: var(--_warn); --_cb: var(--_warn-bg); }
  [data-status='missed'] { --_c: var(--_bad); --_cb: var(--_bad-bg); }
  button { font: inherit; color: inherit; cursor: pointer; }
  .card {
    position: relative;
    display: grid;
    /* one column as wide as the card: a wide row wraps or shrinks instead of widening the column */
    grid-template-columns: minmax(0, 1fr);
    gap: 6px;
    padding: 12px 14px 10px 12px;
    border: 1px solid var(--_border);
    border-left: 5px solid var(--_c, var(--_border));
    border-radius: var(--_radius);
    background: var(--_bg);
    box-shadow: var(--_shadow);
  }
  .card:hover, .chip:hover, .info:hover, .tool:hover { border-color: var(--_accent); }
  .card:hover { border-left-color: var(--_c, var(--_accent)); }
  .head, .main, .side, .foot, .audit, .status, .small, .live { display: flex; align-items: center; gap: 6px; min-width: 0; }
  .main, .side, .foot, .audit { flex-wrap: wrap; }
  .name {
    flex: 1;
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
    -webkit-line-clamp: 3;
  }
  /* the whole card is the name button's click target */
  .name::after { content: ''; position: absolute; inset: 0; border-radius: var(--_radius); }
  .name:focus-visible { outline: none; }
  .name:focus-visible::after { outline: var(--_focus); outline-offset: -3px; }
  .info, .trend, .tool, .scroll, .audit, .issues { position: relative; z-index: 1; }
  .metric, .info, .tool { border: 1px solid var(--_border); background: var(--_bg); color: var(--_muted); }
  .metric { padding: 0 6px; border-radius: 99px; font-size: 0.72em; font-weight: 600; letter-spacing: 0.04em; }
  .info { flex: none; width: 24px; height: 24px; border-radius: 50%; font: italic 700 13px/1 Georgia, serif; anchor-name: --cx-how; }
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
  .pop p { margin: 6px 0 0; }
  .main { align-items: flex-end; gap: 4px 12px; }
  .value, .delta, .audit b, table { font-variant-numeric: tabular-nums; }
  .value { font-size: var(--cx-score-value-size, 36px); font-weight: 700; line-height: 1; letter-spacing: -0.02em; }
  .change { display: grid; line-height: 1.25; }
  .delta { font-weight: 700; white-space: nowrap; }
  [data-sig='yes'][data-dir='up'] .delta { color: var(--_good); }
  [data-sig='yes'][data-dir='down'] .delta { color: var(--_bad); }
  /* on the chip's tinted background a little of the text colour keeps small text at 4.5:1 */
  .delta[data-sig='yes'][data-dir='up'] { color: color-mix(in srgb, var(--_good) 85%, var(--_fg)); }
  .delta[data-sig='yes'][data-dir='down'] { color: color-mix(in srgb, var(--_bad) 85%, var(--_fg)); }
  .vs, .axis, .foot, .gap, .note, .chip .metric, .msg { color: var(--_muted); font-size: 0.8em; }
  .status, .small, .audit, .issues, table { font-size: 0.85em; }
  .status { gap: 5px; padding: 2px 10px 2px 3px; border-radius: 99px; background: var(--_cb); font-weight: 600; }
  .small { gap: 4px; }
  /* status icons: a filled circle with a white mark (text always says the same) */
  .ico {
    flex: none;
    width: 16px;
    height: 16px;
    border-radius: 50%;
    background: var(--_good);
    color: var(--_bg);
    font: 900 11px/16px system-ui, sans-serif;
    text-align: center;
  }
  .ico::before { content: '✓'; }
  [data-kind='risk'], [data-kind='warn'] { background: var(--_warn); }
  [data-kind='risk']::before, [data-kind='warn']::before { content: '!'; }
  [data-kind='missed'] { background: var(--_bad); }
  [data-kind='missed']::before { content: '✕'; }
  .trend { height: var(--cx-score-spark-height, 40px); margin-top: 4px; border-radius: 4px; }
  svg { display: block; width: 100%; height: 100%; overflow: visible; }
  path { fill: none; stroke-linecap: round; stroke-linejoin: round; vector-effect: non-scaling-stroke; }
  .line { stroke: var(--_series-1); stroke-width: 2; }
  .area { fill: var(--_series-1); opacity: 0.12; }
  .goal { stroke: var(--_muted); stroke-width: 1.5; stroke-dasharray: 4 3; }
  .ring { stroke: var(--_bg); stroke-width: 12; }
  .dot { stroke: var(--_series-1); stroke-width: 8; }
  .focus { position: absolute; width: 12px; height: 12px; margin: -6px 0 0 -6px; border: 3px solid var(--_fg); border-radius: 50%; background: var(--_bg); }
  .axis { display: flex; flex-wrap: wrap; justify-content: space-between; gap: 0 8px; min-height: 1.4em; }
  /* a narrow card has the target in its status line: the axis keeps only the first and last period */
  :host(:state(narrow)) .axis .leg { display: none; }
  .leg { white-space: nowrap; }
  .leg::before { content: ''; display: inline-block; width: 12px; margin: 0 4px 0.3em 0; border-top: 2px dashed var(--_muted); }
  .foot { gap: 4px 8px; padding-top: 6px; border-top: 1px solid var(--_border); }
  /* the figures wrap before the buttons do: the pause button stays beside its live badge */
  .facts { flex: 1 1 12em; }
  .facts + * { margin-inline-start: auto; }
  .tool { min-width: 24px; min-height: 24px; padding: 1px 8px; border-radius: 6px; color: var(--_fg); }
  .tool[aria-pressed='true'] { border-color: var(--_accent); background: var(--_accent); color: var(--_on-accent); }
  .live { gap: 4px; }
  /* beside the chip the label sits on the page, whose background may not match the widget's theme */
  :host([size='compact']) .live { padding: 1px 6px; border-radius: 99px; background: var(--_bg); color: var(--_fg); }
  .live i { width: 8px; height: 8px; border-radius: 50%; background: var(--_good); animation: cx-pulse 2s ease-in-out infinite; }
  .live[data-paused='true'] i { background: var(--_muted); animation: none; }
  @keyframes cx-pulse { 50% { opacity: 0.3; } }
  .audit { gap: 2px 12px; }
  .bar { position: relative; flex: 1 0 100%; height: 14px; }
  .bar::before { content: ''; position: absolute; inset: 6px 0 auto; height: 2px; background: var(--_border); }
  .mk { display: inline-block; width: 9px; height: 9px; margin-inline-end: 5px; border-radius: 50%; background: var(--_series-1); }
  .aud { border: 2px solid var(--_fg); border-radius: 1px; background: var(--_bg); transform: rotate(45deg); }
  .bar .mk { position: absolute; top: 2px; margin-left: -5px; }
  .note { flex-basis: 100%; }
  .issues { display: grid; gap: 4px; margin: 0; padding: 8px; border-radius: 6px; background: var(--_surface); list-style: none; }
  li { display: flex; gap: 6px; }
  li .ico { margin-top: 2px; }
  .scroll { max-height: 10em; overflow: auto; border: 1px solid var(--_border); border-radius: 6px; }
  table { width: 100%; border-collapse: collapse; }
  th, td { padding: 2px 8px; border-bottom: 1px solid var(--_border); text-align: end; white-space: nowrap; }
  th:first-child { text-align: start; font-weight: 400; }
  thead th { position: sticky; top: 0; background: var(--_surface); font-weight: 600; }
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
  .chip .value { font-size: 1.05em; line-height: 26px; letter-spacing: 0; }
  /* no status icon: the number keeps clear of the rounded edge */
  .sr-only + .value, .metric:first-child { margin-inline-start: 5px; }
  .chip .tool { line-height: 20px; }
  :host(:state(stale)) .chip { border-style: dashed; }
  /* the chip's loading, empty or error text takes the room left (never widens a table column): one line, cut short with an ellipsis */
  .msg { flex: 1 1 0; display: -webkit-box; -webkit-box-orient: vertical; -webkit-line-clamp: 1; overflow: hidden; overflow-wrap: anywhere; white-space: normal; line-height: 26px; }
  .chip .metric { padding: 0; border: 0; background: none; }
  .chip .delta, .chip .small { font-size: 0.8em; }
  :host(:state(narrow)) .card { padding: 10px 10px 8px 9px; }
  :host(:state(narrow)) .head { flex-wrap: wrap; }
  :host(:state(narrow)) .name { order: 1; flex-basis: 100%; }
  :host(:state(narrow)) .card .status { border-radius: 8px; font-size: 0.78em; }
  :host(:state(narrow)) .card .value { font-size: var(--cx-score-value-size, 30px); }
  @container (min-width: 440px) {
    :host([size='wide']) .card { grid-template-columns: minmax(0, 1fr) minmax(0, 1.5fr); gap: 6px 24px; padding: 14px 18px 12px 16px; }
    :host([size='wide']) .card > * { grid-column: 1 / -1; }
    :host([size='wide']) .main { grid-area: 2 / 1; }
    :host([size='wide']) .side { grid-area: 3 / 1; align-self: start; }
    /* as tall as the figures beside it (at least 72px), so that its axis sits right below it */
    :host([size='wide']) .trend { grid-area: 2 / 2 / span 2; height: auto; min-height: var(--cx-score-spark-height, 72px); }
    :host([size='wide']) .scroll { grid-area: 2 / 2 / span 3; max-height: 9em; }
    :host([size='wide']) .axis { grid-area: 4 / 2; }
    :host([size='wide']) .value { font-size: var(--cx-score-value-size, 52px); }
  }
`;

import { css } from 'lit';

/** Touchpoint cards and their overlay strips. */
export const cardStyles = css`
  /*
   * Cards are laid out in blocks and lines, without flex or grid boxes (a map
   * lays out all its visible cards at once; measured, this is about 12 % less
   * layout work): the name, the marks in the corner, one meta line, and the
   * overlay strip, held to the bottom edge in the grid and following the meta
   * line in stacked cards. The layout module gives every card its size.
   */
  .card {
    /* the content's start edge, shared by the strip held to the bottom */
    --_inset-start: 12px;
    padding-block: 9px 8px;
    padding-inline: var(--_inset-start) 10px;
    background: var(--_card-bg);
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    box-shadow: var(--_shadow);
    cursor: pointer;
    z-index: 2;
    overflow: hidden;
    transition: border-color 0.12s, box-shadow 0.12s;
  }
  /*
   * Cards first drawn off-screen skip style, layout and paint while out of
   * view (they keep their explicit size). Not the cards in view at first:
   * for them it would only add a second rendering pass.
   */
  .card[data-offscreen] {
    content-visibility: auto;
  }
  .card:hover {
    border-color: var(--_accent);
  }
  .card:focus-visible {
    outline: 3px solid var(--_accent);
    outline-offset: 2px;
  }
  .card[aria-pressed='true'] {
    border-color: var(--_accent);
    box-shadow: 0 0 0 2px var(--_accent);
  }
  .card[data-pain] {
    border-inline-start: 4px solid var(--_bad);
    --_inset-start: 9px;
  }
  .name {
    /* two lines are kept free, and no more shown (the clamp): 2.7em of the card's font with the gap */
    min-height: 2.6em;
    margin-bottom: calc(0.24em + 4px);
    font-weight: 600;
    font-size: 0.95em;
    line-height: 1.3;
    overflow-wrap: anywhere;
    display: -webkit-box;
    -webkit-line-clamp: 2;
    -webkit-box-orient: vertical;
    overflow: hidden;
  }
  .card:is([data-mtm], [data-pain]) .name {
    padding-inline-end: 20px;
  }
  .card[data-mtm][data-pain] .name {
    padding-inline-end: 38px;
  }
  .marks {
    position: absolute;
    top: 9px;
    inset-inline-end: 10px;
    display: inline-flex;
    gap: 2px;
  }
  .mark .icon {
    width: 15px;
    height: 15px;
  }
  .mark.mtm {
    color: var(--_warn);
  }
  .mark.pain {
    color: var(--_bad);
  }
  .meta {
    font-size: 0.8em;
    color: var(--_muted);
    white-space: nowrap !important;
    overflow: hidden;
    text-overflow: ellipsis;
  }
  .meta .icon {
    vertical-align: -3px;
    margin-inline-end: 4px;
  }
  .channel {
    display: inline-block;
    max-width: 45%;
    overflow: hidden;
    text-overflow: ellipsis;
    vertical-align: top;
  }
  .owner {
    margin-inline-start: 4px;
  }
  .owner::before {
    content: '·';
    margin-inline-end: 4px;
  }
  /*
   * Stacked cards: the incoming hand-over on a row of its own under the meta
   * line (the layout makes these cards STACK.handoverRow = 4 + 18 px taller),
   * so that the chip fits a 280 px card; a longer host string ends in an ellipsis.
   */
  .ho-row {
    margin-top: 4px;
    font-size: 0.8em;
    line-height: 16px;
    white-space: nowrap !important;
  }
  .ho-chip {
    display: inline-flex;
    align-items: center;
    gap: 3px;
    max-width: 100%;
    padding: 0 6px;
    border-radius: 999px;
    border: 1px solid var(--_warn);
    color: var(--_fg);
    background: var(--_warn-bg);
  }
  .ho-chip .icon {
    width: 12px;
    height: 12px;
  }
  .ho-text {
    min-width: 0;
    overflow: hidden;
    text-overflow: ellipsis;
  }
  .ov {
    position: absolute;
    inset-inline: var(--_inset-start) 10px;
    bottom: 8px;
    display: flow-root;
    min-height: 40px;
    padding: 4px 8px;
    border-radius: 6px;
    background: var(--_surface);
    font-size: 0.8em;
    font-variant-numeric: tabular-nums;
  }
  /*
   * VoC: the score with the sample size at the end of its line, and under them
   * the sentiment bar with the positive share in words (too wide to sit beside
   * the score in a narrow card); without sentiment the one line is centred.
   */
  .ov-voc {
    background: var(--_tone-bg, var(--_surface));
    border-inline-start: 4px solid var(--_tone, var(--_border));
    line-height: 18px;
  }
  .ov-voc:not([data-senti]) {
    line-height: 32px;
  }
  .ov-voc .score {
    float: inline-start;
    margin-inline-end: 10px;
  }
  .ov-voc .metric {
    margin-inline-end: 5px;
    color: var(--_fg);
    font-size: 0.92em;
  }
  .ov-voc strong {
    font-size: 1.55em;
    font-weight: 700;
  }
  .ov-voc .n {
    float: inline-end;
  }
  .ov-voc .senti {
    display: block;
    clear: both;
    line-height: 16px;
  }
  .n {
    color: var(--_fg);
    white-space: nowrap !important;
  }
  .n .icon {
    vertical-align: -3px;
    margin-inline-end: 3px;
  }
  .n[data-small] {
    padding: 0 4px;
    margin-inline-end: -5px;
    border-radius: 4px;
    border: 1px dashed currentColor;
  }
  .small {
    display: inline-flex;
    align-items: center;
    gap: 2px;
    padding: 0 4px;
    border-radius: 4px;
    border: 1px dashed currentColor;
    font-size: 0.92em;
  }
  .senti {
    color: var(--_fg);
    white-space: nowrap !important;
  }
  /* The sentiment shares as one bar: positive, neutral (--neu), negative. */
  .senti::before {
    content: '';
    display: inline-block;
    vertical-align: 0;
    margin-inline-end: 4px;
    width: 38px;
    height: 7px;
    border-radius: 4px;
    background: linear-gradient(
      to right,
      var(--_good) calc(var(--pos, 0) * 100%),
      color-mix(in srgb, var(--_muted) 45%, var(--_border)) 0 calc((var(--pos, 0) + var(--neu, 0)) * 100%),
      var(--_bad) 0
    );
  }
  .bar {
    display: inline-flex;
    width: 38px;
    height: 7px;
    border-radius: 4px;
    overflow: hidden;
    background: var(--_border);
  }
  .bar.wide {
    width: 100%;
    height: 9px;
    margin-bottom: 2px;
  }
  .bar i {
    flex: 0 1 0;
    min-width: 0;
  }
  .bar .pos {
    background: var(--_good);
  }
  .bar .neu {
    background: var(--_muted);
    opacity: 0.45;
  }
  .bar .neg {
    background: var(--_bad);
  }
  .pct {
    color: var(--_fg);
  }
  /*
   * Process: three figures side by side (four when stacked), label over value,
   * in equal shares; a long value (a five-digit German volume) widens its share
   * instead of running into the next figure, and labels are cut with an ellipsis.
   */
  .ov-process {
    display: flex;
    gap: 6px;
  }
  .fig {
    flex: 1 1 0;
  }
  /* spread like space-between: the first at the start, the last at the end */
  .fig + .fig {
    text-align: center !important;
  }
  .fig:last-child {
    text-align: end !important;
  }
  .fig .k,
  .fig strong {
    display: block;
  }
  .fig .k {
    /* no say in the figure's width: it takes the width its value gives */
    width: 0;
    min-width: 100%;
    color: var(--_muted);
    font-size: 0.88em;
    white-space: nowrap !important;
    overflow: hidden;
    text-overflow: ellipsis;
  }
  .fig strong {
    font-size: 1.2em;
    white-space: nowrap !important;
  }
  .fig[data-tone='bad'] strong {
    color: var(--_bad);
  }
  .fig[data-tone='warn'] strong {
    color: var(--_warn);
  }
  .fig .p90 {
    display: block;
    color: var(--_muted);
    white-space: nowrap !important;
  }
  /* Target: status icon and word, then the figure against its target. */
  .ov-target {
    border-inline-start: 4px solid var(--_st, var(--_border));
    background: var(--_st-bg, var(--_surface));
  }
  .ov-target .icon {
    width: 16px;
    height: 16px;
    margin-inline-end: 6px;
    vertical-align: -3px;
    color: var(--_st, var(--_muted));
  }
  .ov-target .status {
    font-weight: 700;
    color: var(--_fg);
  }
  .ov-target .vs {
    display: block;
    color: var(--_fg);
    /* one line: the strip keeps its height (and never grows over the meta line) */
    white-space: nowrap !important;
    overflow: hidden;
    text-overflow: ellipsis;
  }
  [data-status='met'] {
    --_st: var(--_good);
    --_st-bg: var(--_good-bg);
  }
  [data-status='risk'] {
    --_st: var(--_warn);
    --_st-bg: var(--_warn-bg);
  }
  [data-status='missed'] {
    --_st: var(--_bad);
    --_st-bg: var(--_bad-bg);
  }
  /* one line, centred in the strip */
  .ov-none,
  .ov-target[data-status='none'] {
    line-height: 32px;
  }
  .ov-none,
  .ov-target[data-status='none'] .status {
    color: var(--_muted);
    font-weight: 400;
  }

  /* Stacked (narrow) */
  .canvas.stacked .card {
    box-shadow: none;
  }
  /* stacked cards are sized to their content: the strip follows the meta line */
  .canvas.stacked .ov {
    position: relative;
    inset: auto;
    margin-top: 4px;
  }
  .canvas.stacked .name {
    min-height: 0;
    margin-bottom: 4px;
    -webkit-line-clamp: 1;
  }
  /* one row with the lane chip first and the hand-over chip at the end */
  .canvas.stacked .meta {
    display: flex;
    align-items: center;
  }
  .canvas.stacked .meta .icon,
  .canvas.stacked .channel {
    flex: none;
  }
  .canvas.stacked .owner {
    min-width: 0;
    overflow: hidden;
    text-overflow: ellipsis;
  }
  .lane-chip {
    flex: none;
    margin-inline-end: 4px;
    padding: 0 5px;
    border-radius: 4px;
    background: var(--_surface);
    color: var(--_fg);
  }

`;

import { css } from 'lit';

/** Touchpoint cards and their overlay strips. */
export const cardStyles = css`
  /* Cards */
  .card {
    display: flex;
    flex-direction: column;
    gap: 4px;
    padding: 9px 10px 8px 12px;
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
    padding-inline-start: 9px;
  }
  .card-top {
    display: flex;
    gap: 6px;
    align-items: flex-start;
    min-height: 2.7em;
  }
  .name {
    flex: 1;
    min-width: 0;
    font-weight: 600;
    font-size: 0.95em;
    line-height: 1.3;
    overflow-wrap: anywhere;
    display: -webkit-box;
    -webkit-line-clamp: 2;
    -webkit-box-orient: vertical;
    overflow: hidden;
  }
  .marks {
    display: inline-flex;
    gap: 2px;
    flex: none;
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
    display: flex;
    align-items: center;
    gap: 4px;
    min-width: 0;
    font-size: 0.8em;
    color: var(--_muted);
    white-space: nowrap !important;
  }
  .channel,
  .owner {
    overflow: hidden;
    text-overflow: ellipsis;
    min-width: 0;
  }
  .channel {
    flex: none;
    max-width: 45%;
  }
  .owner::before {
    content: '·';
    margin-inline-end: 4px;
  }
  .ho-chip {
    display: inline-flex;
    align-items: center;
    gap: 3px;
    margin-inline-start: auto;
    padding: 0 6px;
    border-radius: 999px;
    border: 1px solid var(--_warn);
    color: var(--_fg);
    background: var(--_warn-bg);
  }
  .ov {
    margin-top: auto;
    display: flex;
    align-items: center;
    gap: 6px 8px;
    min-height: 40px;
    padding: 4px 8px;
    border-radius: 6px;
    background: var(--_surface);
    font-size: 0.8em;
    font-variant-numeric: tabular-nums;
  }
  .ov-voc {
    display: grid;
    grid-template-columns: auto minmax(0, 1fr);
    align-items: center;
    gap: 1px 10px;
    background: var(--_tone-bg, var(--_surface));
    border-inline-start: 4px solid var(--_tone, var(--_border));
  }
  .ov-voc .score {
    grid-row: 1 / span 2;
  }
  .ov-voc .n,
  .ov-voc .senti {
    grid-column: 2;
    justify-self: start;
  }
  .ov-voc .score {
    display: inline-flex;
    align-items: baseline;
    gap: 5px;
  }
  .ov-voc .metric {
    color: var(--_fg);
    font-size: 0.92em;
  }
  .ov-voc strong {
    font-size: 1.55em;
    font-weight: 700;
    line-height: 1.1;
  }
  .n {
    display: inline-flex;
    align-items: center;
    gap: 3px;
    color: var(--_fg);
    white-space: nowrap !important;
  }
  .n[data-small] {
    padding: 0 4px;
    margin-inline-start: -5px;
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
    display: inline-flex;
    align-items: center;
    gap: 4px;
    color: var(--_fg);
  }
  /* The sentiment shares as one bar: positive, neutral (--neu), negative. */
  .senti::before {
    content: '';
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
  .ov-process {
    justify-content: space-between;
  }
  .fig {
    display: flex;
    flex-direction: column;
    min-width: 0;
  }
  .fig .k {
    color: var(--_muted);
    font-size: 0.88em;
    white-space: nowrap !important;
    overflow: hidden;
    text-overflow: ellipsis;
  }
  .fig strong {
    font-size: 1.2em;
  }
  .fig[data-tone='bad'] strong {
    color: var(--_bad);
  }
  .fig[data-tone='warn'] strong {
    color: var(--_warn);
  }
  .fig .p90 {
    color: var(--_muted);
  }
  .ov-target {
    flex-wrap: wrap;
    row-gap: 0;
    border-inline-start: 4px solid var(--_st, var(--_border));
    background: var(--_st-bg, var(--_surface));
  }
  .ov-target .icon {
    width: 16px;
    height: 16px;
    color: var(--_st, var(--_muted));
  }
  .ov-target .status {
    font-weight: 700;
    color: var(--_fg);
  }
  .ov-target .vs {
    width: 100%;
    color: var(--_fg);
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
  .ov-none,
  .ov-target[data-status='none'] .status {
    color: var(--_muted);
    font-weight: 400;
  }

  /* Stacked (narrow) */
  .canvas.stacked .card {
    box-shadow: none;
  }
  .canvas.stacked .card-top {
    min-height: 0;
  }
  .canvas.stacked .name {
    -webkit-line-clamp: 1;
  }
  .lane-chip {
    flex: none;
    padding: 0 5px;
    border-radius: 4px;
    background: var(--_surface);
    color: var(--_fg);
  }

`;

import { css } from 'lit';

export const styles = css`
  .frame {
    --_pad: var(--cx-nps-trend-padding, 14px);
    display: grid;
    gap: 0.6em;
    padding: var(--_pad);
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    background: var(--_bg);
    box-shadow: var(--_shadow);
  }
  .head {
    display: flex;
    flex-wrap: wrap;
    align-items: flex-start;
    justify-content: space-between;
    gap: 0.5em 1em;
  }
  .titles {
    min-width: 0;
    flex: 1 1 14em;
  }
  h3 {
    margin: 0;
    font-size: 1.1em;
    font-weight: 650;
    line-height: 1.3;
  }
  .summary {
    margin: 0.2em 0 0;
    color: var(--_muted);
    font-size: 0.9em;
  }
  .kpi {
    display: grid;
    justify-items: end;
    text-align: end;
    gap: 0.1em;
  }
  .kpi .value {
    font-size: 1.9em;
    font-weight: 700;
    line-height: 1.05;
    font-variant-numeric: tabular-nums;
  }
  .kpi .value small {
    font-size: 0.45em;
    font-weight: 500;
    color: var(--_muted);
    margin-inline-start: 0.3em;
  }
  .kpi .meta {
    font-size: 0.8em;
    color: var(--_muted);
  }
  .chip {
    display: inline-flex;
    align-items: center;
    gap: 0.25em;
    padding: 0.05em 0.5em;
    border-radius: 999px;
    font-size: 0.8em;
    font-weight: 600;
    border: 1px solid var(--_border);
    background: var(--_surface);
    white-space: nowrap;
  }
  .chip[data-tone='good'] {
    color: var(--_good);
    border-color: var(--_good);
    background: var(--_good-bg);
  }
  .chip[data-tone='bad'] {
    color: var(--_bad);
    border-color: var(--_bad);
    background: var(--_bad-bg);
  }
  .toolbar {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 0.4em 0.6em;
  }
  .seg {
    display: inline-flex;
    flex-wrap: wrap;
    border: 1px solid var(--_border);
    border-radius: calc(var(--_radius) - 2px);
    overflow: hidden;
  }
  .seg button {
    font: inherit;
    font-size: 0.85em;
    color: var(--_fg);
    background: var(--_bg);
    border: 0;
    border-inline-end: 1px solid var(--_border);
    padding: 0.3em 0.6em;
    min-height: 2.2em;
    min-width: 2.4em;
    cursor: pointer;
  }
  .seg button:last-child {
    border-inline-end: 0;
  }
  .seg button[aria-pressed='true'] {
    background: var(--_accent);
    color: var(--_on-accent);
    font-weight: 600;
  }
  .seg button:focus-visible {
    outline-offset: -3px;
  }
  .toolbar .spacer {
    flex: 1 1 0;
  }
  select {
    font: inherit;
    font-size: 0.85em;
    color: var(--_fg);
    background: var(--_bg);
    border: 1px solid var(--_border);
    border-radius: calc(var(--_radius) - 2px);
    min-height: 2.2em;
    padding: 0 0.4em;
  }
  button.cx-button {
    font-size: 0.85em;
    min-height: 2.2em;
    display: inline-flex;
    align-items: center;
    gap: 0.35em;
  }
  .live-dot {
    width: 0.6em;
    height: 0.6em;
    border-radius: 50%;
    background: var(--_good);
    box-shadow: 0 0 0 2px var(--_good-bg);
  }
  .live-dot:not([data-status='open']) {
    background: var(--_warn);
    box-shadow: 0 0 0 2px var(--_warn-bg);
  }
  [aria-pressed='true'] .live-dot {
    background: var(--_on-accent);
  }
  .legend {
    display: flex;
    flex-wrap: wrap;
    gap: 0.3em 0.4em;
    margin: 0;
    padding: 0;
    list-style: none;
  }
  .legend button {
    font: inherit;
    font-size: 0.85em;
    display: inline-flex;
    align-items: center;
    gap: 0.4em;
    padding: 0.2em 0.6em 0.2em 0.4em;
    min-height: 2em;
    color: var(--_fg);
    background: var(--_bg);
    border: 1px solid var(--_border);
    border-radius: 999px;
    cursor: pointer;
  }
  .legend button[aria-pressed='false'] {
    color: var(--_muted);
    border-style: dashed;
  }
  .legend button[aria-pressed='false'] svg {
    opacity: 0.35;
  }
  .legend button[data-active] {
    border-color: var(--_fg);
  }
  .legend button:disabled {
    cursor: default;
  }
  .legend .val {
    font-variant-numeric: tabular-nums;
    font-weight: 600;
  }
  .plot {
    /* the plot spans the whole width; its own margins hold the axis labels */
    margin-inline: calc(-1 * var(--_pad) - 1px);
    position: relative;
    border-radius: 4px;
    touch-action: pan-y;
  }
  .plot:focus-visible {
    outline: var(--_focus);
    outline-offset: 2px;
  }
  .plot canvas,
  .plot svg.axes {
    position: absolute;
    inset: 0;
    width: 100%;
    height: 100%;
  }
  svg text {
    fill: var(--_muted);
    font-size: 11px;
    font-variant-numeric: tabular-nums;
  }
  .grid line {
    stroke: var(--_border);
    stroke-width: 1;
    opacity: 0.7;
  }
  .grid line.zero {
    stroke: var(--_muted);
    opacity: 0.8;
  }
  .ref line {
    stroke-width: 1.5;
  }
  .ref.target line {
    stroke: var(--_fg);
    stroke-dasharray: 6 4;
  }
  .ref.benchmark line {
    stroke: var(--_muted);
    stroke-dasharray: 1.5 3;
    stroke-width: 2;
  }
  .ref text {
    font-weight: 600;
    paint-order: stroke;
    stroke: var(--_bg);
    stroke-width: 4px;
    stroke-linejoin: round;
  }
  .ref.target text {
    fill: var(--_fg);
  }
  .annotation line {
    stroke: var(--_muted);
    stroke-dasharray: 2 2;
  }
  .annotation circle {
    fill: var(--_bg);
    stroke: var(--_fg);
    stroke-width: 1.25;
  }
  .annotation text {
    fill: var(--_fg);
    font-size: 10px;
    font-weight: 700;
  }
  .focus line {
    stroke: var(--_fg);
    stroke-width: 1;
    opacity: 0.55;
  }
  .focus .ring {
    fill: var(--_bg);
    stroke-width: 2;
  }
  .comp-label {
    font-weight: 600;
  }
  .tooltip {
    position: absolute;
    left: 0;
    top: 0;
    z-index: 2;
    width: max-content;
    max-width: min(17em, calc(100% - 8px));
    padding: 0.5em 0.7em;
    border: 1px solid var(--_border);
    border-radius: calc(var(--_radius) - 2px);
    background: var(--_bg);
    color: var(--_fg);
    box-shadow: var(--_shadow), 0 4px 14px rgb(0 0 0 / 0.12);
    font-size: 0.85em;
    line-height: 1.35;
    pointer-events: none;
  }
  .tooltip[data-docked] {
    position: static;
    width: auto;
    max-width: none;
    box-shadow: none;
    background: var(--_surface);
  }
  .tooltip strong {
    display: block;
  }
  .tooltip .big {
    font-size: 1.25em;
    font-weight: 700;
    font-variant-numeric: tabular-nums;
  }
  .tooltip .muted,
  .muted {
    color: var(--_muted);
  }
  .tooltip dl {
    display: grid;
    grid-template-columns: auto auto;
    gap: 0 0.8em;
    margin: 0.3em 0 0;
  }
  .tooltip dt {
    color: var(--_muted);
  }
  .tooltip dd {
    margin: 0;
    text-align: end;
    font-variant-numeric: tabular-nums;
  }
  .sig {
    font-weight: 600;
  }
  .keys {
    display: flex;
    flex-wrap: wrap;
    gap: 0.25em 1em;
    margin: 0;
    padding: 0;
    list-style: none;
    font-size: 0.8em;
    color: var(--_muted);
  }
  .keys li {
    display: inline-flex;
    align-items: center;
    gap: 0.35em;
  }
  .keys svg {
    flex: none;
  }
  .swatch-band {
    fill: var(--_series-1);
    opacity: 0.35;
  }
  .tooltip .note {
    margin-top: 0.25em;
    font-weight: 600;
  }
  .events {
    margin: 0;
    padding: 0;
    list-style: none;
    font-size: 0.8em;
    display: grid;
    gap: 0.25em;
  }
  .events .no {
    display: inline-grid;
    place-items: center;
    width: 1.4em;
    height: 1.4em;
    margin-inline-end: 0.3em;
    border: 1.25px solid var(--_fg);
    border-radius: 50%;
    font-size: 0.85em;
    font-weight: 700;
  }
  .table-wrap {
    overflow-x: auto;
    border: 1px solid var(--_border);
    border-radius: calc(var(--_radius) - 2px);
    /* the caption wraps at the visible width (cqi), not at the width of the wide table */
    container-type: inline-size;
  }
  table {
    border-collapse: collapse;
    width: 100%;
    font-size: 0.85em;
    font-variant-numeric: tabular-nums;
  }
  caption {
    text-align: start;
    padding: 0.5em 0.6em;
    color: var(--_muted);
    /* a narrow table scrolls sideways: its caption stays readable in the visible part */
    box-sizing: border-box;
    max-width: 100cqi;
    position: sticky;
    inset-inline-start: 0;
  }
  th,
  td {
    padding: 0.35em 0.6em;
    border-top: 1px solid var(--_border);
    white-space: nowrap;
  }
  thead th {
    background: var(--_surface);
    text-align: start;
    font-weight: 600;
  }
  td.num,
  th.num {
    text-align: end;
  }
  tbody th {
    text-align: start;
    font-weight: 500;
  }
  .sw {
    display: inline-block;
    width: 0.9em;
    height: 0.9em;
    border-radius: 2px;
  }
  .sw[data-k='p'] {
    background: var(--_good);
  }
  .sw[data-k='pa'] {
    background: var(--_muted);
  }
  .sw[data-k='d'] {
    background: var(--_bad);
  }
  .pager {
    display: flex;
    align-items: center;
    justify-content: space-between;
    gap: 0.5em;
    font-size: 0.85em;
  }
  /* narrow: set from the measured width (a container query would cost a style pass of its own) */
  .frame[data-narrow] {
    --_pad: var(--cx-nps-trend-padding, 10px);
  }
  .frame[data-narrow] .kpi {
    justify-items: start;
    text-align: start;
  }
  .frame[data-narrow] .kpi .value {
    font-size: 1.6em;
  }
  .frame[data-narrow] .toolbar .spacer {
    display: none;
  }
  /* a narrow plot has no room beside its lines: the key under the chart names the target and benchmark */
  .frame[data-narrow] .ref text {
    display: none;
  }
`;

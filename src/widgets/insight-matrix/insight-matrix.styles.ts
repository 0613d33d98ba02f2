import { css } from 'lit';

export const styles = css`
  .base {
    display: flex;
    flex-direction: column;
    gap: 0.6em;
  }
  .toolbar {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5em;
    align-items: center;
  }
  .search {
    position: relative;
    flex: 1 1 12em;
    min-width: 9em;
    max-width: 22em;
  }
  .search input {
    width: 100%;
    font: inherit;
    color: var(--_fg);
    background: var(--_bg);
    border: 1px solid var(--_border);
    border-radius: calc(var(--_radius) - 2px);
    padding: 0.35em 0.6em 0.35em 1.9em;
    min-height: 2.1em;
  }
  .search-icon {
    position: absolute;
    left: 0.6em;
    top: 50%;
    transform: translateY(-50%);
    color: var(--_muted);
    font-size: 1.05em;
    pointer-events: none;
  }
  .seg {
    display: inline-flex;
    border: 1px solid var(--_border);
    border-radius: calc(var(--_radius) - 2px);
    overflow: hidden;
    background: var(--_bg);
  }
  .seg button {
    font: inherit;
    border: 0;
    background: transparent;
    color: var(--_fg);
    padding: 0.3em 0.8em;
    min-height: 2.1em;
    cursor: pointer;
  }
  .seg button + button {
    border-inline-start: 1px solid var(--_border);
  }
  .seg button[aria-pressed='true'] {
    background: var(--_accent);
    color: var(--_on-accent);
  }
  .seg button:focus-visible {
    outline-offset: -3px;
  }
  .edit-note {
    color: var(--_muted);
    font-size: 0.85em;
    margin-inline-start: auto;
  }
  .filters {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5em 0.75em;
    align-items: flex-end;
    padding: 0.5em 0.6em;
    background: var(--_surface);
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
  }
  .filter {
    display: flex;
    flex-direction: column;
    gap: 0.15em;
    font-size: 0.8em;
    color: var(--_muted);
    min-width: 0;
  }
  .narrow .filter {
    flex: 1 1 40%;
  }
  select {
    font: inherit;
    font-size: 1.1em;
    color: var(--_fg);
    background: var(--_bg);
    border: 1px solid var(--_border);
    border-radius: calc(var(--_radius) - 3px);
    padding: 0.2em 0.4em;
    min-height: 2em;
    max-width: 14em;
  }
  .picker {
    font-size: 1em;
  }
  button.link {
    font: inherit;
    background: none;
    border: 0;
    color: var(--_accent);
    text-decoration: underline;
    cursor: pointer;
    padding: 0.2em;
  }
  .summary {
    margin: 0;
    display: flex;
    flex-wrap: wrap;
    gap: 0.25em 0.6em;
    font-size: 0.95em;
  }
  .summary > span:first-child {
    font-weight: 600;
  }
  .muted {
    color: var(--_muted);
  }
  .small {
    font-size: 0.85em;
  }
  .notice {
    display: flex;
    gap: 0.5em;
    align-items: flex-start;
    justify-content: space-between;
    padding: 0.5em 0.75em;
    border-radius: var(--_radius);
    border: 1px solid var(--_bad);
    background: var(--_bad-bg);
  }
  /* the polite live region stays in the page while empty (so a notice put into it is announced), out of the flex gaps */
  .notice-live:empty {
    position: absolute;
  }
  .icon-button {
    font: inherit;
    background: transparent;
    border: 1px solid transparent;
    border-radius: 50%;
    color: var(--_muted);
    width: 1.9em;
    height: 1.9em;
    flex: none;
    cursor: pointer;
  }
  .icon-button:hover {
    border-color: var(--_border);
    color: var(--_fg);
  }
  .layout {
    display: flex;
    flex-direction: column;
    gap: 16px;
  }
  .wide .layout {
    display: grid;
    grid-template-columns: minmax(0, 1fr) 300px;
    align-items: start;
  }
  .main {
    min-width: 0;
    display: flex;
    flex-direction: column;
    gap: 0.5em;
  }
  .svg-wrap {
    position: relative;
  }
  svg.chart {
    display: block;
    max-width: 100%;
    height: auto;
    overflow: visible;
    touch-action: none;
    user-select: none;
  }
  .q {
    stroke: none;
  }
  .q-quick-win {
    fill: var(--cx-insight-quick-win, var(--_good-bg));
  }
  .q-big-bet {
    fill: color-mix(in srgb, var(--_accent) 9%, var(--_bg));
  }
  .q-fill-in {
    fill: var(--_surface);
  }
  .q-money-pit {
    fill: var(--cx-insight-money-pit, var(--_bad-bg));
  }
  .cell-line {
    stroke: var(--_border);
    stroke-opacity: 0.55;
    stroke-dasharray: 2 3;
  }
  .split {
    stroke: var(--_muted);
    stroke-width: 1.5;
  }
  .q-label {
    font-size: 0.8em;
    font-weight: 650;
    fill: var(--_fg);
    letter-spacing: 0.02em;
    text-transform: uppercase;
    paint-order: stroke;
    stroke: var(--_bg);
    stroke-width: 3px;
    stroke-opacity: 0.6;
  }
  .q-label.small {
    font-size: 0.7em;
    text-transform: none;
    letter-spacing: 0;
  }
  .q-count {
    font-weight: 400;
    fill: var(--_muted);
  }
  .tick {
    font-size: 0.8em;
    fill: var(--_muted);
    font-variant-numeric: tabular-nums;
  }
  .axis-title {
    font-size: 0.85em;
    font-weight: 600;
    fill: var(--_fg);
  }
  .mark {
    cursor: pointer;
    outline: none;
  }
  .mark.draggable {
    cursor: grab;
  }
  .mark.dragging {
    cursor: grabbing;
    opacity: 0.6;
  }
  .mark .ring {
    fill: none;
    stroke: none;
    stroke-width: 2.5;
  }
  .mark:focus-visible .ring {
    stroke: var(--_accent);
  }
  .mark.selected .ring {
    stroke: var(--_fg);
    stroke-dasharray: none;
  }
  .mark.selected:focus-visible .ring {
    stroke: var(--_accent);
    stroke-width: 3.5;
  }
  .mark:hover .shape {
    filter: brightness(1.08);
  }
  .glyph {
    stroke-width: 1.6;
    stroke-linecap: round;
    stroke-linejoin: round;
    pointer-events: none;
  }
  .computed {
    fill: var(--_fg);
    stroke: var(--_bg);
    stroke-width: 1;
    pointer-events: none;
  }
  .cluster-bg {
    fill: var(--_bg);
    stroke: var(--_muted);
    stroke-width: 1;
  }
  .cluster-arc {
    fill: none;
    stroke-width: 5;
  }
  .cluster-count {
    font-size: 0.85em;
    font-weight: 700;
    fill: var(--_fg);
    pointer-events: none;
  }
  .saving-ring {
    fill: none;
    stroke: var(--_accent);
    stroke-width: 2;
    stroke-dasharray: 4 3;
    animation: cx-spin 1.2s linear infinite;
  }
  .ghost circle {
    fill: color-mix(in srgb, var(--_accent) 14%, transparent);
    stroke: var(--_accent);
    stroke-width: 2;
    stroke-dasharray: 5 4;
  }
  .ghost text {
    font-size: 0.8em;
    font-weight: 600;
    fill: var(--_fg);
    paint-order: stroke;
    stroke: var(--_bg);
    stroke-width: 4px;
  }
  .tooltip {
    position: absolute;
    z-index: 2;
    pointer-events: none;
    display: flex;
    flex-direction: column;
    gap: 0.15em;
    width: max-content;
    max-width: min(18em, 70vw);
    padding: 0.45em 0.65em;
    border-radius: calc(var(--_radius) - 2px);
    background: var(--_bg);
    border: 1px solid var(--_border);
    box-shadow: var(--_shadow);
    font-size: 0.85em;
  }
  .dot {
    display: inline-block;
    width: 0.65em;
    height: 0.65em;
    border-radius: 50%;
    margin-inline-end: 0.35em;
  }
  .zoom-bar {
    display: flex;
    gap: 0.75em;
    align-items: center;
    flex-wrap: wrap;
    font-weight: 600;
  }
  .no-match {
    position: absolute;
    inset: 40% 10% auto;
    display: flex;
    gap: 0.75em;
    align-items: center;
    justify-content: center;
    flex-wrap: wrap;
    padding: 0.75em 1em;
    background: var(--_bg);
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    box-shadow: var(--_shadow);
  }
  .chart-wrap {
    position: relative;
    display: flex;
    flex-direction: column;
    gap: 0.4em;
  }
  .legend {
    display: flex;
    flex-direction: column;
    gap: 0.3em;
    font-size: 0.85em;
  }
  .legend-row {
    list-style: none;
    display: flex;
    flex-wrap: wrap;
    gap: 0.25em 0.9em;
    margin: 0;
    padding: 0;
  }
  .legend-row li {
    display: inline-flex;
    align-items: center;
    gap: 0.3em;
  }
  .legend-title {
    color: var(--_muted);
  }
  .diamond {
    font-size: 0.8em;
  }
  .swatch {
    flex: none;
    overflow: visible;
  }
  .note {
    margin: 0;
    font-size: 0.85em;
    color: var(--_muted);
  }
  .details {
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    background: var(--_surface);
    padding: 0.75em 0.9em;
    min-width: 0;
  }
  .details .hint {
    color: var(--_muted);
    margin: 1em 0;
    text-align: center;
  }
  .details-head {
    display: flex;
    justify-content: space-between;
    align-items: center;
  }
  .kind {
    font-size: 0.75em;
    text-transform: uppercase;
    letter-spacing: 0.05em;
    color: var(--_muted);
    font-weight: 600;
  }
  .details-title {
    margin: 0.1em 0 0.4em;
    font-size: 1.1em;
    line-height: 1.3;
    overflow-wrap: anywhere;
  }
  .details-status {
    display: flex;
    align-items: center;
    gap: 0.45em;
    margin-bottom: 0.5em;
  }
  .saving {
    color: var(--_muted);
    font-size: 0.85em;
  }
  .facts {
    display: grid;
    grid-template-columns: 1fr 1fr;
    gap: 0.35em 0.75em;
    margin: 0 0 0.5em;
  }
  .facts div {
    min-width: 0;
  }
  .facts dt {
    font-size: 0.75em;
    color: var(--_muted);
  }
  .facts dd {
    margin: 0;
    overflow-wrap: anywhere;
  }
  .details h4 {
    margin: 0.7em 0 0.25em;
    font-size: 0.8em;
    text-transform: uppercase;
    letter-spacing: 0.04em;
    color: var(--_muted);
  }
  .description {
    margin: 0;
    white-space: pre-line;
    overflow-wrap: anywhere;
  }
  .chips {
    list-style: none;
    margin: 0;
    padding: 0;
    display: flex;
    flex-wrap: wrap;
    gap: 0.3em;
  }
  .chips li {
    background: var(--_bg);
    border: 1px solid var(--_border);
    border-radius: 999px;
    padding: 0.05em 0.6em;
    font-size: 0.85em;
    overflow-wrap: anywhere;
  }
  .history {
    margin: 0;
    padding-inline-start: 1.2em;
    font-size: 0.9em;
  }
  .history .when {
    font-variant-numeric: tabular-nums;
    color: var(--_muted);
  }
  .tag {
    font-size: 0.75em;
    color: var(--_muted);
    white-space: nowrap;
  }
  .warn {
    color: var(--_warn);
    font-size: 0.9em;
  }
  .table-wrap {
    overflow-x: auto;
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
  }
  table {
    border-collapse: collapse;
    width: 100%;
    font-size: 0.9em;
  }
  th,
  td {
    text-align: start;
    padding: 0.4em 0.6em;
    border-bottom: 1px solid var(--_border);
    vertical-align: middle;
  }
  thead th {
    background: var(--_surface);
    position: sticky;
    top: 0;
    white-space: nowrap;
    padding: 0;
  }
  .num {
    text-align: end;
    font-variant-numeric: tabular-nums;
    white-space: nowrap;
  }
  button.sort {
    font: inherit;
    font-weight: 600;
    width: 100%;
    text-align: inherit;
    background: none;
    border: 0;
    color: var(--_fg);
    padding: 0.5em 0.6em;
    cursor: pointer;
    display: inline-flex;
    gap: 0.3em;
    align-items: center;
  }
  th.num button.sort {
    justify-content: flex-end;
  }
  .arrow {
    color: var(--_muted);
    font-size: 0.8em;
  }
  button.row-title {
    font: inherit;
    font-weight: 500;
    background: none;
    border: 0;
    padding: 0;
    color: var(--_accent);
    text-align: start;
    cursor: pointer;
    /* words stay whole (a very long one still breaks), so the column cannot shrink to a few letters */
    overflow-wrap: break-word;
  }
  /* the title column keeps room to read; the table scrolls sideways before titles break mid-word */
  tbody th[scope='row'] {
    min-width: 12em;
  }
  tr.selected {
    background: color-mix(in srgb, var(--_accent) 10%, transparent);
  }
  .cell-flex {
    display: inline-flex;
    gap: 0.35em;
    align-items: center;
    white-space: nowrap;
  }
  .more {
    display: flex;
    gap: 0.75em;
    align-items: center;
    justify-content: space-between;
    padding: 0.5em 0.6em;
  }
`;

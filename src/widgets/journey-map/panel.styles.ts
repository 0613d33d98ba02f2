import { css } from 'lit';

/** The details panel and the table view. */
export const panelStyles = css`
  /*
   * Details panel: it runs down the map's right side (its track) and sticks to
   * the top of the window inside it, so its title and close button are in view
   * wherever on a tall map the card was opened.
   */
  .panel-track {
    position: absolute;
    top: 0;
    right: 0;
    bottom: 0;
    z-index: 5;
    width: min(380px, 100%);
    pointer-events: none;
  }
  .panel {
    position: sticky;
    top: 0;
    z-index: 5;
    max-height: min(100vh, 100%);
    pointer-events: auto;
    display: flex;
    flex-direction: column;
    background: var(--_bg);
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    box-shadow: -8px 0 24px -12px rgb(0 0 0 / 0.35);
    min-height: 320px;
  }
  .frame[data-mode='stack'] .panel-track {
    position: static;
    width: auto;
  }
  .frame[data-mode='stack'] .panel {
    position: fixed;
    inset: auto 0 0 0;
    top: auto;
    width: 100%;
    max-height: 80vh;
    border-radius: var(--_radius) var(--_radius) 0 0;
  }
  .panel:focus-visible {
    outline: 3px solid var(--_accent);
    outline-offset: -3px;
  }
  .panel-head {
    display: flex;
    align-items: flex-start;
    gap: 8px;
    padding: 12px 12px 8px 16px;
    border-bottom: 1px solid var(--_border);
  }
  .panel-title {
    flex: 1;
    font-weight: 650;
    font-size: 1.08em;
    overflow-wrap: anywhere;
  }
  .close {
    display: inline-grid;
    place-items: center;
    width: 28px;
    height: 28px;
    border: 1px solid transparent;
    border-radius: 6px;
    background: transparent;
    color: var(--_fg);
    cursor: pointer;
  }
  .close:hover {
    border-color: var(--_border);
  }
  .panel-body {
    overflow: auto;
    padding: 8px 16px 16px;
    font-size: 0.92em;
  }
  .panel-body p {
    margin: 0.4em 0;
  }
  .panel-body .where,
  .panel-body .sub {
    color: var(--_muted);
  }
  .panel-body .meta {
    white-space: normal !important;
    font-size: 1em;
  }
  .flags {
    display: flex;
    flex-direction: column;
    gap: 4px;
  }
  .flag {
    display: inline-flex;
    align-items: baseline;
    gap: 5px;
  }
  .flag.mtm .icon {
    color: var(--_warn);
  }
  .flag.pain .icon {
    color: var(--_bad);
  }
  .flag .txt {
    font-weight: 400;
  }
  .note {
    padding: 4px 8px;
    border-radius: 6px;
    background: var(--_warn-bg);
  }
  dl.scores {
    margin: 10px 0;
    display: grid;
    gap: 6px;
  }
  dl.scores .row {
    display: grid;
    grid-template-columns: 7.5em 1fr;
    gap: 8px;
    padding-bottom: 6px;
    border-bottom: 1px solid var(--_border);
  }
  dl.scores dt {
    color: var(--_muted);
  }
  dl.scores dd {
    margin: 0;
    display: flex;
    flex-wrap: wrap;
    align-items: baseline;
    gap: 2px 8px;
    font-variant-numeric: tabular-nums;
  }
  dl.scores strong {
    font-size: 1.15em;
  }
  .status {
    display: inline-flex;
    align-items: center;
    gap: 4px;
    font-weight: 650;
  }
  .status .icon {
    color: var(--_st);
  }
  .label {
    margin-top: 12px !important;
    font-weight: 650;
  }
  ul.verbatims,
  ul.insights {
    list-style: none;
    margin: 0;
    padding: 0;
    display: grid;
    gap: 8px;
  }
  blockquote {
    margin: 0;
    padding: 6px 10px;
    border-inline-start: 3px solid var(--_border);
    background: var(--_surface);
    border-radius: 0 6px 6px 0;
    overflow-wrap: anywhere;
  }
  ul.insights li {
    display: flex;
    justify-content: space-between;
    gap: 8px;
    overflow-wrap: anywhere;
  }
  .chip {
    flex: none;
    padding: 0 6px;
    border-radius: 999px;
    border: 1px solid var(--_border);
    font-size: 0.85em;
    color: var(--_muted);
  }

  /* Table view */
  .table-wrap {
    overflow: auto;
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
  }
  table {
    border-collapse: collapse;
    width: 100%;
    font-size: 0.88em;
    font-variant-numeric: tabular-nums;
  }
  caption {
    text-align: start;
    padding: 8px 10px;
    font-weight: 600;
  }
  th,
  td {
    padding: 5px 8px;
    border-top: 1px solid var(--_border);
    text-align: start;
    vertical-align: top;
  }
  thead th {
    background: var(--_surface);
    font-weight: 600;
    white-space: nowrap !important;
  }
  tbody th {
    font-weight: 400;
    min-width: 12em;
  }
  .num {
    text-align: end;
  }
  button.link {
    font: inherit;
    color: var(--_accent);
    background: none;
    border: 0;
    padding: 0;
    text-align: start;
    cursor: pointer;
    text-decoration: underline;
    overflow-wrap: anywhere;
  }
  .tag {
    display: inline-block;
    margin-inline-start: 4px;
    padding: 0 5px;
    border-radius: 4px;
    border: 1px solid var(--_border);
    font-size: 0.85em;
  }
  .tag.pain {
    border-color: var(--_bad);
  }

`;

import { css } from 'lit';

/** The grid: scroll area, sticky lane heads, stage heads, emotion band, connectors and their labels. */
export const mapStyles = css`
  /* Map */
  .body {
    position: relative;
    min-height: 120px;
  }
  .scroller {
    position: relative;
    overflow: auto;
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    background: var(--_bg);
    scroll-padding-inline-start: 156px;
    scroll-padding-block: 8px;
    max-height: var(--cx-journey-max-height, none);
  }
  .frame[data-mode='stack'] .scroller {
    scroll-padding-inline-start: 0;
    border: 0;
    background: transparent;
    overflow: visible;
  }
  .canvas {
    position: relative;
  }
  .canvas > svg,
  .canvas > .stage-head,
  .canvas > .card,
  .conn-labels {
    position: absolute;
    left: 0;
    top: 0;
  }
  svg.bg,
  svg.emotion {
    overflow: visible;
  }
  .stage-bg {
    fill: transparent;
  }
  .stage-bg.odd {
    fill: var(--_stage-odd);
  }
  .lane-line {
    stroke: var(--_border);
    stroke-width: 1;
  }
  .stage-line {
    stroke: var(--_border);
    stroke-dasharray: 2 4;
  }
  .emo-pos {
    fill: color-mix(in srgb, var(--_good-bg) 55%, transparent);
  }
  .emo-neg {
    fill: color-mix(in srgb, var(--_bad-bg) 55%, transparent);
  }
  .zero {
    stroke: var(--_muted);
    stroke-dasharray: 3 4;
  }
  .conn .line {
    fill: none;
    stroke: color-mix(in srgb, var(--_muted) 75%, transparent);
  }
  .conn .arrow {
    fill: var(--_muted);
  }
  .conn[data-handover='true'] .line {
    stroke: var(--_warn);
    stroke-dasharray: 6 4;
  }
  .conn[data-handover='true'] .arrow {
    fill: var(--_warn);
  }
  .curve {
    fill: none;
    stroke: var(--_emotion);
    stroke-width: 2.5;
    stroke-linecap: round;
  }
  circle.pt {
    fill: var(--_bg);
    stroke: var(--_emotion);
    stroke-width: 2;
  }
  .pt.dip path {
    fill: var(--_bad);
    stroke: var(--_bg);
    stroke-width: 1.5;
  }
  /* a pain point's bolt above its point, outlined so that the curve does not run into it */
  .pt-pain {
    fill: var(--_bad);
    stroke: var(--_bg);
    stroke-width: 2px;
    stroke-linejoin: round;
    paint-order: stroke;
  }
  .pt-label {
    fill: var(--_bad);
    font-size: 11px;
    font-weight: 650;
    paint-order: stroke;
    stroke: var(--_bg);
    stroke-width: 3px;
  }

  /* Lane heads (sticky) */
  .lane-heads {
    position: sticky;
    left: 0;
    z-index: 3;
    background: var(--_surface);
    border-inline-end: 1px solid var(--_border);
    box-shadow: 4px 0 8px -6px rgb(0 0 0 / 0.25);
  }
  .corner,
  .lane-head {
    position: absolute;
    left: 0;
    right: 0;
    padding: 10px 12px;
  }
  .corner {
    top: 0;
    display: flex;
    align-items: center;
    color: var(--_muted);
    font-size: 0.8em;
    text-transform: uppercase !important;
    letter-spacing: 0.06em !important;
  }
  .lane-head {
    display: flex;
    flex-direction: column;
    gap: 2px;
    border-top: 1px solid var(--_border);
  }
  .lane-name {
    font-weight: 600;
    overflow-wrap: anywhere;
    display: -webkit-box;
    -webkit-line-clamp: 4;
    -webkit-box-orient: vertical;
    overflow: hidden;
  }
  .lane-kind {
    color: var(--_muted);
    font-size: 0.8em;
  }
  .lane-head::before {
    content: '';
    position: absolute;
    left: 0;
    top: 10px;
    bottom: 10px;
    width: 3px;
    border-radius: 0 3px 3px 0;
    background: var(--_lane, var(--_border));
  }
  .lane-head[data-kind='customer'] {
    --_lane: var(--_series-1);
  }
  .lane-head[data-kind='frontstage'] {
    --_lane: var(--_series-5);
  }
  .lane-head[data-kind='backstage'] {
    --_lane: var(--_series-4);
  }
  .lane-head[data-kind='system'] {
    --_lane: var(--_series-8);
  }
  .lane-head[data-kind='department'] {
    --_lane: var(--_series-6);
  }
  .emotion-head {
    --_lane: var(--_emotion);
  }
  .tick {
    position: absolute;
    right: 8px;
    transform: translateY(-50%);
    font-size: 0.75em;
    color: var(--_muted);
    font-variant-numeric: tabular-nums;
  }

  /* Stage heads */
  .stage-head {
    display: flex;
    align-items: center;
    gap: 8px;
    padding: 0 14px;
    font-weight: 650;
    z-index: 1;
  }
  .stage-head.stacked {
    border-bottom: 2px solid var(--_border);
    padding: 0 2px;
  }
  .stage-no {
    flex: none;
    display: inline-grid;
    place-items: center;
    width: 22px;
    height: 22px;
    border-radius: 50%;
    background: var(--_accent);
    color: var(--_on-accent);
    font-size: 0.78em;
    font-weight: 700;
  }
  .stage-name {
    min-width: 0;
    overflow: hidden;
    text-overflow: ellipsis;
    white-space: nowrap !important;
  }

  /* Connector labels */
  .conn-labels {
    z-index: 2;
    pointer-events: none;
  }
  .conn-label {
    position: absolute;
    transform: translate(-50%, -50%);
    display: flex;
    flex-direction: column;
    align-items: center;
    gap: 2px;
    font-size: 10.5px;
    line-height: 1.2;
    font-variant-numeric: tabular-nums;
    white-space: nowrap !important;
  }
  .conn-label[data-shape='vertical'],
  .conn-label[data-shape='back'] {
    flex-direction: row;
  }
  .ho,
  .proc {
    display: inline-flex;
    align-items: center;
    gap: 3px;
    padding: 1px 5px;
    border-radius: 5px;
    background: var(--_bg);
    border: 1px solid var(--_border);
    color: var(--_fg);
  }
  .ho {
    border-color: var(--_warn);
    background: var(--_warn-bg);
    font-weight: 600;
  }
  .ho .icon {
    width: 11px;
    height: 11px;
  }
  .proc {
    /* one text: a line per figure (forward connectors), else side by side (see processText) */
    white-space: pre !important;
    text-align: center !important;
  }

`;

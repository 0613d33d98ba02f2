import { css } from 'lit';
import { cardStyles } from './card.styles.js';
import { mapStyles } from './map.styles.js';
import { panelStyles } from './panel.styles.js';

const frameStyles = css`
  :host {
    --_card-bg: var(--cx-journey-card-bg, var(--_bg));
    --_emotion: var(--cx-journey-emotion, var(--_accent));
    --_stage-odd: color-mix(in srgb, var(--_surface) 70%, transparent);
  }
  .frame {
    display: flex;
    flex-direction: column;
    gap: 10px;
  }
  .head {
    display: flex;
    flex-wrap: wrap;
    align-items: flex-end;
    justify-content: space-between;
    gap: 10px 20px;
  }
  .titles {
    display: flex;
    flex-direction: column;
    gap: 2px;
    min-width: 0;
    flex: 1 1 320px;
  }
  .title {
    font-size: 1.2em;
    font-weight: 650;
    letter-spacing: -0.01em;
    overflow-wrap: anywhere;
  }
  .summary {
    color: var(--_muted);
    font-size: 0.92em;
    overflow-wrap: anywhere;
  }
  .toolbar {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 8px 12px;
    /* in a narrow container the controls wrap and a long select shrinks, none sticks out */
    min-width: 0;
    max-width: 100%;
  }
  .seg {
    display: inline-flex;
    border: 1px solid var(--_border);
    border-radius: 999px;
    padding: 2px;
    background: var(--_surface);
  }
  .seg-btn {
    font: inherit;
    font-size: 0.92em;
    border: 0;
    border-radius: 999px;
    padding: 0.3em 0.9em;
    min-height: 2em;
    background: transparent;
    color: var(--_fg);
    cursor: pointer;
  }
  .seg-btn:hover {
    background: var(--_bg);
  }
  .seg-btn[aria-pressed='true'] {
    background: var(--_accent);
    color: var(--_on-accent);
    font-weight: 600;
  }
  .field {
    display: inline-flex;
    align-items: center;
    gap: 6px;
    min-width: 0;
    max-width: 100%;
    font-size: 0.92em;
    color: var(--_muted);
  }
  .field select {
    min-width: 0;
    flex: 0 1 auto;
  }
  select {
    font: inherit;
    color: var(--_fg);
    background: var(--_bg);
    border: 1px solid var(--_border);
    border-radius: 6px;
    padding: 0.25em 0.5em;
    min-height: 2em;
  }
  .view-toggle {
    display: inline-flex;
    align-items: center;
    gap: 6px;
  }
  .icon {
    width: 14px;
    height: 14px;
    flex: none;
    fill: none;
    stroke: currentColor;
    stroke-width: 1.5;
    stroke-linecap: round;
    stroke-linejoin: round;
    vertical-align: -2px;
  }
  .icon[data-fill='fill'] {
    fill: currentColor;
    stroke: none;
  }

  /* Legend */
  .legend {
    display: flex;
    flex-wrap: wrap;
    gap: 4px 16px;
    font-size: 0.82em;
    color: var(--_muted);
  }
  .key {
    display: inline-flex;
    align-items: center;
    gap: 5px;
  }
  .sw {
    width: 12px;
    height: 12px;
    border-radius: 3px;
    border-left: 4px solid var(--_muted);
    background: var(--_surface);
  }
  .sw[data-tone='good'],
  .ov-voc[data-tone='good'] {
    --_tone: var(--_good);
    --_tone-bg: var(--_good-bg);
  }
  .sw[data-tone='warn'],
  .ov-voc[data-tone='warn'] {
    --_tone: var(--_warn);
    --_tone-bg: var(--_warn-bg);
  }
  .sw[data-tone='bad'],
  .ov-voc[data-tone='bad'] {
    --_tone: var(--_bad);
    --_tone-bg: var(--_bad-bg);
  }
  .sw {
    border-left-color: var(--_tone, var(--_muted));
    background: var(--_tone-bg, var(--_surface));
  }
  .key.mtm .icon {
    color: var(--_warn);
  }
  .key.pain .icon,
  .key.status[data-status='missed'] .icon {
    color: var(--_bad);
  }
  .key.status[data-status='met'] .icon {
    color: var(--_good);
  }
  .key.status[data-status='risk'] .icon,
  .key.ho-key .icon {
    color: var(--_warn);
  }
  .dip-sw {
    width: 10px;
    height: 10px;
    background: var(--_bad);
    transform: rotate(45deg);
  }
  .proc-sample {
    white-space: nowrap !important;
    display: inline-flex;
    gap: 4px;
    padding: 0 5px;
    border: 1px solid var(--_border);
    border-radius: 4px;
    color: var(--_fg);
    font-variant-numeric: tabular-nums;
  }
`;

/** Reduced motion and print come last so that they win over the rules above. */
const mediaStyles = css`
  @media (prefers-reduced-motion: reduce) {
    .card {
      transition: none;
    }
  }
  @media print {
    .toolbar,
    .panel {
      display: none !important;
    }
    .scroller {
      overflow: visible !important;
      border: 0;
    }
    .lane-heads {
      position: absolute;
    }
    .card,
    .card[data-offscreen] {
      box-shadow: none;
      break-inside: avoid;
      content-visibility: visible;
    }
    .frame {
      print-color-adjust: exact;
      -webkit-print-color-adjust: exact;
    }
  }
`;

/** All styles of <journey-map>, in cascade order. */
export const journeyMapStyles = [frameStyles, mapStyles, cardStyles, panelStyles, mediaStyles];

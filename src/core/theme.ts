import { css } from 'lit';

/**
 * Theme tokens. Hosts set `--cx-*` (light) and `--cx-dark-*` (dark) custom
 * properties anywhere above the widget; widgets read the private `--_*` copies.
 * Every default meets 4.5:1 (text) or 3:1 (marks) against its background.
 */
const light = css`
  --_bg: var(--cx-color-bg, #ffffff);
  --_surface: var(--cx-color-surface, #f5f7fa);
  --_fg: var(--cx-color-fg, #1b1f24);
  --_muted: var(--cx-color-muted, #59616d);
  --_border: var(--cx-color-border, #c9d0d9);
  --_accent: var(--cx-color-accent, #0b5cad);
  --_on-accent: var(--cx-color-on-accent, #ffffff);
  --_good: var(--cx-color-good, #1a7f37);
  --_warn: var(--cx-color-warn, #9a6700);
  --_bad: var(--cx-color-bad, #c62828);
  --_good-bg: var(--cx-color-good-bg, #e6f4ea);
  --_warn-bg: var(--cx-color-warn-bg, #fff4d6);
  --_bad-bg: var(--cx-color-bad-bg, #fde8e8);
  --_series-1: var(--cx-series-1, #0b5cad);
  --_series-2: var(--cx-series-2, #c2410c);
  --_series-3: var(--cx-series-3, #15803d);
  --_series-4: var(--cx-series-4, #9333ea);
  --_series-5: var(--cx-series-5, #0e7490);
  --_series-6: var(--cx-series-6, #a16207);
  --_series-7: var(--cx-series-7, #be123c);
  --_series-8: var(--cx-series-8, #475569);
  --_shadow: var(--cx-shadow, 0 1px 2px rgb(16 24 40 / 0.08), 0 1px 3px rgb(16 24 40 / 0.1));
  color-scheme: light;
`;

const dark = css`
  --_bg: var(--cx-dark-color-bg, #15191e);
  --_surface: var(--cx-dark-color-surface, #1f252d);
  --_fg: var(--cx-dark-color-fg, #e8ebef);
  --_muted: var(--cx-dark-color-muted, #a6afbb);
  --_border: var(--cx-dark-color-border, #3b4552);
  --_accent: var(--cx-dark-color-accent, #6cb4ff);
  --_on-accent: var(--cx-dark-color-on-accent, #0b1a2b);
  --_good: var(--cx-dark-color-good, #4cc38a);
  --_warn: var(--cx-dark-color-warn, #f0b429);
  --_bad: var(--cx-dark-color-bad, #ff7b72);
  --_good-bg: var(--cx-dark-color-good-bg, #12321f);
  --_warn-bg: var(--cx-dark-color-warn-bg, #3a2c05);
  --_bad-bg: var(--cx-dark-color-bad-bg, #3d1414);
  --_series-1: var(--cx-dark-series-1, #6cb4ff);
  --_series-2: var(--cx-dark-series-2, #ff9a5c);
  --_series-3: var(--cx-dark-series-3, #4cc38a);
  --_series-4: var(--cx-dark-series-4, #c89bff);
  --_series-5: var(--cx-dark-series-5, #4fd1e0);
  --_series-6: var(--cx-dark-series-6, #f0b429);
  --_series-7: var(--cx-dark-series-7, #ff7aa2);
  --_series-8: var(--cx-dark-series-8, #b4bfcc);
  --_shadow: var(--cx-dark-shadow, 0 1px 3px rgb(0 0 0 / 0.5));
  color-scheme: dark;
`;

export const themeTokens = css`
  :host {
    ${light}
  }
  :host([theme='dark']) {
    ${dark}
  }
  @media (prefers-color-scheme: dark) {
    :host(:not([theme='light'])) {
      ${dark}
    }
  }
`;

/** Resets inherited page styles and provides the shared state boxes, buttons and helpers. */
export const baseStyles = css`
  :host {
    /* Page themes often style everything with !important; inside the shadow
       context !important wins over the page's, so the typography resets hold. */
    display: block;
    box-sizing: border-box !important;
    position: relative;
    min-width: 0;
    color: var(--_fg) !important;
    /* Own background by default, so text keeps its contrast when the widget's theme differs from the page's. */
    background: var(--cx-widget-bg, var(--_bg));
    font-family: var(--cx-font-family, system-ui, -apple-system, 'Segoe UI', Roboto, 'Helvetica Neue', Arial, sans-serif) !important;
    font-size: var(--cx-font-size, 14px) !important;
    font-weight: 400 !important;
    font-style: normal !important;
    line-height: 1.4 !important;
    letter-spacing: normal !important;
    text-align: start !important;
    text-transform: none !important;
    text-indent: 0 !important;
    white-space: normal !important;
    word-spacing: normal !important;
    --_radius: var(--cx-radius, 8px);
    --_focus: var(--cx-focus-ring, 2px solid var(--_accent));
    --_mono: var(--cx-font-mono, ui-monospace, 'SFMono-Regular', Menlo, Consolas, monospace);
  }
  :host([hidden]) {
    display: none;
  }
  /* border-box, not inherit: an explicit inherit of a non-inherited property
     keeps the browser from reusing computed styles between alike elements
     (about a third more style work on a large map) */
  *,
  *::before,
  *::after {
    box-sizing: border-box;
  }
  [hidden] {
    display: none !important;
  }
  :focus-visible {
    outline: var(--_focus);
    outline-offset: 2px;
  }
  .sr-only {
    position: absolute;
    width: 1px;
    height: 1px;
    padding: 0;
    margin: -1px;
    overflow: hidden;
    clip: rect(0 0 0 0);
    white-space: nowrap;
    border: 0;
  }
  .cx-status {
    display: flex;
    align-items: center;
    gap: 0.6em;
    min-height: 4.5em;
    padding: 0.9em 1em;
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    background: var(--_surface);
    color: var(--_fg);
  }
  .cx-status[data-kind='error'] {
    border-color: var(--_bad);
    background: var(--_bad-bg);
    align-items: flex-start;
    flex-direction: column;
  }
  .cx-status .cx-detail {
    font-family: var(--_mono);
    font-size: 0.85em;
    overflow-wrap: anywhere;
    color: var(--_fg);
  }
  .cx-spinner {
    width: 1.1em;
    height: 1.1em;
    border-radius: 50%;
    border: 2px solid var(--_border);
    border-top-color: var(--_accent);
    animation: cx-spin 0.9s linear infinite;
  }
  @keyframes cx-spin {
    to {
      transform: rotate(360deg);
    }
  }
  .cx-banner {
    display: flex;
    gap: 0.5em;
    align-items: center;
    margin: 0 0 0.5em;
    padding: 0.35em 0.75em;
    border-radius: var(--_radius);
    border: 1px solid var(--_warn);
    background: var(--_warn-bg);
    font-size: 0.9em;
  }
  .cx-banner ul {
    margin: 0;
    padding-inline-start: 1.2em;
  }
  button.cx-button {
    font: inherit;
    color: var(--_fg);
    background: var(--_bg);
    border: 1px solid var(--_border);
    border-radius: calc(var(--_radius) - 2px);
    padding: 0.3em 0.75em;
    cursor: pointer;
    min-height: 2em;
  }
  button.cx-button:hover {
    border-color: var(--_accent);
  }
  button.cx-button[aria-pressed='true'] {
    background: var(--_accent);
    border-color: var(--_accent);
    color: var(--_on-accent);
  }
  @media (prefers-reduced-motion: reduce) {
    *,
    *::before,
    *::after {
      animation-duration: 0.001ms !important;
      animation-iteration-count: 1 !important;
      transition-duration: 0.001ms !important;
    }
  }
  @media print {
    .cx-noprint {
      display: none !important;
    }
  }
`;

import type { ReactiveController, ReactiveControllerHost } from 'lit';

/** The connected listeners, and the one observer and media query for all of them. */
const listeners = new Set<() => void>();
let observer: MutationObserver | undefined;
let media: MediaQueryList | undefined;
const notify = () => {
  for (const l of listeners) l();
};

function start(): void {
  if (observer || typeof MutationObserver === 'undefined' || typeof document === 'undefined') return;
  observer = new MutationObserver(notify);
  // where a page switches its theme: a class, a style (custom properties) or a data attribute on <html> or <body>
  const options = { attributes: true, attributeFilter: ['class', 'style', 'data-theme', 'theme'] };
  observer.observe(document.documentElement, options);
  if (document.body) observer.observe(document.body, options);
  media = typeof matchMedia === 'function' ? matchMedia('(prefers-color-scheme: dark)') : undefined;
  media?.addEventListener('change', notify);
}

function stop(): void {
  observer?.disconnect();
  observer = undefined;
  media?.removeEventListener('change', notify);
  media = undefined;
}

/**
 * Tells a widget that the page may have changed its colours: the reader's
 * colour scheme changed, or the page switched a class, style or data attribute
 * on `<html>` or `<body>` (where a host's theme switch or its `--cx-*` custom
 * properties live). What CSS draws follows by itself; a widget that copied
 * colours (into a canvas) reads them again in `onChange`. One observer and
 * one media query serve every widget on the page.
 */
export class PageStyleController implements ReactiveController {
  constructor(
    host: ReactiveControllerHost,
    private readonly onChange: () => void,
  ) {
    host.addController(this);
  }

  hostConnected(): void {
    listeners.add(this.onChange);
    start();
  }

  hostDisconnected(): void {
    listeners.delete(this.onChange);
    if (!listeners.size) stop();
  }
}

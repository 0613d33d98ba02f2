import type { ReactiveControllerHost } from 'lit';
import { PageWatch, PageWatchController } from './page-watch.js';

/** The reader's colour scheme, and a class, style or data attribute on <html> or <body> (where page theme switches live). */
const styles = new PageWatch((notify) => {
  if (typeof MutationObserver === 'undefined' || typeof document === 'undefined') return undefined;
  const observer = new MutationObserver(notify);
  const options = { attributes: true, attributeFilter: ['class', 'style', 'data-theme', 'theme'] };
  observer.observe(document.documentElement, options);
  if (document.body) observer.observe(document.body, options);
  const media = typeof matchMedia === 'function' ? matchMedia('(prefers-color-scheme: dark)') : undefined;
  media?.addEventListener('change', notify);
  return () => {
    observer.disconnect();
    media?.removeEventListener('change', notify);
  };
});

/**
 * Tells a widget that the page may have changed its colours: the reader's
 * colour scheme changed, or the page switched a class, style or data attribute
 * on `<html>` or `<body>` (where a host's theme switch or its `--cx-*` custom
 * properties live). What CSS draws follows by itself; a widget that copied
 * colours (into a canvas) reads them again in `onChange`. One observer and
 * one media query serve every widget on the page.
 */
export class PageStyleController extends PageWatchController {
  constructor(host: ReactiveControllerHost, onChange: () => void) {
    super(host, styles, onChange);
  }
}

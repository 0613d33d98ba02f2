import type { ReactiveControllerHost } from 'lit';
import { PageWatch, PageWatchController } from './page-watch.js';

/** Any `lang` attribute of the page (an intranet's language switch sets it on <html>, a CMS on a section). */
const langs = new PageWatch((notify) => {
  if (typeof MutationObserver === 'undefined' || typeof document === 'undefined') return undefined;
  const observer = new MutationObserver(notify);
  observer.observe(document.documentElement, { attributes: true, attributeFilter: ['lang'], subtree: true });
  return () => observer.disconnect();
});

/**
 * A widget without a `locale` takes its language from the nearest `lang`
 * attribute. This controller asks it to update when any `lang` in the page
 * changes, so a page that switches language at runtime switches every widget
 * at once (the update resolves the locale again). One MutationObserver serves
 * every widget on the page, and only while one is connected.
 */
export class LangController extends PageWatchController {
  constructor(host: ReactiveControllerHost) {
    super(host, langs, () => host.requestUpdate());
  }
}

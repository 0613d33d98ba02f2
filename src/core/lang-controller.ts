import type { ReactiveController, ReactiveControllerHost } from 'lit';

/** The connected hosts that follow the page's `lang` attributes, and the one observer for all of them. */
const hosts = new Set<ReactiveControllerHost>();
let observer: MutationObserver | undefined;

function start(): void {
  if (observer || typeof MutationObserver === 'undefined' || typeof document === 'undefined') return;
  observer = new MutationObserver(() => {
    for (const host of hosts) host.requestUpdate();
  });
  // `lang` anywhere in the page (an intranet's language switch sets it on <html>, a CMS on a section)
  observer.observe(document.documentElement, { attributes: true, attributeFilter: ['lang'], subtree: true });
}

/**
 * A widget without a `locale` takes its language from the nearest `lang`
 * attribute. This controller asks it to update when any `lang` in the page
 * changes, so a page that switches language at runtime switches every widget
 * at once (the update resolves the locale again). One MutationObserver serves
 * every widget on the page, and only while one is connected.
 */
export class LangController implements ReactiveController {
  constructor(private readonly host: ReactiveControllerHost) {
    host.addController(this);
  }

  hostConnected(): void {
    hosts.add(this.host);
    start();
  }

  hostDisconnected(): void {
    hosts.delete(this.host);
    if (!hosts.size) {
      observer?.disconnect();
      observer = undefined;
    }
  }
}

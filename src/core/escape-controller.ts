import type { ReactiveController, ReactiveControllerHost } from 'lit';

/**
 * Escape anywhere on the page closes what a widget shows on pointer hover (a
 * tooltip), without moving the pointer or focus (WCAG 1.4.13). `dismiss`
 * closes it and says whether something was open; Escape then goes no further.
 */
export class EscapeController implements ReactiveController {
  constructor(
    host: ReactiveControllerHost,
    private readonly dismiss: () => boolean,
  ) {
    host.addController(this);
  }

  private readonly onKey = (e: KeyboardEvent): void => {
    if (e.key !== 'Escape' || e.defaultPrevented) return;
    if (this.dismiss()) e.preventDefault();
  };

  hostConnected(): void {
    globalThis.addEventListener?.('keydown', this.onKey);
  }

  hostDisconnected(): void {
    globalThis.removeEventListener?.('keydown', this.onKey);
  }
}

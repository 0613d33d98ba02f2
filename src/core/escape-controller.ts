import type { ReactiveController, ReactiveControllerHost } from 'lit';

/**
 * Escape anywhere on the page closes what a widget shows on pointer hover (a
 * tooltip), without moving the pointer or focus (WCAG 1.4.13), or cancels what
 * the pointer is doing (a drag). `dismiss` does that and says whether there was
 * anything to close; the key press is then marked as handled. Escape that an
 * element inside the widget already handled (default prevented) is left alone.
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

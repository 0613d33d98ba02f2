import type { ReactiveController, ReactiveControllerHost } from 'lit';

/** Tracks the host's content-box size and asks for an update when its width changes (at most once a frame). */
export class ResizeController implements ReactiveController {
  private w = 0;
  private h = 0;
  private measured = false;
  private observer?: ResizeObserver;
  private frame = 0;
  /** The host has read the size since it last changed: a new width must redraw it. */
  private used = false;

  /**
   * The content width in px. The first read measures the host at once (its
   * shadow styles apply from connection on), so the first render already
   * knows its size instead of drawing at width 0 and again a frame later.
   */
  get width(): number {
    this.measureOnce();
    this.used = true;
    return this.w;
  }

  get height(): number {
    this.measureOnce();
    this.used = true;
    return this.h;
  }

  private measureOnce(): void {
    if (this.measured || !this.host.isConnected) return;
    this.measured = true;
    const style = getComputedStyle(this.host);
    const padX = (parseFloat(style.paddingLeft) || 0) + (parseFloat(style.paddingRight) || 0);
    const padY = (parseFloat(style.paddingTop) || 0) + (parseFloat(style.paddingBottom) || 0);
    this.w = Math.max(0, Math.round(this.host.clientWidth - padX));
    this.h = Math.max(0, Math.round(this.host.clientHeight - padY));
  }

  constructor(private readonly host: ReactiveControllerHost & Element) {
    host.addController(this);
  }

  hostConnected(): void {
    this.measured = false;
    if (typeof ResizeObserver === 'undefined') return;
    this.observer = new ResizeObserver((entries) => {
      const box = entries[entries.length - 1]?.contentRect;
      if (!box) return;
      const width = Math.round(box.width);
      const height = Math.round(box.height);
      this.measured = true;
      // Widgets lay out by width; a height change alone (e.g. 0 → content height
      // after the first render) is recorded without another render.
      // A host that has not read its size yet (e.g. still loading) gets it when it renders.
      const widthChanged = width !== this.w;
      this.w = width;
      this.h = height;
      if (!widthChanged || !this.used) return;
      cancelAnimationFrame(this.frame);
      this.frame = requestAnimationFrame(() => this.host.requestUpdate());
    });
    this.observer.observe(this.host);
  }

  hostDisconnected(): void {
    this.observer?.disconnect();
    cancelAnimationFrame(this.frame);
  }
}

import type { ReactiveController, ReactiveControllerHost } from 'lit';

/**
 * One watch of the page shared by every widget: `start` sets it up when the
 * first listener comes (it calls `notify` on a change) and returns how to take
 * it down, which happens when the last listener leaves.
 */
export class PageWatch {
  private readonly listeners = new Set<() => void>();
  private stop?: () => void;

  constructor(private readonly start: (notify: () => void) => (() => void) | undefined) {}

  add(listener: () => void): void {
    this.listeners.add(listener);
    this.stop ??= this.start(() => {
      for (const l of this.listeners) l();
    });
  }

  delete(listener: () => void): void {
    this.listeners.delete(listener);
    if (this.listeners.size) return;
    this.stop?.();
    this.stop = undefined;
  }
}

/** Calls `onChange` on changes of `watch` while its host is connected. */
export class PageWatchController implements ReactiveController {
  constructor(
    host: ReactiveControllerHost,
    private readonly watch: PageWatch,
    private readonly onChange: () => void,
  ) {
    host.addController(this);
  }

  hostConnected(): void {
    this.watch.add(this.onChange);
  }

  hostDisconnected(): void {
    this.watch.delete(this.onChange);
  }
}

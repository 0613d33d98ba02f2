import type { Status } from './model.js';

/**
 * Remembers the last status per series and metric and says when it crosses
 * into `missed`: once per crossing, again only after it left `missed` (or
 * had no status) in between. A new key (other series or metric) starts over.
 */
export class ThresholdWatch {
  private key?: string;
  private last?: Status;

  /** Feeds the newest status; true when this one is a crossing into `missed`. */
  next(key: string, status: Status | undefined): boolean {
    if (key !== this.key) {
      this.key = key;
      this.last = undefined;
    }
    const crossed = status === 'missed' && this.last !== 'missed';
    this.last = status;
    return crossed;
  }
}

/**
 * Spreads work over short tasks: callbacks queued with `later` run in tasks of
 * at most `SLICE_MS`, so a page that mounts a hundred cards at once still
 * answers input between them (no long task). A MessageChannel task is used
 * rather than a timer, which background tabs would throttle.
 */
const SLICE_MS = 8;
const queue: (() => void)[] = [];
let pending = false;
let channel: MessageChannel | undefined;

function drain(): void {
  pending = false;
  const end = performance.now() + SLICE_MS;
  do {
    try {
      queue.shift()?.();
    } catch (error) {
      // one failing task must not hold up the others
      setTimeout(() => {
        throw error;
      });
    }
  } while (queue.length && performance.now() < end);
  if (queue.length) schedule();
}

function schedule(): void {
  if (pending) return;
  pending = true;
  if (!channel && typeof MessageChannel !== 'undefined') {
    channel = new MessageChannel();
    channel.port1.onmessage = drain;
  }
  if (channel) channel.port2.postMessage(0);
  else setTimeout(drain);
}

/** Runs `task` in one of the next short tasks. */
export function later(task: () => void): void {
  queue.push(task);
  schedule();
}

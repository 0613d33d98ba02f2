/**
 * Giving the main thread back: widgets that do heavy work the first time on a
 * page (or for a large payload) split it into short tasks with these.
 */

interface Scheduler {
  yield?: () => Promise<void>;
}

/** Resolves in a task of its own, queued behind the tasks already waiting (a MessageChannel message; no frame wait). */
export function messageTask(): Promise<void> {
  return new Promise((resolve) => {
    const channel = new MessageChannel();
    channel.port1.onmessage = () => resolve();
    channel.port2.postMessage(0);
  });
}

/** Gives the main thread back for one task (`scheduler.yield()`, else `messageTask()`). */
export function yieldTask(): Promise<void> {
  const s = (globalThis as { scheduler?: Scheduler }).scheduler;
  if (typeof s?.yield === 'function') return s.yield();
  return messageTask();
}

/**
 * Resolves after the next animation frame, or after `ms` when no frame comes
 * (a hidden tab renders no frames; `updateComplete` must not hang there).
 */
export function nextFrame(ms = 100): Promise<void> {
  return new Promise((resolve) => {
    const done = () => {
      clearTimeout(timer);
      if (typeof cancelAnimationFrame === 'function') cancelAnimationFrame(id);
      resolve();
    };
    const timer = setTimeout(done, ms);
    const id = typeof requestAnimationFrame === 'function' ? requestAnimationFrame(done) : 0;
  });
}

import type { stubFetch } from '../helpers/fetch-stub.js';

type Calls = ReturnType<typeof stubFetch>['calls'];

/**
 * A stubFetch reply that never answers but honours the request's AbortSignal,
 * like a real fetch to a server that does not respond. (stubFetch calls
 * function replies without arguments, so the signal is read from the last
 * recorded call; `calls()` returns the stub's call list.)
 */
export const hangUntilAborted = (calls: () => Calls) => () =>
  new Promise<Response>((_resolve, reject) => {
    const signal = calls().at(-1)?.init?.signal;
    signal?.addEventListener('abort', () => reject(signal.reason), { once: true });
  });

/** The rejection of `promise`, or a failure if it resolves. */
export async function rejection(promise: Promise<unknown>): Promise<unknown> {
  try {
    await promise;
  } catch (error) {
    return error;
  }
  throw new Error('expected a rejection');
}

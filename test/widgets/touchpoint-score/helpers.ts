import type { LiveMessage } from '../../../src/data/live.js';
import type { ScoreSeries } from '../../../src/data/schemas/score.js';
import { type LiveConnect, TouchpointScore } from '../../../src/widgets/touchpoint-score/index.js';

if (!customElements.get('touchpoint-score')) customElements.define('touchpoint-score', TouchpointScore);

export const nps = (promoters: number, passives: number, detractors: number) => ({ promoters, passives, detractors });

/** Two weeks: W41 NPS 30 (n 100), W42 NPS 45 (n 200); target 40, at risk below 50. */
export const twoWeeks: ScoreSeries = {
  id: 'onb',
  name: 'Onboarding call',
  touchpointId: 'tp-1',
  journeyId: 'j-1',
  periods: [
    { start: '2026-10-05', label: 'W41', nps: nps(50, 30, 20) },
    { start: '2026-10-12', label: 'W42', nps: nps(120, 50, 30) },
  ],
  targets: [{ metric: 'nps', value: 40, warnBelow: 50 }],
};

/** A fake live transport with the same pause semantics as src/data/live.ts (messages kept while paused). */
export function fakeLive() {
  let onMessage: ((m: LiveMessage) => void) | undefined;
  let paused = false;
  const buffer: LiveMessage[] = [];
  const log = { url: '', types: [] as readonly string[], subscribed: 0, closed: 0, pauses: 0, resumes: 0 };
  let id = 0;
  const connect: LiveConnect = (url, handler, options = {}) => {
    log.url = url;
    log.types = options.types ?? [];
    log.subscribed++;
    onMessage = handler;
    return {
      get paused() {
        return paused;
      },
      pause() {
        log.pauses++;
        paused = true;
      },
      resume() {
        log.resumes++;
        paused = false;
        for (const m of buffer.splice(0)) handler(m);
      },
      close() {
        log.closed++;
      },
    };
  };
  const send = (data: unknown) => {
    const m = { id: String(++id), type: 'feedback', data };
    if (paused) buffer.push(m);
    else onMessage?.(m);
  };
  const answer = (score: number, extra: Record<string, unknown> = { touchpointId: 'tp-1' }) =>
    send({ id: `e${id + 1}`, time: '2026-10-13T10:00:00Z', score, ...extra });
  return { connect, send, answer, log };
}

/** Every text node of the shadow root (for "never NaN on screen"). */
export function shadowText(el: Element): string {
  return el.shadowRoot!.textContent ?? '';
}

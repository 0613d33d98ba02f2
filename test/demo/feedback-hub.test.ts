import { expect } from '@open-wc/testing';
import { FeedbackHub, type FeedbackSource } from '../../demo/server/feedback-hub.js';
import { FeedbackEvent } from '../../src/data/schemas/index.js';

const sources: FeedbackSource[] = [
  {
    journeyId: 'move-in', weight: 1,
    series: [{ id: 'move-in-private', share: 1, mix: [0, 0, 1] }],
    touchpoints: [{ id: 'mi-first-bill', mix: [1, 0, 0], texts: [{ score: 10, text: 'Great' }] }],
  },
];
const t0 = new Date('2026-11-24T10:00:00Z');

describe('demo FeedbackHub (live stream)', () => {
  it('emits valid FeedbackEvents with increasing ids and scores that follow the mix', () => {
    const hub = new FeedbackHub(sources, { seed: 1, firstId: 100 });
    const events = Array.from({ length: 40 }, () => hub.emit(t0));
    expect(events.map((e) => e.id).slice(0, 3)).to.deep.equal(['100', '101', '102']);
    for (const e of events) {
      expect(FeedbackEvent.safeParse(e).success).to.equal(true);
      // Mix [0,0,1] for the series: only detractors (0–6); the touchpoint's mix [1,0,0]: only promoters (9–10).
      if (e.touchpointId) expect(e.score).to.be.within(9, 10);
      else expect(e.score).to.be.within(0, 6);
    }
  });

  it('is deterministic for a seed', () => {
    const a = new FeedbackHub(sources, { seed: 7 });
    const b = new FeedbackHub(sources, { seed: 7 });
    const draw = (h: FeedbackHub) => Array.from({ length: 10 }, () => h.emit(t0).score);
    expect(draw(a)).to.deep.equal(draw(b));
  });

  it('resends only the events after Last-Event-ID, from a bounded history, without duplicates', () => {
    const hub = new FeedbackHub(sources, { firstId: 1, capacity: 5 });
    for (let i = 0; i < 8; i++) hub.emit(t0); // ids 1…8, history keeps 4…8
    expect(hub.after('6').map((e) => e.id)).to.deep.equal(['7', '8']);
    expect(hub.after('8')).to.deep.equal([]);
    // An id older than the history: everything still kept.
    expect(hub.after('1').map((e) => e.id)).to.deep.equal(['4', '5', '6', '7', '8']);
    expect(hub.after(null)).to.deep.equal([]);
    expect(hub.after('garbage')).to.deep.equal([]);
  });

  it('delivers to subscribers until they unsubscribe; stop() clears the timer and listeners', async () => {
    const hub = new FeedbackHub(sources);
    const got: string[] = [];
    const off = hub.subscribe((e) => got.push(e.id));
    hub.emit(t0);
    off();
    hub.emit(t0);
    expect(got).to.deep.equal(['1']);
    hub.subscribe((e) => got.push(e.id));
    hub.start(5);
    await new Promise((r) => setTimeout(r, 40));
    hub.stop();
    const count = got.length;
    expect(count).to.be.greaterThan(1);
    await new Promise((r) => setTimeout(r, 30));
    expect(got.length).to.equal(count);
  });
});

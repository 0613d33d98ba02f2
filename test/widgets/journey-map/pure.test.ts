import { expect } from '@open-wc/testing';
import type { Journey, Touchpoint } from '../../../src/data/schemas/journey.js';
import { fitText, wrapText } from '../../../src/widgets/journey-map/export.js';
import { figuresOf, lowestScore, scoreTone, targetStatus, thresholdBreaches } from '../../../src/widgets/journey-map/figures.js';
import { Formatter } from '../../../src/core/format.js';
import { makeTranslator } from '../../../src/core/i18n.js';
import { laneKindText, sentimentText, shareText } from '../../../src/widgets/journey-map/format.js';
import { journeyMapStrings } from '../../../src/widgets/journey-map/strings.js';
import { channelIcon } from '../../../src/widgets/journey-map/icons.js';
import { move } from '../../../src/widgets/journey-map/nav.js';
import { sanitize } from '../../../src/widgets/journey-map/sanitize.js';

describe('journey-map figures (pure)', () => {
  it('rates a value against its target: missed below, at risk below warnBelow, met otherwise', () => {
    expect(targetStatus(-24, { metric: 'nps', value: 5, warnBelow: 15 })).to.equal('missed');
    expect(targetStatus(14, { metric: 'nps', value: 10, warnBelow: 20 })).to.equal('risk');
    expect(targetStatus(20, { metric: 'nps', value: 10, warnBelow: 20 })).to.equal('met');
    expect(targetStatus(10, { metric: 'nps', value: 10 })).to.equal('met');
    expect(targetStatus(undefined, { metric: 'nps', value: 10 })).to.equal('none');
  });

  it('bands scores per metric', () => {
    const s = (metric: 'nps' | 'csat', value: number) => ({ metric, value, n: 50, se: 1, moe: 2, small: false });
    expect(scoreTone(s('nps', -0.1))).to.equal('bad');
    expect(scoreTone(s('nps', 0))).to.equal('warn');
    expect(scoreTone(s('nps', 29.9))).to.equal('warn');
    expect(scoreTone(s('nps', 30))).to.equal('good');
    expect(scoreTone(s('csat', 4.2))).to.equal('good');
    expect(scoreTone(undefined)).to.equal('none');
  });

  const tp: Touchpoint = {
    id: 'a',
    stageId: 's',
    laneId: 'l',
    name: 'A',
    emotion: 1,
    // NPS = (20 − 50) / 100 × 100 = −30
    voc: { nps: { promoters: 20, passives: 30, detractors: 50 }, sentiment: { positive: 1, neutral: 1, negative: 2 } },
    target: { metric: 'nps', value: 0 },
    segments: [{ segmentId: 'g', voc: { nps: { promoters: 6, passives: 2, detractors: 2 } }, emotion: -2 }],
  };

  it('computes the figures of a touchpoint, and of a segment without falling back to all customers', () => {
    const all = figuresOf(tp, 'nps');
    expect(all.score!.value).to.equal(-30);
    expect(all.score!.n).to.equal(100);
    expect(all.tone).to.equal('bad');
    expect(all.sentiment).to.deep.equal({ n: 4, positive: 0.25, neutral: 0.25, negative: 0.5 });
    expect(all.target).to.deep.include({ status: 'missed', value: -30, target: 0 });
    // Segment g: (6 − 2) / 10 = +40, n = 10 (small)
    const g = figuresOf(tp, 'nps', 'g');
    expect(g.score!.value).to.equal(40);
    expect(g.score!.small).to.equal(true);
    expect(g.emotion).to.equal(-2);
    expect(g.target!.status).to.equal('met');
    const missing = figuresOf(tp, 'nps', 'other');
    expect(missing.segmentMissing).to.equal(true);
    expect(missing.score).to.equal(undefined);
    expect(missing.emotion).to.equal(1); // the journey-level rating
    expect(figuresOf(tp, 'csat').score).to.equal(undefined);
  });

  it('lists the touchpoints below their target (overall figures only)', () => {
    const ok: Touchpoint = { ...tp, id: 'b', name: 'B', voc: { nps: { promoters: 50, passives: 30, detractors: 20 } }, target: { metric: 'nps', value: 10 } };
    const noData: Touchpoint = { ...tp, id: 'c', name: 'C', target: { metric: 'csat', value: 4 } };
    expect(thresholdBreaches([tp, ok, noData])).to.deep.equal([{ touchpointId: 'a', name: 'A', metric: 'nps', value: -30, target: 0 }]);
  });

  it('finds the lowest score', () => {
    const ok: Touchpoint = { ...tp, id: 'b', voc: { nps: { promoters: 50, passives: 30, detractors: 20 } } };
    expect(lowestScore([ok, tp], 'nps')!.touchpoint.id).to.equal('a');
    expect(lowestScore([ok, tp], 'ces')).to.equal(undefined);
  });
});

describe('journey-map sanitize (pure)', () => {
  const base: Journey = {
    id: 'j',
    name: 'J',
    stages: [
      { id: 's1', name: 'S1' },
      { id: 's1', name: 'dup' },
    ],
    lanes: [{ id: 'l1', name: 'L1', kind: 'customer' }],
    touchpoints: [
      { id: 'a', stageId: 's1', laneId: 'l1', name: 'A', insightIds: ['i9'] },
      { id: 'a', stageId: 's1', laneId: 'l1', name: 'A again' },
      { id: 'b', stageId: 'zz', laneId: 'l1', name: 'B' },
      { id: 'c', stageId: 's1', laneId: 'qq', name: 'C' },
      { id: 'd', stageId: 's1', laneId: 'l1', name: 'D', segments: [{ segmentId: 'nope' }] },
    ],
    transitions: [
      { from: 'a', to: 'd' },
      { from: 'b', to: 'd' },
      { from: 'a', to: 'x' },
      { from: 'd', to: 'd' },
    ],
  };

  it('names every problem with its path and leaves out what cannot be placed', () => {
    const { journey, problems } = sanitize(base);
    expect(problems.map((p) => p.path)).to.deep.equal([
      'stages[1].id',
      'touchpoints[0].insightIds[0]',
      'touchpoints[1].id',
      'touchpoints[2].stageId',
      'touchpoints[3].laneId',
      'touchpoints[4].segments[0].segmentId',
      'transitions[1].from',
      'transitions[2].to',
      'transitions[3]',
    ]);
    expect(problems[3]!.message).to.equal('unknown stage "zz" (touchpoint "B" left out)');
    expect(journey.stages.length).to.equal(1);
    expect(journey.touchpoints.map((t) => t.id)).to.deep.equal(['a', 'd']);
    expect(journey.transitions).to.deep.equal([{ from: 'a', to: 'd' }]);
  });

  it('has nothing to say about a clean journey', () => {
    expect(sanitize({ ...base, stages: [base.stages[0]!], touchpoints: [base.touchpoints[4]!].map((t) => ({ ...t, segments: undefined })), transitions: [] }).problems).to.deep.equal([]);
  });
});

describe('journey-map keyboard movement (pure)', () => {
  // The grid of layout.test.ts: t1 (col 0, lane 0), t2 (0, 1), t3 (1, 0) in stage 0; t4 (2, 1) in stage 1.
  const cards = [
    { id: 't1', column: 0, laneIndex: 0, stageIndex: 0 },
    { id: 't2', column: 0, laneIndex: 1, stageIndex: 0 },
    { id: 't3', column: 1, laneIndex: 0, stageIndex: 0 },
    { id: 't4', column: 2, laneIndex: 1, stageIndex: 1 },
  ];
  it('moves by column (left/right) and lane (up/down) in the grid', () => {
    expect(move(cards, 't1', 'ArrowRight', 'grid')).to.equal('t3');
    expect(move(cards, 't3', 'ArrowRight', 'grid')).to.equal('t4');
    expect(move(cards, 't4', 'ArrowRight', 'grid')).to.equal(undefined);
    expect(move(cards, 't4', 'ArrowLeft', 'grid')).to.equal('t3');
    expect(move(cards, 't2', 'ArrowLeft', 'grid')).to.equal(undefined);
    expect(move(cards, 't1', 'ArrowDown', 'grid')).to.equal('t2');
    // t3 down: t2 and t4 are both one column away; the left one wins.
    expect(move(cards, 't3', 'ArrowDown', 'grid')).to.equal('t2');
    expect(move(cards, 't4', 'ArrowUp', 'grid')).to.equal('t3');
    expect(move(cards, 't1', 'ArrowUp', 'grid')).to.equal(undefined);
    expect(move(cards, 't3', 'Home', 'grid')).to.equal('t1');
    expect(move(cards, 't1', 'End', 'grid')).to.equal('t4');
  });
  it('moves through the list and by stage when stacked', () => {
    expect(move(cards, 't2', 'ArrowDown', 'stack')).to.equal('t3');
    expect(move(cards, 't2', 'ArrowUp', 'stack')).to.equal('t1');
    expect(move(cards, 't1', 'ArrowRight', 'stack')).to.equal('t4');
    expect(move(cards, 't4', 'ArrowLeft', 'stack')).to.equal('t1');
    expect(move(cards, 't1', 'ArrowLeft', 'stack')).to.equal(undefined);
  });
});

describe('journey-map export text and icons (pure)', () => {
  it('wraps words into lines and ends a cut text with an ellipsis', () => {
    expect(wrapText('Move in date confirmed', 10, 2)).to.deep.equal(['Move in', 'date…']);
    expect(wrapText('Move in date', 12, 2)).to.deep.equal(['Move in date']);
    expect(wrapText('', 8, 2)).to.deep.equal([]);
    // the last line is full ("aaaa bbbb", 9 of 9): the ellipsis takes the place of its last word
    expect(wrapText('aaaa bbbb cccc', 9, 1)).to.deep.equal(['aaaa…']);
  });

  it('breaks lines between words only: a word longer than a line is cut with an ellipsis, never carried over', () => {
    // 18 letters on lines of 17: 16 letters and the ellipsis, nothing on a second line (was "Messstellenbetrie" / "b")
    expect(wrapText('Messstellenbetrieb', 17, 3)).to.deep.equal(['Messstellenbetri…']);
    expect(wrapText('Supercalifragilistic', 8, 3)).to.deep.equal(['Superca…']);
    // the words after a cut word go on with the next line
    expect(wrapText('Supercalifragilistic expialidocious is long', 8, 3)).to.deep.equal(['Superca…', 'expiali…', 'is long']);
    expect(wrapText('Adress- und Marktlokationsprüfung', 12, 3)).to.deep.equal(['Adress- und', 'Marktlokati…']);
  });

  it('wraps by measured width, not by characters', () => {
    // W is three units wide, every other character one: "WW" = 6, "WW ab" = 9 > 8
    const measure = (s: string) => [...s].reduce((w, c) => w + (c === 'W' ? 3 : 1), 0);
    expect(wrapText('WW ab cd', 8, 2, measure)).to.deep.equal(['WW', 'ab cd']);
    // a width per line, the last one repeating (a card name's first line is shortened by its marks)
    expect(wrapText('aaa bbb ccc ddd', [3, 7], 3)).to.deep.equal(['aaa', 'bbb ccc', 'ddd']);
    expect(wrapText('aaa bbb ccc ddd eee', [3, 7], 2)).to.deep.equal(['aaa', 'bbb…']);
    // one line cut wherever it must, as text-overflow: ellipsis: "W…" = 3 + 1 fits 5, "WW…" = 7 does not
    expect(fitText('WW ab cd', 5, measure)).to.equal('W…');
    expect(fitText('ab cd', 5, measure)).to.equal('ab cd');
  });
  it('maps free-text channels to icons', () => {
    expect(channelIcon('E-Mail')).to.equal('email');
    expect(channelIcon(' Call Centre ')).to.equal('phone');
    expect(channelIcon('__proto__')).to.equal('other');
    expect(channelIcon(undefined)).to.equal('other');
  });
});

describe('journey-map progressive rendering (pure)', () => {
  const box = (index: number, x: number, y = 0) => ({ id: `t${index}`, index, stageIndex: 0, laneIndex: 0, column: index, x, y, w: 100, h: 50 });
  it('renders few cards at once and only the visible ones of many', async () => {
    const { firstReveal, nextReveal, distance, PROGRESSIVE_FROM } = await import('../../../src/widgets/journey-map/reveal.js');
    const few = [box(0, 0), box(1, 5000)];
    expect([...firstReveal(few, { axis: 'x', from: 0, to: 1000 })]).to.deep.equal([0, 1]);
    // 60 cards 200 px apart: x = 0, 200, …; the window 0…1000 overlaps cards 0…5 (card 5 spans 1000…1100).
    const many = Array.from({ length: 60 }, (_, i) => box(i, i * 200));
    expect(PROGRESSIVE_FROM).to.equal(48);
    expect([...firstReveal(many, { axis: 'x', from: 0, to: 1000 })]).to.deep.equal([0, 1, 2, 3, 4, 5]);
    // Card 7 (1400…1500) is 400 px right of the window; card 0 overlaps it.
    expect(distance(many[7]!, { axis: 'x', from: 0, to: 1000 })).to.equal(400);
    // Across: a card at y 900…950 is 50 px below a cross range ending at 850.
    expect(distance(box(0, 0, 900), { axis: 'x', from: 0, to: 1000, crossFrom: 0, crossTo: 850 })).to.equal(50);
    // The next chunk: nearest first → cards 6, 7, 8.
    expect(nextReveal(many, new Set([0, 1, 2, 3, 4, 5]), { axis: 'x', from: 0, to: 1000 }, 3)).to.deep.equal([6, 7, 8]);
  });
});

describe('journey-map cold first load (pure parts)', () => {
  it('draws journeys of more than 48 touchpoints in steps on a cold page, smaller ones and non-journeys at once', async () => {
    const { COLD_STEPS_FROM, isLargeJourney } = await import('../../../src/widgets/journey-map/cold.js');
    const tps = (n: number) => ({ touchpoints: Array.from({ length: n }, (_, i) => ({ id: `t${i}` })) });
    expect(COLD_STEPS_FROM).to.equal(48);
    expect(isLargeJourney(tps(48))).to.equal(false);
    expect(isLargeJourney(tps(49))).to.equal(true);
    expect(isLargeJourney({ touchpoints: 'many' })).to.equal(false);
    expect(isLargeJourney(null)).to.equal(false);
    expect(isLargeJourney(undefined)).to.equal(false);
  });

  it('creates every number format the map prints (en and de)', async () => {
    const { warmFormats } = await import('../../../src/widgets/journey-map/cold.js');
    const { Formatter } = await import('../../../src/core/format.js');
    // number 1 → "1"; 1.5 with one digit → "1.5"; signed → "+1", "+1.5"; 0.5 as percent → "50%"; 1500 compact → "1.5K".
    expect(warmFormats(new Formatter('en'))).to.deep.equal(['1', '1.5', '+1', '+1.5', '50%', '1.5K']);
    // German: decimal comma, a no-break space before % (U+00A0); compact keeps four-digit numbers whole ("Tsd." from 10 000).
    expect(warmFormats(new Formatter('de'))).to.deep.equal(['1', '1,5', '+1', '+1,5', '50\u00a0%', '1500']);
  });

  it('waits for the next frame, or a timeout when no frame comes (hidden tab)', async () => {
    const { nextFrame } = await import('../../../src/core/tasks.js');
    const raf = globalThis.requestAnimationFrame;
    globalThis.requestAnimationFrame = () => 0; // no frame ever comes
    try {
      const t0 = performance.now();
      await nextFrame(40);
      expect(performance.now() - t0).to.be.at.least(35);
    } finally {
      globalThis.requestAnimationFrame = raf;
    }
    let framed = false;
    requestAnimationFrame(() => (framed = true));
    await nextFrame(10_000); // a frame comes long before the timeout
    expect(framed).to.equal(true);
  });

});

describe('journey-map connector labels (pure)', () => {
  it('writes the process figures one per line on forward connectors, side by side on vertical and backward ones', async () => {
    const { processText } = await import('../../../src/widgets/journey-map/map.js');
    const lines = ['100', '⌀ 24 h', 'P90 3.0 d'];
    expect(processText(lines, 'forward')).to.equal('100\n⌀ 24 h\nP90 3.0 d');
    expect(processText(lines, 'vertical')).to.equal('100\u2002⌀ 24 h\u2002P90 3.0 d');
    expect(processText(lines, 'back')).to.equal('100\u2002⌀ 24 h\u2002P90 3.0 d');
    expect(processText([], 'forward')).to.equal('');
  });
});

describe('journey-map lane kind under the lane name', () => {
  it('is left out when it only repeats the name, in any case', () => {
    expect(laneKindText('Customer', 'Customer')).to.equal('');
    expect(laneKindText('Front stage', 'front stage')).to.equal('');
    expect(laneKindText('Billing', 'Department')).to.equal('Department');
    expect(laneKindText('Systems', 'System')).to.equal('System');
  });
});

describe('journey-map sentiment in words', () => {
  const ctxOf = (lang: 'en' | 'de') => ({ fmt: new Formatter(lang), t: makeTranslator(lang, [journeyMapStrings]) });
  it('says what a share is, without a sign that reads like a change', () => {
    const en = ctxOf('en');
    const de = ctxOf('de');
    // 56 of 100 answers positive, 21 negative; figure and word held together by a no-break space (U+00A0), German also has one before %
    expect(shareText(en, 'positive', 0.56)).to.equal('56%\u00a0positive');
    expect(shareText(de, 'positive', 0.56)).to.equal('56\u00a0%\u00a0positiv');
    expect(shareText(de, 'neutral', 0.23)).to.equal('23\u00a0%\u00a0neutral');
    expect(sentimentText(en, { n: 100, positive: 0.56, neutral: 0.23, negative: 0.21 })).to.equal('56%\u00a0positive, 21%\u00a0negative');
    expect(sentimentText(de, { n: 100, positive: 0.56, neutral: 0.23, negative: 0.21 })).to.equal('56\u00a0%\u00a0positiv, 21\u00a0%\u00a0negativ');
  });
});

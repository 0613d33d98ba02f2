import { expect } from '@open-wc/testing';
import type { Journey } from '../../../src/data/schemas/journey.js';
import { applyFilters, computeImpacts, prepare, sortItems, summarise } from '../../../src/widgets/insight-matrix/model.js';
import { resolveScale } from '../../../src/widgets/insight-matrix/scale.js';
import type { LenientInsight } from '../../../src/widgets/insight-matrix/schema.js';
import { journey as moveIn } from '../../../stories/fixtures/insight-matrix.js';
import { fault } from './helpers.js';

const ins = (id: string, extra: Partial<LenientInsight> = {}): LenientInsight => ({ id, title: `T ${id}`, kind: 'idea', status: 'new', difficulty: 2, impact: 4, ...extra });

describe('insight-matrix prepare (bad input)', () => {
  it('keeps the first of duplicate ids and reports the later one', () => {
    const p = prepare({ items: [ins('a'), ins('b'), ins('a', { title: 'again' })] });
    expect(p.items.map((i) => i.id)).to.deep.equal(['a', 'b']);
    expect(p.issues).to.deep.equal([{ path: 'items[2].id', code: 'duplicate', params: { id: 'a', first: 0 } }]);
  });

  it('lists missing ratings, out-of-scale ratings and unknown statuses without placing them', () => {
    const p = prepare({ items: [ins('ok'), ins('u', { difficulty: undefined }), ins('o', { impact: 7 }), ins('s', { status: 'archived' })] });
    expect(p.items.map((i) => i.leftOut)).to.deep.equal([undefined, 'unrated', 'out-of-scale', 'unknown-status']);
    expect(p.items.map((i) => i.quadrant)).to.deep.equal(['quick-win', undefined, undefined, undefined]);
    expect(p.issues.map((i) => `${i.path} ${i.code}`)).to.deep.equal([
      'items[1].difficulty unrated',
      'items[2].impact out-of-scale',
      'items[3].status unknown-status',
    ]);
    expect(p.issues[1]!.params).to.deep.equal({ axis: 'impact', value: 7, min: 1, max: 5 });
    expect(p.items[3]!.status).to.equal('unknown');
  });

  it('falls back to 1–5 for an unusable scale', () => {
    const p = prepare({ items: [ins('a')], scales: { difficulty: { min: 5, max: 1 } } });
    expect(p.difficulty).to.include({ min: 1, max: 5 });
    expect(p.issues[0]).to.include({ path: 'scales.difficulty', code: 'bad-scale' });
  });

  it('treats a negative reach as unknown and reports it; the insight stays placed', () => {
    const p = prepare({ items: [ins('a', { reach: 100 }), ins('neg', { reach: -40 }), ins('b', { reach: 250 }), ins('zero', { reach: 0 })] });
    expect(p.items.map((i) => i.reach)).to.deep.equal([100, undefined, 250, 0]);
    expect(p.items[1]!.quadrant).to.equal('quick-win'); // difficulty 2, impact 4
    expect(p.items[1]!.leftOut).to.equal(undefined);
    expect(p.maxReach).to.equal(250);
    expect(p.issues).to.deep.equal([{ path: 'items[1].reach', code: 'negative-reach', params: { value: -40 } }]);
  });

  it('uses half steps when the ratings do', () => {
    const p = prepare({ items: [ins('a', { difficulty: 1.5 }), ins('b', { difficulty: 3 })] });
    expect(p.difficulty.step).to.equal(0.5);
    expect(p.impact.step).to.equal(1);
  });
});

describe('insight-matrix computed impact', () => {
  // tp1: 1000 cases, NPS target 30, actual (50−30)/100 = 20 → gap 10/200 = 0.05 → 50
  // tp2: 400 cases, CSAT target 4, actual mean 4 → gap 0 → 0
  // tp3: 2000 cases, NPS target 0, actual (20−60)/100 = −40 → gap 40/200 = 0.2 → 400
  // tp4: no volume → ignored
  const journey: Journey = {
    id: 'j', name: 'J', stages: [{ id: 's', name: 'S' }], lanes: [{ id: 'l', name: 'L', kind: 'customer' }],
    touchpoints: [
      { id: 'tp1', stageId: 's', laneId: 'l', name: 'One', process: { volume: 1000 }, target: { metric: 'nps', value: 30 }, voc: { nps: { promoters: 50, passives: 20, detractors: 30 } } },
      { id: 'tp2', stageId: 's', laneId: 'l', name: 'Two', process: { volume: 400 }, target: { metric: 'csat', value: 4 }, voc: { csat: { counts: [0, 0, 0, 10, 0] } } },
      { id: 'tp3', stageId: 's', laneId: 'l', name: 'Three', process: { volume: 2000 }, target: { metric: 'nps', value: 0 }, voc: { nps: { promoters: 20, passives: 20, detractors: 60 } } },
      { id: 'tp4', stageId: 's', laneId: 'l', name: 'Four', target: { metric: 'nps', value: 0 }, voc: { nps: { promoters: 1, passives: 1, detractors: 1 } } },
    ],
  };
  const items = [ins('A', { touchpointIds: ['tp1'] }), ins('B', { touchpointIds: ['tp1', 'tp3'] }), ins('C', { touchpointIds: ['tp2'] }), ins('D'), ins('E', { touchpointIds: ['tp4'], impact: 2 })];

  it('scores volume × gap to target and maps the largest score to the top of the scale', () => {
    const m = computeImpacts(items, journey, resolveScale(undefined)!);
    // scores A 50, B 50 + 400 = 450, C 0; top 450 → A = 1 + 4·50/450, B = 5, C = 1
    expect([...m.keys()]).to.deep.equal(['A', 'B', 'C']);
    expect(m.get('A')).to.be.closeTo(1 + 4 / 9, 1e-12);
    expect(m.get('B')).to.equal(5);
    expect(m.get('C')).to.equal(1);
  });

  it('marks computed impacts and keeps entered ones for the rest', () => {
    const p = prepare({ items }, { journey });
    expect(p.items.map((i) => i.impactComputed)).to.deep.equal([true, true, true, false, false]);
    expect(p.items[4]!.impact).to.equal(2);
    expect(p.items[1]!.quadrant).to.equal('quick-win'); // difficulty 2, impact 5
    expect(p.items[2]!.quadrant).to.equal('fill-in'); // difficulty 2, impact 1
  });

  describe('from several journeys', () => {
    // move-in tp-bill: 12300 cases, NPS target 20, actual (150 − 600)/1000 = −45 → 12300·65/200 = 3997.5
    // fault tp-call: 1000 cases, NPS target 30, actual (20 − 50)/100 = −30 → 1000·60/200 = 300
    // fault tp-bill: NPS target 0, actual (10 − 10)/20 = 0 → 0
    const spanning = [
      ins('X', { journeyId: 'move-in', touchpointIds: ['tp-bill'] }),
      ins('Y', { journeyId: 'fault', touchpointIds: ['tp-call'] }),
      ins('Z', { journeyId: 'fault', touchpointIds: ['tp-bill'] }),
      ins('W', { touchpointIds: ['tp-bill'] }),
    ];
    // top 3997.5: X and W (no journeyId: the first journey with tp-bill, move-in) → 5; Y → 1 + 4·300/3997.5; Z → 1
    const expected = (m: ReadonlyMap<string, number>) => {
      expect([...m.keys()]).to.deep.equal(['X', 'Y', 'Z', 'W']);
      expect(m.get('X')).to.equal(5);
      expect(m.get('Y')).to.be.closeTo(1 + 1200 / 3997.5, 1e-12);
      expect(m.get('Z')).to.equal(1);
      expect(m.get('W')).to.equal(5);
    };

    it('looks each touchpoint up in the insight’s own journey first', () => {
      expected(computeImpacts(spanning, [moveIn, fault], resolveScale(undefined)!));
    });

    it('prepare takes journeys, also beside journey', () => {
      expected(prepare({ items: spanning }, { journeys: [moveIn, fault] }).computed);
      expected(prepare({ items: spanning }, { journey: moveIn, journeys: [fault] }).computed);
    });
  });
});

describe('insight-matrix filters, summary and sorting', () => {
  const list = prepare({
    items: [
      ins('a', { status: 'done', category: 'Billing', owner: 'Ann', touchpointIds: ['t1'], stageIds: ['s1'], difficulty: 1, impact: 5, reach: 10 }),
      ins('b', { status: 'new', category: 'Billing', owner: 'Bob', touchpointIds: ['t2'], stageIds: ['s1'], difficulty: 2, impact: 4, description: 'Hotline queue too long' }),
      ins('c', { status: 'done', category: 'IT', owner: 'Ann', touchpointIds: ['t1', 't2'], stageIds: ['s2'], difficulty: 5, impact: 1, reach: 300 }),
      ins('d', { status: 'planned', difficulty: undefined }),
    ],
  });
  const ids = (xs: { id: string }[]) => xs.map((x) => x.id);

  it('filters by status, category, owner, touchpoint, stage and search text', () => {
    expect(ids(applyFilters(list.items, { status: 'done' }))).to.deep.equal(['a', 'c']);
    expect(ids(applyFilters(list.items, { category: 'Billing' }))).to.deep.equal(['a', 'b']);
    expect(ids(applyFilters(list.items, { owner: 'Ann', touchpoint: 't2' }))).to.deep.equal(['c']);
    expect(ids(applyFilters(list.items, { stage: 's1' }))).to.deep.equal(['a', 'b']);
    expect(ids(applyFilters(list.items, { query: '  HOTLINE ' }))).to.deep.equal(['b']);
    expect(ids(applyFilters(list.items, {}))).to.deep.equal(['a', 'b', 'c', 'd']);
  });

  it('counts quadrants and done insights among the placed ones', () => {
    const s = summarise(list.items);
    expect(s.total).to.equal(4);
    expect(s.placed).to.equal(3);
    expect(s.byQuadrant['quick-win']).to.deep.equal({ n: 2, done: 1 });
    expect(s.byQuadrant['money-pit']).to.deep.equal({ n: 1, done: 1 });
    expect(s.byQuadrant['big-bet']).to.deep.equal({ n: 0, done: 0 });
  });

  it('sorts with missing values last in both directions', () => {
    expect(ids(sortItems(list.items, 'reach', 'desc'))).to.deep.equal(['c', 'a', 'b', 'd']);
    expect(ids(sortItems(list.items, 'reach', 'asc'))).to.deep.equal(['a', 'c', 'b', 'd']);
    expect(ids(sortItems(list.items, 'difficulty', 'desc'))).to.deep.equal(['c', 'b', 'a', 'd']);
    expect(ids(sortItems(list.items, 'status', 'asc'))).to.deep.equal(['b', 'd', 'a', 'c']);
  });
});

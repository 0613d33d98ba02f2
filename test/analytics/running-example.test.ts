import { expect } from '@open-wc/testing';
import { groupCases } from '../../src/analytics/cases.js';
import { parseCsvRecords } from '../../src/analytics/csv.js';
import { activityStats, directlyFollows, variants } from '../../src/analytics/mining.js';
import { recordsToEvents } from '../../src/analytics/xes.js';

/*
 * Expected values derived by hand from test/analytics/fixtures/running-example.csv
 * (a copy of ../shared/data/eventlogs/running-example.csv, 42 rows, 6 cases).
 *
 * The cases, in time order (dates Dec 2010 / Jan 2011, all +01:00):
 *   1: register 12-30 11:02, examine thoroughly 12-31 10:06, check ticket 01-05 15:12, decide 01-06 11:18, reject 01-07 14:24
 *   2: register 12-30 11:32, check ticket 12:12, examine casually 14:16, decide 01-05 11:22, pay compensation 01-08 12:05
 *   3: register 12-30 14:32, examine casually 15:06, check ticket 16:34, decide 01-06 09:18, reinitiate 12:18,
 *      examine thoroughly 13:06, check ticket 01-08 11:43, decide 01-09 09:55, pay compensation 01-15 10:45
 *   4: register 01-06 15:02, check ticket 01-07 12:06, examine thoroughly 01-08 14:43, decide 01-09 12:02, reject 01-12 15:44
 *   5: register 01-06 09:02, examine casually 01-07 10:16, check ticket 01-08 11:22, decide 01-10 13:28, reinitiate 01-11 16:18,
 *      check ticket 01-14 14:33, examine casually 01-16 15:50, decide 01-19 11:18, reinitiate 01-20 12:48,
 *      examine casually 01-21 09:06, check ticket 01-21 11:34, decide 01-23 13:12, reject 01-24 14:56
 *   6: register 01-06 15:02, examine casually 16:06, check ticket 01-07 16:22, decide 16:52, pay compensation 01-16 11:47
 */
async function load() {
  const text = await (await fetch('/test/analytics/fixtures/running-example.csv')).text();
  const { events, skipped } = recordsToEvents(parseCsvRecords(text));
  return { events, skipped, cases: groupCases(events) };
}

describe('running example (hand-derived)', () => {
  it('converts all 42 rows to XES events with the exact timestamps and offsets', async () => {
    const { events, skipped } = await load();
    expect(skipped).to.deep.equal([]);
    expect(events).to.have.length(42);
    // Row 0: "0,register request,Pete,2010-12-30 14:32:00+01:00,…,3,Fluxicon Nitro"
    expect(events[0]).to.deep.equal({
      'case:concept:name': '3',
      'concept:name': 'register request',
      'time:timestamp': '2010-12-30T14:32:00+01:00',
      'org:resource': 'Pete',
    });
  });

  it('groups 6 cases, ordered by first event (cases 4 and 6 start at the same minute: by id)', async () => {
    const { cases } = await load();
    // First events: 1 12-30 11:02, 2 12-30 11:32, 3 12-30 14:32, 5 01-06 09:02, 4 and 6 both 01-06 15:02.
    expect(cases.map((c) => c.id)).to.deep.equal(['1', '2', '3', '5', '4', '6']);
    // Case sizes: 5, 5, 9, 13, 5, 5 = 42.
    expect(cases.map((c) => c.events.length)).to.deep.equal([5, 5, 9, 13, 5, 5]);
    // Case 2 in the CSV is ordered by time already; its second event is "check ticket" at 12:12.
    expect(cases[1].events[1]).to.include({ activity: 'check ticket', time: '2010-12-30T12:12:00+01:00', resource: 'Mike' });
    // 2010-12-30 11:02 at +01:00 is 10:02 UTC.
    expect(cases[0].events[0].ms).to.equal(Date.UTC(2010, 11, 30, 10, 2));
  });

  it('counts events per activity', async () => {
    const { cases } = await load();
    const byName = Object.fromEntries(activityStats(cases).map((s) => [s.activity, s]));
    // Rows per activity: register 0,9,14,19,24,37 → 6; examine casually 1,11,20,25,30,33 → 6;
    // check ticket 2,6,10,16,21,26,29,34,38 → 9; decide 3,7,12,17,22,27,31,35,40 → 9;
    // reinitiate 4,28,32 → 3; examine thoroughly 5,15,39 → 3; pay compensation 8,13,23 → 3; reject 18,36,41 → 3.
    expect(byName['register request'].events).to.equal(6);
    expect(byName['examine casually'].events).to.equal(6);
    expect(byName['check ticket'].events).to.equal(9);
    expect(byName['decide'].events).to.equal(9);
    expect(byName['reinitiate request'].events).to.equal(3);
    expect(byName['examine thoroughly'].events).to.equal(3);
    expect(byName['pay compensation'].events).to.equal(3);
    expect(byName['reject request'].events).to.equal(3);
    // "check ticket" occurs in all 6 cases; "examine casually" in cases 2, 3, 5, 6 = 4; "reinitiate" in 3 and 5 = 2.
    expect(byName['check ticket'].cases).to.equal(6);
    expect(byName['examine casually'].cases).to.equal(4);
    expect(byName['reinitiate request'].cases).to.equal(2);
    // Every case starts with register; ends: pay compensation (2, 3, 6) and reject (1, 4, 5).
    expect(byName['register request'].starts).to.equal(6);
    expect(byName['pay compensation'].ends).to.equal(3);
    expect(byName['reject request'].ends).to.equal(3);
    // Most frequent first, ties by name: check ticket (9) before decide (9).
    expect(activityStats(cases)[0].activity).to.equal('check ticket');
  });

  it('finds "check ticket → decide" 6 times with median 35.92 h and P90 105.42 h', async () => {
    const { cases } = await load();
    const pair = directlyFollows(cases).find((p) => p.from === 'check ticket' && p.to === 'decide')!;
    // Case 3: 12-30 16:34 → 01-06 09:18 = 160 h 44 min = 160.7333 h; 01-08 11:43 → 01-09 09:55 = 22.2 h
    // Case 1: 01-05 15:12 → 01-06 11:18 = 20.1 h
    // Case 6: 01-07 16:22 → 16:52 = 0.5 h
    // Case 5: 01-08 11:22 → 01-10 13:28 = 50.1 h; 01-21 11:34 → 01-23 13:12 = 49 h 38 min = 49.6333 h
    // (Case 2 and 4: check ticket is followed by an examination.)
    expect(pair.count).to.equal(6);
    // Sorted: 0.5, 20.1, 22.2, 49.6333, 50.1, 160.7333 → median = (22.2 + 49.6333) / 2 = 35.91667 h (= 35 h 55 min)
    expect(pair.medianHours).to.be.closeTo(35 + 55 / 60, 1e-9);
    // P90 by linear interpolation: h = (6 − 1)·0.9 = 4.5 → 50.1 + 0.5·(160.7333 − 50.1) = 105.41667 h (= 6,325 min)
    expect(pair.p90Hours).to.be.closeTo(6325 / 60, 1e-9);
  });

  it('finds "register request → examine casually" 3 times with median 64 min', async () => {
    const { cases } = await load();
    const pair = directlyFollows(cases).find((p) => p.from === 'register request' && p.to === 'examine casually')!;
    // Case 3: 14:32 → 15:06 = 34 min; case 6: 15:02 → 16:06 = 64 min; case 5: 01-06 09:02 → 01-07 10:16 = 1,514 min.
    expect(pair.count).to.equal(3);
    expect(pair.medianHours).to.be.closeTo(64 / 60, 1e-9);
    // No org:group in this log: no step counts as a hand-over.
    expect(pair.handoverShare).to.equal(0);
  });

  it('has 42 − 6 = 36 directly-follows steps and 6 distinct variants', async () => {
    const { cases } = await load();
    expect(directlyFollows(cases).reduce((a, p) => a + p.count, 0)).to.equal(36);
    // Every case follows its own path (cases 1 and 4 differ in the order of check ticket / examine thoroughly).
    expect(variants(cases).map((v) => v.cases)).to.deep.equal([1, 1, 1, 1, 1, 1]);
  });
});

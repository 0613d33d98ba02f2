import { expect } from '@open-wc/testing';
import { groupCases } from '../../src/analytics/cases.js';
import { quantileSorted } from '../../src/analytics/quantile.js';
import { timestampMs, toIsoTimestamp } from '../../src/analytics/time.js';
import { mapColumns, recordsToEvents } from '../../src/analytics/xes.js';
import { directlyFollows } from '../../src/analytics/mining.js';

describe('timestamps', () => {
  it('keeps fraction digits and offset exactly (receipt.csv style)', () => {
    expect(toIsoTimestamp('2011-10-11 13:45:40.276000+02:00')).to.equal('2011-10-11T13:45:40.276000+02:00');
    expect(toIsoTimestamp('2011-11-24 15:36:51.302000+01:00')).to.equal('2011-11-24T15:36:51.302000+01:00');
    expect(toIsoTimestamp('2026-03-01T08:00Z')).to.equal('2026-03-01T08:00:00Z');
    expect(toIsoTimestamp('2026-03-01 08:00:00+0100')).to.equal('2026-03-01T08:00:00+01:00');
  });

  it('refuses timestamps without an offset (they would be read in the local zone)', () => {
    expect(toIsoTimestamp('2026-03-01 08:00:00')).to.equal(undefined);
    expect(toIsoTimestamp('yesterday')).to.equal(undefined);
  });

  it('converts to epoch ms honouring the offset', () => {
    // 13:45:40.276 at +02:00 = 11:45:40.276 UTC
    expect(timestampMs('2011-10-11T13:45:40.276000+02:00')).to.equal(Date.UTC(2011, 9, 11, 11, 45, 40, 276));
    // Across the DST change: 2011-10-30 02:30 +02:00 and 02:30 +01:00 are one hour apart.
    expect(timestampMs('2011-10-30T02:30:00+01:00') - timestampMs('2011-10-30T02:30:00+02:00')).to.equal(3_600_000);
    expect(Number.isNaN(timestampMs('nope'))).to.equal(true);
  });
});

describe('XES columns', () => {
  it('prefers the XES names, falls back to common aliases', () => {
    expect(mapColumns(['Case ID', 'Activity', 'Timestamp', 'Resource'])).to.deep.equal({
      'case:concept:name': 'Case ID',
      'concept:name': 'Activity',
      'time:timestamp': 'Timestamp',
      'org:resource': 'Resource',
    });
    // running-example.csv has both "concept:name" and "Activity": the XES name wins.
    expect(mapColumns(['Activity', 'concept:name', 'case:concept:name', 'time:timestamp'])['concept:name']).to.equal('concept:name');
  });

  it('skips rows without case, activity or timestamp and says why', () => {
    const { events, skipped } = recordsToEvents([
      { case: 'c1', activity: 'a', timestamp: '2026-01-01 10:00:00+01:00' },
      { case: '', activity: 'a', timestamp: '2026-01-01 10:00:00+01:00' },
      { case: 'c1', activity: 'b', timestamp: 'soon' },
    ]);
    expect(events).to.have.length(1);
    expect(skipped).to.deep.equal([
      { row: 1, reason: 'no case id' },
      { row: 2, reason: 'no timestamp with offset' },
    ]);
  });

  it('throws a clear error when a required column is missing', () => {
    expect(() => recordsToEvents([{ case: 'c1', when: 'x' }])).to.throw(/concept:name, time:timestamp/);
  });
});

describe('groupCases and hand-overs', () => {
  it('sorts by instant, not by text, and keeps log order for equal times', () => {
    const cases = groupCases([
      { 'case:concept:name': 'c', 'concept:name': 'b', 'time:timestamp': '2026-01-01T10:30:00+02:00' }, // 08:30 UTC
      { 'case:concept:name': 'c', 'concept:name': 'a', 'time:timestamp': '2026-01-01T09:00:00+00:00' }, // 09:00 UTC
      { 'case:concept:name': 'c', 'concept:name': 'c1', 'time:timestamp': '2026-01-01T12:00:00Z' },
      { 'case:concept:name': 'c', 'concept:name': 'c2', 'time:timestamp': '2026-01-01T13:00:00+01:00' }, // same instant as c1
    ]);
    expect(cases[0].events.map((e) => e.activity)).to.deep.equal(['b', 'a', 'c1', 'c2']);
    // b → a: 08:30 → 09:00 UTC = 0.5 h
    expect(directlyFollows(cases).find((p) => p.from === 'b')!.medianHours).to.equal(0.5);
  });

  it('counts a step as hand-over when org:group changes', () => {
    const ev = (act: string, time: string, group: string) => ({ 'case:concept:name': 'c', 'concept:name': act, 'time:timestamp': time, 'org:group': group });
    const cases = groupCases([
      ev('a', '2026-01-01T08:00:00Z', 'G1'),
      ev('b', '2026-01-01T09:00:00Z', 'G2'), // a → b: hand-over
      ev('a', '2026-01-01T10:00:00Z', 'G1'), // b → a: hand-over
      ev('b', '2026-01-01T12:00:00Z', 'G1'), // a → b: same group
    ]);
    const ab = directlyFollows(cases).find((p) => p.from === 'a' && p.to === 'b')!;
    expect(ab.count).to.equal(2);
    expect(ab.handoverShare).to.equal(0.5);
    // Durations 1 h and 2 h: median 1.5 h; P90: h = 0.9 → 1 + 0.9·1 = 1.9 h
    expect(ab.medianHours).to.equal(1.5);
    expect(ab.p90Hours).to.be.closeTo(1.9, 1e-12);
  });
});

describe('quantileSorted', () => {
  it('interpolates between closest ranks', () => {
    // [1, 2, 3, 4]: median h = 1.5 → 2.5; P90 h = 2.7 → 3 + 0.7 = 3.7
    expect(quantileSorted([1, 2, 3, 4], 0.5)).to.equal(2.5);
    expect(quantileSorted([1, 2, 3, 4], 0.9)).to.be.closeTo(3.7, 1e-12);
    expect(quantileSorted([7], 0.9)).to.equal(7);
    expect(Number.isNaN(quantileSorted([], 0.5))).to.equal(true);
  });
});

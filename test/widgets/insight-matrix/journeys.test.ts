import { expect } from '@open-wc/testing';
import { journeyLookup, journeysInUse, journeyUrls, sameJourneys } from '../../../src/widgets/insight-matrix/journeys.js';
import { journey as moveIn } from '../../../stories/fixtures/insight-matrix.js';
import { fault } from './helpers.js';

describe('insight-matrix journeys', () => {
  it('finds touchpoints and stages in any of several journeys', () => {
    const names = journeyLookup([moveIn, fault]);
    expect(names.touchpoint('tp-confirm')?.name).to.equal('Order confirmation');
    expect(names.touchpoint('tp-call')?.name).to.equal('Fault hotline');
    expect(names.stage('st-meter')?.name).to.equal('Meter reading');
    expect(names.stage('st-report')?.name).to.equal('Reporting');
    expect(names.touchpoint('tp-nope')).to.equal(undefined);
    expect(names.stage('tp-call')).to.equal(undefined);
  });

  it('asks the insight’s own journey first for an id that repeats, else the first journey with it', () => {
    const names = journeyLookup([moveIn, fault]);
    expect(names.touchpoint('tp-bill', 'fault')?.name).to.equal('Compensation letter');
    expect(names.touchpoint('tp-bill', 'move-in')?.name).to.equal('First bill');
    expect(names.touchpoint('tp-bill')?.name).to.equal('First bill');
    expect(names.touchpoint('tp-bill', 'unknown-journey')?.name).to.equal('First bill');
    // the own journey lacks the id: the others still name it
    expect(names.touchpoint('tp-call', 'move-in')?.name).to.equal('Fault hotline');
  });

  it('reads one or several URLs from journey-src', () => {
    expect(journeyUrls('/v1/journeys/move-in')).to.deep.equal(['/v1/journeys/move-in']);
    expect(journeyUrls(' a.json\n  b.de.json c ')).to.deep.equal(['a.json', 'b.de.json', 'c']);
    expect(journeyUrls(undefined)).to.deep.equal([]);
    expect(journeyUrls('   ')).to.deep.equal([]);
  });

  it('uses journey and journeys together, else the loaded ones', () => {
    const loaded = [{ ...fault, id: 'loaded' }];
    expect(journeysInUse(moveIn, [fault], loaded)).to.deep.equal([moveIn, fault]);
    expect(journeysInUse(moveIn, undefined, loaded)).to.deep.equal([moveIn]);
    expect(journeysInUse(undefined, [fault], loaded)).to.deep.equal([fault]);
    expect(journeysInUse(undefined, [], loaded)).to.equal(loaded);
    expect(journeysInUse(undefined, undefined, [])).to.deep.equal([]);
  });

  it('compares lists by the journeys they hold', () => {
    expect(sameJourneys([moveIn, fault], [moveIn, fault])).to.equal(true);
    expect(sameJourneys([moveIn, fault], [fault, moveIn])).to.equal(false);
    expect(sameJourneys([moveIn], [{ ...moveIn }])).to.equal(false);
    expect(sameJourneys(undefined, undefined)).to.equal(true);
    expect(sameJourneys(undefined, [])).to.equal(false);
  });
});

import { expect } from '@open-wc/testing';
import { later } from '../../../src/widgets/touchpoint-score/slots.js';
import { until } from '../../helpers/fetch-stub.js';

const busy = (ms: number) => {
  const end = performance.now() + ms;
  while (performance.now() < end) {
    /* work */
  }
};

describe('later (first renders spread over short tasks)', () => {
  it('runs the tasks in order, not synchronously', async () => {
    const order: number[] = [];
    later(() => order.push(1));
    later(() => order.push(2));
    expect(order).to.deep.equal([]);
    await until(() => order.length === 2);
    expect(order).to.deep.equal([1, 2]);
  });

  it('yields to other tasks between slices of about 8 ms', async () => {
    const log: string[] = [];
    for (let i = 0; i < 10; i++) later(() => (busy(5), log.push(`t${i}`)));
    const other = new MessageChannel();
    other.port1.onmessage = () => log.push('other');
    other.port2.postMessage(0);
    await until(() => log.length === 11);
    // 10 × 5 ms cannot run in one 8 ms slice: the other task got its turn before the last of them
    expect(log.indexOf('other')).to.be.lessThan(10);
    expect(log.filter((x) => x !== 'other')).to.deep.equal(Array.from({ length: 10 }, (_, i) => `t${i}`));
  });
});

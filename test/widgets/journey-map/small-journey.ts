import type { Journey } from '../../../src/data/schemas/journey.js';

/**
 * A small journey with figures that are easy to check by hand:
 * a: NPS (60 − 20) / 100 = +40, n 100, CSAT mean (3·10 + 4·40 + 5·50) / 100 = 4.4, target NPS 30 → met
 * b: NPS (10 − 70) / 100 = −60, n 100, target NPS 0 → missed; segment "fam": (8 − 1) / 10 = +70
 * c: process only (volume 1,200, drop-off 10 %, SLA breaches 25 %)
 * d: NPS (5 − 10) / 20 = −25, n 20 (small), target −30 with warnBelow −20 → at risk
 */
export const small: Journey = {
  id: 'small',
  name: 'Small',
  stages: [
    { id: 's1', name: 'Orient' },
    { id: 's2', name: 'Confirm' },
    { id: 's3', name: 'Bill' },
  ],
  lanes: [
    { id: 'c', name: 'Customer', kind: 'customer' },
    { id: 'f', name: 'Front', kind: 'frontstage' },
    { id: 'b', name: 'Back', kind: 'backstage' },
  ],
  touchpoints: [
    {
      id: 'a',
      stageId: 's1',
      laneId: 'c',
      name: 'Find tariff',
      channel: 'web',
      owner: 'Sales',
      emotion: 1,
      voc: { nps: { promoters: 60, passives: 20, detractors: 20 }, csat: { counts: [0, 0, 10, 40, 50] } },
      target: { metric: 'nps', value: 30 },
    },
    {
      id: 'b',
      stageId: 's2',
      laneId: 'f',
      name: 'Confirm date',
      channel: 'letter',
      owner: 'Switching',
      emotion: -1,
      voc: { nps: { promoters: 10, passives: 20, detractors: 70 } },
      target: { metric: 'nps', value: 0 },
      segments: [{ segmentId: 'fam', voc: { nps: { promoters: 8, passives: 1, detractors: 1 } } }],
    },
    {
      id: 'c',
      stageId: 's3',
      laneId: 'b',
      name: 'Bill run',
      channel: 'system',
      owner: 'Billing',
      process: { volume: 1200, dropOff: 0.1, slaBreachShare: 0.25, slaHours: 24 },
    },
    {
      id: 'd',
      stageId: 's3',
      laneId: 'c',
      name: 'First bill',
      channel: 'email',
      owner: 'Billing',
      emotion: -2,
      painPoint: 'Too high',
      momentThatMatters: true,
      voc: { nps: { promoters: 5, passives: 5, detractors: 10 }, verbatims: [{ text: '<b>bold</b> and "quoted"', score: 2 }] },
      target: { metric: 'nps', value: -30, warnBelow: -20 },
      insightIds: ['i1'],
    },
  ],
  transitions: [
    { from: 'a', to: 'b', volume: 100, medianHours: 24, p90Hours: 72 },
    { from: 'b', to: 'c', handover: true, waitingHours: 48 },
    { from: 'c', to: 'd' },
  ],
  segments: [{ id: 'fam', name: 'Families' }],
  insights: [{ id: 'i1', title: 'Fix the first bill', status: 'open' }],
};

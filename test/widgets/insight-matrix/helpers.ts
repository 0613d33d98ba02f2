import type { Journey } from '../../../src/data/schemas/journey.js';
import { InsightMatrix } from '../../../src/widgets/insight-matrix/index.js';
import type { LenientInsight } from '../../../src/widgets/insight-matrix/schema.js';

if (!customElements.get('insight-matrix')) customElements.define('insight-matrix', InsightMatrix);

export const ins = (id: string, extra: Partial<LenientInsight> = {}): LenientInsight => ({
  id,
  title: `Insight ${id}`,
  kind: 'idea',
  status: 'new',
  difficulty: 2,
  impact: 4,
  reach: 100,
  version: 1,
  ...extra,
});

/** Three insights: a (1,3), b (3,3) to its right, c (1,5) above it; equal reach so marks sort by id. */
export const trio = () => ({
  items: [
    ins('a', { difficulty: 1, impact: 3, owner: 'Ann', category: 'Billing', history: [{ status: 'new', date: '2026-01-05', by: 'Ann' }] }),
    ins('b', { difficulty: 3, impact: 3, status: 'done', owner: 'Bob', category: 'IT' }),
    ins('c', { difficulty: 1, impact: 5, status: 'planned', owner: 'Ann', category: 'Billing' }),
  ],
});

/**
 * A second journey beside the move-in fixture (`journey` in stories/fixtures):
 * `tp-bill` repeats an id of move-in under another name and other figures
 * (NPS 0 against a target of 0: no gap).
 */
export const fault: Journey = {
  id: 'fault',
  name: 'Fault report',
  stages: [{ id: 'st-report', name: 'Reporting' }],
  lanes: [{ id: 'customer', name: 'Customer', kind: 'customer' }],
  touchpoints: [
    // NPS (20 − 50) / 100 = −30 against a target of 30
    { id: 'tp-call', stageId: 'st-report', laneId: 'customer', name: 'Fault hotline', process: { volume: 1000 }, target: { metric: 'nps', value: 30 }, voc: { nps: { promoters: 20, passives: 30, detractors: 50 } } },
    { id: 'tp-bill', stageId: 'st-report', laneId: 'customer', name: 'Compensation letter', process: { volume: 100 }, target: { metric: 'nps', value: 0 }, voc: { nps: { promoters: 10, passives: 0, detractors: 10 } } },
  ],
};

export const root = (el: Element) => el.shadowRoot!;
export const marks = (el: Element) => [...root(el).querySelectorAll<SVGGElement>('.mark')];
export const mark = (el: Element, key: string) => root(el).querySelector<SVGGElement>(`.mark[data-key="${key}"]`)!;
export const label = (el: Element, key: string) => mark(el, key).getAttribute('aria-label') ?? '';

export type { InsightMatrix };

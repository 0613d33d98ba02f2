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

export const root = (el: Element) => el.shadowRoot!;
export const marks = (el: Element) => [...root(el).querySelectorAll<SVGGElement>('.mark')];
export const mark = (el: Element, key: string) => root(el).querySelector<SVGGElement>(`.mark[data-key="${key}"]`)!;
export const label = (el: Element, key: string) => mark(el, key).getAttribute('aria-label') ?? '';

export type { InsightMatrix };

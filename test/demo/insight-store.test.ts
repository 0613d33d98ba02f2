import { expect } from '@open-wc/testing';
import { InsightStore } from '../../demo/server/insight-store.js';
import type { Insight, InsightList } from '../../src/data/schemas/index.js';

const item = (title: string): Insight => ({
  id: 'i1', title, kind: 'idea', status: 'new', difficulty: 2, impact: 3, version: 1,
  history: [{ status: 'new', date: '2026-01-01T10:00:00+01:00' }],
});
const list = (title: string): InsightList => ({ items: [item(title)], scales: { difficulty: { min: 1, max: 5 }, impact: { min: 1, max: 5 } }, editable: true });
const NOW = '2026-11-24T10:00:00.000Z';

describe('demo InsightStore (PATCH semantics)', () => {
  it('applies the fields sent, bumps the version and appends the status change, in both languages', () => {
    const store = new InsightStore(list('Idea'), list('Idee'));
    const reply = store.patch('i1', { status: 'planned', impact: 4.5, version: 1 }, 'de', NOW);
    expect(reply.status).to.equal(200);
    const body = reply.body as Insight;
    expect(body).to.include({ title: 'Idee', status: 'planned', impact: 4.5, difficulty: 2, version: 2, updatedAt: NOW });
    expect(body.history).to.deep.equal([
      { status: 'new', date: '2026-01-01T10:00:00+01:00' },
      { status: 'planned', date: NOW, by: 'Demo user' },
    ]);
    expect(store.list('en').items[0]).to.include({ title: 'Idea', status: 'planned', version: 2 });
  });

  it('a rating change without status change adds no history entry', () => {
    const store = new InsightStore(list('Idea'), list('Idee'));
    const body = store.patch('i1', { difficulty: 1 }, 'en', NOW).body as Insight;
    expect(body.history).to.have.length(1);
    expect(body.version).to.equal(2);
  });

  it('answers 409 with the current insight for a stale version and changes nothing', () => {
    const store = new InsightStore(list('Idea'), list('Idee'));
    store.patch('i1', { impact: 5, version: 1 }, 'en', NOW);
    const reply = store.patch('i1', { impact: 1, version: 1 }, 'en', NOW);
    expect(reply.status).to.equal(409);
    expect((reply.body as { current: Insight }).current).to.include({ impact: 5, version: 2 });
    expect(store.list('en').items[0].impact).to.equal(5);
  });

  it('answers 404 for an unknown id and 422 for a wrong type, an unknown status or a rating off the scale', () => {
    const store = new InsightStore(list('Idea'), list('Idee'));
    expect(store.patch('nope', {}, 'en', NOW).status).to.equal(404);
    expect(store.patch('i1', { impact: 'high' }, 'en', NOW).status).to.equal(422);
    const bad = store.patch('i1', { status: 'maybe' }, 'en', NOW);
    expect(bad.status).to.equal(422);
    expect((bad.body as { issues: { path: string }[] }).issues[0].path).to.equal('status');
    expect(store.patch('i1', { difficulty: 6 }, 'en', NOW).status).to.equal(422);
    expect(store.list('en').items[0].version).to.equal(1);
  });
});

import { expect, fixture, html } from '@open-wc/testing';
import { clearCache } from '../../../src/data/resource.js';
import type { InsightList } from '../../../src/data/schemas/insight.js';
import { until } from '../../helpers/fetch-stub.js';
import { type InsightMatrix, root } from './helpers.js';

/** The demo's insights (demo/api/v1, written by `npm run gen:data`). */
async function demo(file: 'insights.json' | 'insights.de.json'): Promise<InsightList> {
  const res = await fetch(`/demo/api/v1/${file}`);
  expect(res.status, file).to.equal(200);
  return (await res.json()) as InsightList;
}

const owners = (list: InsightList) => [...new Set(list.items.map((i) => i.owner))].sort();

describe('<insight-matrix> demo data in German', () => {
  afterEach(() => clearCache());

  it('names the owning teams in German (people keep their names), also in the status history', async () => {
    const [en, de] = await Promise.all([demo('insights.json'), demo('insights.de.json')]);
    const owner = (list: InsightList, id: string) => list.items.find((i) => i.id === id)?.owner;
    expect([owner(en, 'ins-005'), owner(de, 'ins-005')]).to.deep.equal(['IT Billing', 'IT Abrechnung']);
    expect([owner(en, 'ins-026'), owner(de, 'ins-026')]).to.deep.equal(['Claims', 'Schadenmanagement']);
    expect([owner(en, 'ins-032'), owner(de, 'ins-032')]).to.deep.equal(['Field service', 'Außendienst']);
    expect([owner(en, 'ins-037'), owner(de, 'ins-037')]).to.deep.equal(['Group 1', 'Gruppe 1']);
    expect([owner(en, 'ins-001'), owner(de, 'ins-001')]).to.deep.equal(['Jana Weber', 'Jana Weber']);
    expect(owners(de)).to.deep.equal(
      [
        'Außendienst', 'Digitale Services', 'Digitaler Vertrieb', 'Dirk Albers', 'Gruppe 1', 'Gruppe 2', 'Gruppe 3', 'Gruppe 4',
        'IT Abrechnung', 'IT Digitalkanäle', 'IT Netz', 'Jana Weber', 'Lea Hoffmann', 'Logistik', 'Marketing', 'Markus Klein',
        'Messstellenbetrieb', 'Prozessbüro', 'Sandra Yilmaz', 'Schadenmanagement', 'Thomas Brandt',
      ].sort(),
    );
    // the English file is unchanged
    expect(owners(en)).to.include.members(['Claims', 'Field service', 'Group 1', 'IT Billing', 'Process office']);
    const by = (list: InsightList, id: string) => list.items.find((i) => i.id === id)?.history?.map((h) => h.by);
    expect(by(en, 'ins-032')).to.deep.equal(['CX team', 'Field service', 'Field service', 'Field service']);
    expect(by(de, 'ins-032')).to.deep.equal(['CX-Team', 'Außendienst', 'Außendienst', 'Außendienst']);
  });

  it('the widget on the German demo data offers German team names in its owner filter', async () => {
    const el = await fixture<InsightMatrix>(html`<insight-matrix lang="de" src="/demo/api/v1/insights.de.json"></insight-matrix>`);
    await until(() => el.state === 'ready', 5000, 'the demo insights');
    await el.updateComplete;
    const filter = [...root(el).querySelectorAll<HTMLLabelElement>('.filter')].find((l) => l.querySelector('span')!.textContent === 'Verantwortlich')!;
    const names = [...filter.querySelectorAll('option')].map((o) => o.textContent);
    expect(names).to.include.members(['Außendienst', 'Schadenmanagement', 'Gruppe 1', 'Prozessbüro', 'Jana Weber']);
    expect(names.filter((n) => ['Field service', 'Claims', 'Group 1', 'Process office', 'IT Billing', 'Logistics'].includes(n!))).to.deep.equal([]);
  });
});

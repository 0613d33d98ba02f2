import { html } from 'lit';
import { CxElement } from '../../src/core/base-element.js';
import type { Problem } from '../../src/data/errors.js';
import { z } from '../../src/data/zod.js';

const Thing = z.object({ id: z.string(), items: z.array(z.object({ name: z.string(), n: z.number() })) });
type Thing = z.infer<typeof Thing>;

/** A minimal widget on the base element, for testing the shared behaviour. */
export class ProbeWidget extends CxElement<Thing> {
  static override strings = { en: { title: 'Items' }, de: { title: 'Einträge' } };
  protected override get schema() {
    return Thing;
  }
  protected override isEmpty(value: Thing) {
    return value.items.length === 0;
  }
  protected override check(value: Thing): Problem[] {
    return value.items.flatMap((item, i) => (item.n < 0 ? [{ path: `items[${i}].n`, message: 'must not be negative' }] : []));
  }
  protected override renderValue(value: Thing) {
    return html`<h2>${this.t('title')}</h2>
      <ul>
        ${value.items.map((i) => html`<li>${i.name}: ${this.fmt.number(i.n, 1)}</li>`)}
      </ul>`;
  }
}
if (!customElements.get('probe-widget')) customElements.define('probe-widget', ProbeWidget);

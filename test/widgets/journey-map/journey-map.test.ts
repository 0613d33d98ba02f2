import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { emulateMedia } from '@web/test-runner-commands';
import { until } from '../../helpers/fetch-stub.js';
import { defineWidgets } from '../../../src/define.js';
import type { JourneyMap } from '../../../src/widgets/journey-map/index.js';
import { generateJourney, moveIn } from '../../../stories/fixtures/journey-map.js';
import { small } from './small-journey.js';

defineWidgets();

const root = (el: Element) => el.shadowRoot!;
const cards = (el: Element) => [...root(el).querySelectorAll<HTMLElement>('.card')];
const card = (el: Element, name: string) => cards(el).find((c) => c.querySelector('.name')!.textContent === name)!;
const key = (target: Element, k: string) => target.dispatchEvent(new KeyboardEvent('keydown', { key: k, bubbles: true, composed: true }));
const frame = () => new Promise((r) => requestAnimationFrame(() => r(undefined)));

async function mount(data: unknown, attrs = '', width = 1200, lang = 'en'): Promise<JourneyMap> {
  const wrapper = await fixture<HTMLDivElement>(html`<div style="width:${width}px" lang=${lang}></div>`);
  const el = document.createElement('journey-map') as JourneyMap;
  for (const [k, v] of new URLSearchParams(attrs)) el.setAttribute(k, v);
  (el as unknown as { data: unknown }).data = data;
  wrapper.append(el);
  await el.updateComplete;
  await frame();
  await el.updateComplete;
  return el;
}

describe('<journey-map> rendering', () => {
  it('draws stages, lanes and a card per touchpoint with name, channel and owner', async () => {
    const el = await mount(moveIn);
    expect(root(el).querySelectorAll('.stage-head').length).to.equal(7);
    expect(root(el).querySelectorAll('.lane-head:not(.emotion-head)').length).to.equal(5);
    expect(cards(el).length).to.equal(31);
    const c = card(el, 'First bill');
    expect(c.querySelector('.channel')!.textContent).to.equal('email');
    expect(c.querySelector('.owner')!.textContent).to.equal('Billing operations');
    expect(c.querySelector('[data-icon=email]')).to.exist;
    expect(c.querySelector('.mark.mtm')).to.exist;
    expect(c.querySelector('.mark.pain')).to.exist;
  });

  it('draws each icon as one path', async () => {
    const el = await mount(moveIn);
    // The web icon has three sub-paths (circle, equator, meridians); they are joined into one <path>.
    const web = root(el).querySelector('.card [data-icon=web]')!;
    expect(web.querySelectorAll('path').length).to.equal(1);
    expect(web.querySelector('path')!.getAttribute('d')!.match(/M/g)!.length).to.equal(4);
  });

  it('a large journey draws the stage heads and emotion points of the rendered cards first, all of them when complete', async () => {
    // 12 stages, 120 touchpoints: more than 48, so cards outside the window follow in later tasks.
    const el = await mount(generateJourney({ stages: 12, lanes: 5, touchpoints: 120, seed: 11 }));
    const heads = () => root(el).querySelectorAll('.stage-head').length;
    const points = () => root(el).querySelectorAll('svg.emotion .pt').length;
    const firstHeads = heads();
    expect(cards(el).length).to.be.lessThan(120);
    expect(firstHeads).to.be.greaterThan(0);
    expect(firstHeads).to.be.lessThan(12);
    await el.renderComplete;
    await el.updateComplete;
    expect(cards(el).length).to.equal(120);
    expect(heads()).to.equal(12);
    const pts = (el as unknown as { layout: { emotion: { points: unknown[] } } }).layout.emotion.points.length;
    expect(points()).to.equal(pts);
  });

  it('names the map and summarises it in one sentence', async () => {
    const el = await mount(small);
    const group = root(el).querySelector('[role=group][aria-roledescription]')!;
    expect(group.getAttribute('aria-label')).to.equal("Journey 'Small'");
    const summary = root(el).getElementById('summary')!;
    expect(group.getAttribute('aria-describedby')).to.equal('summary');
    // Lowest NPS: 'Confirm date' with (10 − 70) / 100 = −60.
    expect(summary.textContent).to.equal("Journey 'Small', 3 stages, 4 touchpoints, lowest score at 'Confirm date' (NPS -60).");
  });

  it('speaks German with German number formats', async () => {
    const wrapper = await fixture<HTMLDivElement>(html`<div lang="de-DE" style="width:1200px"><journey-map .data=${small}></journey-map></div>`);
    const el = wrapper.firstElementChild as JourneyMap;
    await el.updateComplete;
    expect(root(el).getElementById('summary')!.textContent).to.equal('Journey „Small“, 3 Phasen, 4 Touchpoints, niedrigster Wert bei „Confirm date“ (NPS −60).');
    expect(root(el).querySelector('.view-toggle')!.textContent!.trim()).to.equal('Als Tabelle zeigen');
    // The band of a score is spoken in German too (NPS −60 is below the "poor" limit of 0).
    expect(card(el, 'Confirm date').querySelector('.sr-only:last-child')!.textContent).to.match(/^\. Schwach\./);
  });

  it('draws the emotion curve with a marked dip and hand-overs with their waiting time', async () => {
    const el = await mount(small);
    const curve = root(el).querySelector('svg.emotion')!;
    expect(curve.getAttribute('role')).to.equal('img');
    expect(curve.querySelector('path.curve')).to.exist;
    // Emotions per column: +1, −1, −2 → the last point is the dip.
    const dips = curve.querySelectorAll('.pt.dip');
    expect(dips.length).to.equal(1);
    expect(dips[0]!.textContent!.trim()).to.equal('-2.0');
    const handovers = root(el).querySelectorAll('.conn[data-handover=true]');
    expect(handovers.length).to.equal(1);
    expect(root(el).querySelector('.conn-label .ho')!.textContent!.trim()).to.equal('2.0 d'); // 48 h
  });

  it('switches to a stacked layout below 600 px', async () => {
    const el = await mount(small, '', 420);
    expect(root(el).querySelector('.frame')!.getAttribute('data-mode')).to.equal('stack');
    expect(cards(el).length).to.equal(4);
    const wide = await mount(small, '', 900);
    expect(root(wide).querySelector('.frame')!.getAttribute('data-mode')).to.equal('grid');
    // the container's width decides: 599 px is narrow, 600 px is not
    expect(root(await mount(small, '', 599)).querySelector('.frame')!.getAttribute('data-mode')).to.equal('stack');
    expect(root(await mount(small, '', 600)).querySelector('.frame')!.getAttribute('data-mode')).to.equal('grid');
  });

  it('keeps its toolbar inside a 280 px container, in English and German', async () => {
    for (const [lang, file] of [['en', 'move-in.json'], ['de-DE', 'move-in.de.json']]) {
      const sample = await (await fetch(`/demo/api/v1/journeys/${file}`)).json();
      const el = await mount(sample, '', 280, lang);
      const right = el.getBoundingClientRect().right;
      for (const c of root(el).querySelectorAll('.toolbar select, .toolbar button, .legend .key')) {
        expect(c.getBoundingClientRect().right, `${lang}: ${c.textContent!.trim().slice(0, 30)}`).to.be.at.most(right + 0.5);
      }
    }
  });

  it('prints the stacked layout at the width of a page with every card, and goes back to the grid after printing', async () => {
    const big = generateJourney({ stages: 12, lanes: 5, touchpoints: 120, seed: 11 });
    const el = await mount(big, '', 1200);
    expect(root(el).querySelector('.frame')!.getAttribute('data-mode')).to.equal('grid');
    expect(cards(el).length).to.be.lessThan(120); // large maps draw the visible cards first
    try {
      await emulateMedia({ media: 'print' });
      await until(() => root(el).querySelector('.frame')!.getAttribute('data-mode') === 'stack');
      await el.updateComplete;
      expect(cards(el).length).to.equal(120);
      expect(root(el).querySelector<HTMLElement>('.canvas')!.getBoundingClientRect().width).to.be.at.most(680);
    } finally {
      await emulateMedia({ media: 'screen' });
    }
    await until(() => root(el).querySelector('.frame')!.getAttribute('data-mode') === 'grid');
    // beforeprint / afterprint (the print dialog) do the same
    window.dispatchEvent(new Event('beforeprint'));
    expect(root(el).querySelector('.frame')!.getAttribute('data-mode'), 'drawn at once, before the pages are laid out').to.equal('stack');
    window.dispatchEvent(new Event('afterprint'));
    await el.updateComplete;
    expect(root(el).querySelector('.frame')!.getAttribute('data-mode')).to.equal('grid');
  });

  it('keeps every card in order: name, meta line, then the overlay strip inside the card (grid and stacked, every overlay, German)', async () => {
    for (const width of [1200, 340]) {
      for (const overlay of ['voc', 'process', 'target']) {
        const el = await mount(moveIn, `overlay=${overlay}`, width, 'de-DE');
        for (const c of cards(el)) {
          const box = (q: string) => c.querySelector(q)!.getBoundingClientRect();
          const where = `${c.querySelector('.name')!.textContent} (${overlay}, ${width} px)`;
          expect(box('.meta').top, where).to.be.at.least(box('.name').bottom - 0.5);
          expect(box('.ov').top, where).to.be.at.least(box('.meta').bottom - 0.5);
          expect(box('.ov').bottom, where).to.be.at.most(c.getBoundingClientRect().bottom + 0.5);
        }
      }
    }
  });

  it('keeps lane headers sticky while the map scrolls sideways', async () => {
    const el = await mount(moveIn, '', 800);
    const scroller = root(el).querySelector<HTMLElement>('.scroller')!;
    expect(scroller.scrollWidth).to.be.greaterThan(scroller.clientWidth);
    const heads = root(el).querySelector<HTMLElement>('.lane-heads')!;
    const before = heads.getBoundingClientRect().left;
    scroller.scrollLeft = 600;
    await frame();
    expect(getComputedStyle(heads).position).to.equal('sticky');
    expect(heads.getBoundingClientRect().left).to.equal(before);
  });

  it('renders a sample payload from src', async () => {
    const el = await mount(undefined);
    el.setAttribute('src', '/demo/api/v1/journeys/move-in.json');
    const start = performance.now();
    while (el.state !== 'ready' && performance.now() - start < 4000) await new Promise((r) => setTimeout(r, 20));
    await el.updateComplete;
    expect(el.state).to.equal('ready');
    expect(cards(el).length).to.be.greaterThan(19);
  });
});

describe('<journey-map> overlays', () => {
  it('VoC: score, sample size, small-sample mark and tone', async () => {
    const el = await mount(small);
    const a = card(el, 'Find tariff').querySelector('.ov-voc')!;
    expect(a.querySelector('strong')!.textContent).to.equal('40');
    expect(a.querySelector('.n')!.textContent).to.contain('n = 100');
    expect(a.getAttribute('data-tone')).to.equal('good');
    const d = card(el, 'First bill').querySelector('.ov-voc')!;
    expect(d.querySelector('strong')!.textContent).to.equal('-25');
    const n = d.querySelector('.n')!;
    expect(n.hasAttribute('data-small')).to.equal(true); // dashed outline + icon, and "Small sample" for screen readers
    expect(n.querySelector('[data-icon=small]')).to.exist;
    expect(card(el, 'Find tariff').querySelector('.n')!.hasAttribute('data-small')).to.equal(false);
    expect(d.getAttribute('data-tone')).to.equal('bad');
    // No VoC: an honest "No data", never NaN.
    expect(card(el, 'Bill run').querySelector('.ov-voc')!.textContent).to.contain('No data');
    expect(root(el).textContent).not.to.match(/NaN|Infinity/);
  });

  it('metric=csat shows the CSAT mean', async () => {
    const el = await mount(small, 'metric=csat');
    expect(card(el, 'Find tariff').querySelector('.ov-voc strong')!.textContent).to.equal('4.4');
    expect(card(el, 'Confirm date').querySelector('.ov-voc')!.textContent).to.contain('No data');
  });

  it('process: volume, drop-off, SLA breaches on cards; median and P90 on connectors', async () => {
    const el = await mount(small, 'overlay=process');
    const c = card(el, 'Bill run').querySelector('.ov-process')!;
    expect([...c.querySelectorAll('.fig strong')].map((s) => s.textContent)).to.deep.equal(['1.2K', '10%', '25%']);
    const first = root(el).querySelector('.conn-label .proc')!;
    // a → b: volume 100, median 24 h, P90 72 h = 3.0 d
    expect(first.textContent!.split(/\n|\u2002/)).to.deep.equal(['100', '⌀ 24 h', 'P90 3.0 d']);
  });

  it('process figures stay apart in German (five-digit volumes), in the grid and stacked', async () => {
    const big = structuredClone(moveIn);
    for (const tp of big.touchpoints) if (tp.process) tp.process = { ...tp.process, volume: 62959, dropOff: 0.18, slaBreachShare: 0.22 };
    for (const width of [1200, 380]) {
      const el = await mount(big, 'overlay=process', width, 'de-DE');
      const strips = [...root(el).querySelectorAll('.ov-process')];
      expect(strips.length).to.be.greaterThan(0);
      for (const strip of strips) {
        const values = [...strip.querySelectorAll('.fig strong')].map((v) => {
          const r = document.createRange();
          r.selectNodeContents(v);
          return r.getBoundingClientRect();
        });
        expect(strip.querySelector('.fig strong')!.textContent).to.equal('62.959');
        for (let i = 1; i < values.length; i++) expect(values[i]!.left - values[i - 1]!.right, `${width} px: gap after figure ${i}`).to.be.at.least(4);
        expect(values[values.length - 1]!.right).to.be.at.most(strip.getBoundingClientRect().right);
      }
    }
  });

  it('target: met / at risk / missed with icon and text', async () => {
    const el = await mount(small, 'overlay=target');
    const status = (name: string) => card(el, name).querySelector('.ov-target')!;
    expect(status('Find tariff').getAttribute('data-status')).to.equal('met');
    expect(status('Find tariff').querySelector('.status')!.textContent).to.equal('Met');
    expect(status('Confirm date').querySelector('.status')!.textContent).to.equal('Missed');
    expect(status('Confirm date').querySelector('[data-icon=missed]')).to.exist;
    expect(status('First bill').querySelector('.status')!.textContent).to.equal('At risk');
    expect(status('Bill run').querySelector('.status')!.textContent).to.equal('No target');
  });

  it('the segmented control switches the overlay and reports it', async () => {
    const el = await mount(small);
    const btn = root(el).querySelector<HTMLButtonElement>('.seg-btn[data-overlay=process]')!;
    const ev = oneEvent(el, 'cx-view-change');
    btn.click();
    const { detail } = await ev;
    await el.updateComplete;
    expect(detail).to.deep.equal({ overlay: 'process', metric: 'nps', segment: '' });
    expect(el.getAttribute('overlay')).to.equal('process');
    expect(btn.getAttribute('aria-pressed')).to.equal('true');
    expect(root(el).querySelector('.ov-process')).to.exist;
  });

  it('segment re-colours from the segment figures', async () => {
    const el = await mount(small, 'segment=fam');
    const b = card(el, 'Confirm date').querySelector('.ov-voc')!;
    expect(b.querySelector('strong')!.textContent).to.equal('70');
    expect(b.getAttribute('data-tone')).to.equal('good');
    expect(card(el, 'Find tariff').textContent).to.contain('No figures for this segment');
    el.segment = 'unknown';
    await el.updateComplete;
    expect(card(el, 'Confirm date').querySelector('.ov-voc strong')!.textContent).to.equal('-60');
  });
});

describe('<journey-map> interaction', () => {
  it('click fires cx-touchpoint-select with ids and figures and opens the details', async () => {
    const el = await mount(small);
    const ev = oneEvent(el, 'cx-touchpoint-select');
    card(el, 'First bill').click();
    const { detail } = await ev;
    expect(detail.touchpointId).to.equal('d');
    expect(detail.stageId).to.equal('s3');
    expect(detail.laneId).to.equal('c');
    expect(detail.name).to.equal('First bill');
    expect(detail.figures.nps).to.deep.include({ value: -25, n: 20, small: true });
    expect(detail.figures.target.status).to.equal('risk');
    await el.updateComplete;
    const panel = root(el).querySelector('.panel')!;
    expect(panel.getAttribute('role')).to.equal('dialog');
    expect(panel.querySelector('.panel-title')!.textContent).to.equal('First bill');
    // Verbatims and insights as text.
    expect(panel.querySelector('blockquote')!.textContent).to.equal('<b>bold</b> and "quoted"');
    expect(panel.querySelector('blockquote b')).to.equal(null);
    expect(panel.querySelector('.insights')!.textContent).to.contain('Fix the first bill');
    expect(panel.textContent).to.contain('At risk');
  });

  it('the details of a card low on a tall map open with their title and close button in view', async () => {
    const el = await mount(moveIn);
    const low = cards(el).sort((a, b) => b.getBoundingClientRect().bottom - a.getBoundingClientRect().bottom)[0]!;
    low.scrollIntoView({ block: 'end' });
    expect(el.getBoundingClientRect().top, 'the map starts above the window').to.be.below(-100);
    low.click();
    await el.updateComplete;
    await frame();
    const head = root(el).querySelector('.panel-head')!.getBoundingClientRect();
    const close = root(el).querySelector('.panel .close')!.getBoundingClientRect();
    expect(head.top).to.be.at.least(0);
    expect(close.bottom).to.be.at.most(innerHeight);
    expect(close.top).to.be.at.least(0);
    window.scrollTo(0, 0);
  });

  it('arrow keys move focus by stage and lane, Enter selects, Escape closes and returns focus', async () => {
    const el = await mount(small);
    // Roving tabindex: only the first card is in the tab order.
    expect(cards(el).filter((c) => c.tabIndex === 0).map((c) => c.querySelector('.name')!.textContent)).to.deep.equal(['Find tariff']);
    card(el, 'Find tariff').focus();
    key(card(el, 'Find tariff'), 'ArrowRight');
    await el.updateComplete;
    expect(root(el).activeElement).to.equal(card(el, 'Confirm date'));
    // From 'Confirm date' (front lane, column 1) right: 'First bill' (customer) and 'Bill run' (back) are one lane away; the upper wins.
    key(card(el, 'Confirm date'), 'ArrowRight');
    await el.updateComplete;
    expect(root(el).activeElement).to.equal(card(el, 'First bill'));
    key(card(el, 'First bill'), 'ArrowDown');
    await el.updateComplete;
    expect(root(el).activeElement).to.equal(card(el, 'Confirm date'));
    expect(card(el, 'Confirm date').tabIndex).to.equal(0);
    expect(card(el, 'Find tariff').tabIndex).to.equal(-1);
    const ev = oneEvent(el, 'cx-touchpoint-select');
    key(card(el, 'Confirm date'), 'Enter');
    expect((await ev).detail.touchpointId).to.equal('b');
    await el.updateComplete;
    await el.updateComplete;
    const panel = root(el).querySelector<HTMLElement>('.panel')!;
    expect(root(el).activeElement).to.equal(panel);
    key(panel, 'Escape');
    await el.updateComplete;
    await el.updateComplete;
    expect(root(el).querySelector('.panel')).to.equal(null);
    expect(root(el).activeElement).to.equal(card(el, 'Confirm date'));
  });

  it('the details slot replaces the built-in details', async () => {
    const el = await mount(small);
    const mine = document.createElement('div');
    mine.slot = 'details';
    mine.textContent = 'Host details';
    el.append(mine);
    card(el, 'Find tariff').click();
    await el.updateComplete;
    const slot = root(el).querySelector<HTMLSlotElement>('slot[name=details]')!;
    expect(slot.assignedElements()).to.deep.equal([mine]);
  });

  it('fires cx-threshold once per data load, not on re-render, overlay, metric or segment switch', async () => {
    const seen: unknown[] = [];
    const wrapper = await fixture<HTMLDivElement>(html`<div style="width:1000px"></div>`);
    const el = document.createElement('journey-map') as JourneyMap;
    el.addEventListener('cx-threshold', (e) => seen.push((e as CustomEvent).detail));
    (el as unknown as { data: unknown }).data = small;
    wrapper.append(el);
    await el.updateComplete;
    await frame();
    // Only 'Confirm date' is below its target (−60 < 0); 'First bill' is at risk, not below.
    expect(seen).to.deep.equal([{ touchpointId: 'b', name: 'Confirm date', metric: 'nps', value: -60, target: 0 }]);
    el.overlay = 'target';
    await el.updateComplete;
    el.segment = 'fam';
    await el.updateComplete;
    el.metric = 'csat';
    await el.updateComplete;
    el.requestUpdate();
    await el.updateComplete;
    expect(seen.length).to.equal(1);
    (el as unknown as { data: unknown }).data = structuredClone(small);
    await el.updateComplete;
    await el.updateComplete;
    expect(seen.length).to.equal(2);
  });

  it('the table view lists every touchpoint with its figures', async () => {
    const el = await mount(small);
    root(el).querySelector<HTMLButtonElement>('.view-toggle')!.click();
    await el.updateComplete;
    const rows = root(el).querySelectorAll('tbody tr');
    expect(rows.length).to.equal(4);
    const cells = [...rows[1]!.querySelectorAll('td, th')].map((c) => c.textContent!.trim());
    expect(cells.slice(0, 5)).to.deep.equal(['Confirm', 'Front', 'Confirm date', 'letter', 'Switching']);
    expect(cells[5]).to.equal('-60');
    expect(cells[6]).to.equal('100');
    expect(rows[1]!.textContent).to.contain('Missed');
    expect(root(el).querySelector('.view-toggle')!.getAttribute('aria-pressed')).to.equal('true');
  });

  it('a touchpoint chosen in the table opens its details over the table; Escape closes them and returns to its row', async () => {
    const el = await mount(small);
    root(el).querySelector<HTMLButtonElement>('.view-toggle')!.click();
    await el.updateComplete;
    const link = root(el).querySelectorAll<HTMLButtonElement>('tbody tr .link')[1]!;
    expect(link.textContent).to.equal('Confirm date');
    const ev = oneEvent(el, 'cx-touchpoint-select');
    link.click();
    expect((await ev).detail.name).to.equal('Confirm date');
    await el.updateComplete;
    expect(root(el).querySelector('.panel .panel-title')!.textContent).to.equal('Confirm date');
    expect(root(el).querySelector('table'), 'still in the table view').to.exist;
    key(root(el).querySelector('.panel')!, 'Escape');
    await el.updateComplete;
    await el.updateComplete;
    expect(root(el).querySelector('.panel')).to.equal(null);
    expect(root(el).activeElement).to.equal(link);
  });
});

describe('<journey-map> export', () => {
  it('toSVG returns a standalone SVG with the cards as text', async () => {
    const evil = { ...small, touchpoints: small.touchpoints.map((t, i) => (i ? t : { ...t, name: '<script>alert(1)</script>' })) };
    const el = await mount(evil);
    const text = el.toSVG();
    expect(text.startsWith('<svg')).to.equal(true);
    const doc = new DOMParser().parseFromString(text, 'image/svg+xml');
    expect(doc.querySelector('parsererror')).to.equal(null);
    expect(doc.documentElement.getAttribute('xmlns')).to.equal('http://www.w3.org/2000/svg');
    expect(doc.querySelector('title')!.textContent).to.equal("Journey 'Small'");
    expect(doc.querySelector('script')).to.equal(null);
    expect(text).to.contain('&lt;script&gt;');
    expect(text).not.to.match(/NaN|Infinity/);
  });

  it('toPNG returns a PNG blob', async () => {
    const el = await mount(small);
    const png = await el.toPNG(1);
    expect(png.type).to.equal('image/png');
    expect(png.size).to.be.greaterThan(1000);
  });

  it('toPNG on a page that will not load the drawing as an image (a CSP without img-src blob:) says why, also as cx-error', async () => {
    const el = await mount(small);
    const decode = HTMLImageElement.prototype.decode;
    // what a blocked image load does: decode() rejects with "The source image cannot be decoded."
    HTMLImageElement.prototype.decode = () => Promise.reject(new DOMException('The source image cannot be decoded.', 'EncodingError'));
    const errors: CustomEvent[] = [];
    el.addEventListener('cx-error', (e) => errors.push(e as CustomEvent));
    let message = '';
    try {
      await el.toPNG(1);
    } catch (e) {
      message = (e as Error).message;
    } finally {
      HTMLImageElement.prototype.decode = decode;
    }
    expect(message).to.contain('img-src blob:').and.to.contain('toSVG()');
    expect(errors.map((e) => [e.detail.kind, e.detail.message])).to.deep.equal([['config', message]]);
  });
});

describe('<journey-map> accessibility', () => {
  it('passes axe in light and dark, with the details open and in the table view', async () => {
    const el = await mount(small);
    await expect(el).to.be.accessible();
    el.setAttribute('theme', 'dark');
    el.parentElement!.style.background = '#15191e';
    await el.updateComplete;
    await expect(el).to.be.accessible();
    card(el, 'First bill').click();
    await el.updateComplete;
    await expect(el).to.be.accessible();
    el.setAttribute('theme', 'light');
    el.parentElement!.style.background = '#ffffff';
    el.overlay = 'process';
    await el.updateComplete;
    await expect(el).to.be.accessible();
    root(el).querySelector<HTMLButtonElement>('.view-toggle')!.click();
    await el.updateComplete;
    await expect(el).to.be.accessible();
  });

  it('passes axe in the stacked layout', async () => {
    const el = await mount(moveIn, 'overlay=process', 380);
    expect(root(el).querySelector('.frame')!.getAttribute('data-mode')).to.equal('stack');
    await expect(el).to.be.accessible();
  });

  it('passes axe on the full sample journey in dark, target overlay', async () => {
    const el = await mount(moveIn, 'theme=dark&overlay=target');
    el.parentElement!.style.background = '#15191e';
    await expect(el).to.be.accessible();
    el.overlay = 'voc';
    await el.updateComplete;
    await expect(el).to.be.accessible();
  });

  it('names each card from its content, with place, figures and marks for screen readers', async () => {
    const el = await mount(small);
    const c = card(el, 'First bill');
    expect(c.hasAttribute('aria-label')).to.equal(false);
    const spoken = [...c.querySelectorAll('.sr-only')].map((s) => s.textContent);
    expect(spoken).to.deep.equal(['Bill, Customer:', '. Poor. Small sample. Emotion -2.0. Moment that matters. Pain point: Too high.']);
    expect(card(el, 'Bill run').querySelector('.sr-only:last-child')!.textContent).to.equal('. Hand-over from Switching, wait 2.0 d.');
    // the score is its own word: "NPS -25", not "NPS-25"
    expect(c.querySelector('.score')!.textContent).to.equal('NPS -25');
  });
});

describe('<journey-map> sentiment shares', () => {
  // 'Find tariff' with 56 positive, 23 neutral and 21 negative answers of 100: 56 %, 23 %, 21 %.
  const withSentiment = structuredClone(small);
  withSentiment.touchpoints[0]!.voc = { ...withSentiment.touchpoints[0]!.voc, sentiment: { positive: 56, neutral: 23, negative: 21 } };

  it('says "56% positive" (never "+56%") on the card, in its name, in the details, the table and the export', async () => {
    const el = await mount(withSentiment);
    const c = card(el, 'Find tariff');
    expect(c.querySelector('.senti')!.textContent).to.equal('56%\u00a0positive');
    expect(c.querySelector('.senti')!.getAttribute('title')).to.equal('Sentiment: 56%\u00a0positive, 21%\u00a0negative');
    expect(c.querySelector('.sr-only:last-child')!.textContent).to.contain('Sentiment: 56%\u00a0positive, 21%\u00a0negative.');
    expect(c.textContent).not.to.contain('+56');
    c.click();
    await el.updateComplete;
    expect(root(el).querySelector('.panel')!.textContent).to.contain('56%\u00a0positive · 23%\u00a0neutral · 21%\u00a0negative');
    const svg = new DOMParser().parseFromString(el.toSVG(), 'image/svg+xml');
    expect([...svg.querySelectorAll('text')].map((t) => t.textContent)).to.include('56%\u00a0positive');
    root(el).querySelector<HTMLButtonElement>('.panel .close')!.click();
    root(el).querySelector<HTMLButtonElement>('.view-toggle')!.click();
    await el.updateComplete;
    const head = [...root(el).querySelectorAll('thead th')].map((th) => th.textContent!.trim());
    const row = [...root(el).querySelectorAll('tbody tr')[0]!.querySelectorAll('td, th')].map((td) => td.textContent!.trim());
    expect(row[head.indexOf('Sentiment')]).to.equal('56%\u00a0positive, 21%\u00a0negative');
    // a touchpoint without answers has no sentiment
    expect([...root(el).querySelectorAll('tbody tr')[2]!.querySelectorAll('td, th')][head.indexOf('Sentiment')]!.textContent!.trim()).to.equal('–');
  });

  it('in German: "56 % positiv", and the share fits the strip of a narrow grid card', async () => {
    const el = await mount(withSentiment, '', 1200, 'de-DE');
    const c = card(el, 'Find tariff');
    const senti = c.querySelector('.senti')!;
    expect(senti.textContent).to.equal('56\u00a0%\u00a0positiv');
    expect(c.querySelector('.sr-only:last-child')!.textContent).to.contain('Stimmung: 56\u00a0%\u00a0positiv, 21\u00a0%\u00a0negativ.');
    // the narrowest grid card (184 px, when the map scrolls): the words stay inside the strip
    const narrow = await mount(withSentiment, '', 700, 'de-DE');
    const strip = card(narrow, 'Find tariff').querySelector('.ov-voc')!.getBoundingClientRect();
    const range = document.createRange();
    range.selectNodeContents(card(narrow, 'Find tariff').querySelector('.senti')!);
    expect(range.getBoundingClientRect().right).to.be.at.most(strip.right);
    expect(card(narrow, 'Find tariff').getBoundingClientRect().width).to.equal(184);
  });
});

describe('<journey-map> emotion dips and pain points', () => {
  // One lane, three stages, one touchpoint each: emotions +1 (a pain point), −1, +2.
  // Only −1 is a dip (a local minimum below zero); the pain point at +1 is not.
  const painOnHigh: typeof small = {
    id: 'p',
    name: 'Pain on a high',
    stages: [
      { id: 's1', name: 'One' },
      { id: 's2', name: 'Two' },
      { id: 's3', name: 'Three' },
    ],
    lanes: [{ id: 'c', name: 'Customer', kind: 'customer' }],
    touchpoints: [
      { id: 'a', stageId: 's1', laneId: 'c', name: 'A', emotion: 1, painPoint: 'Slow' },
      { id: 'b', stageId: 's2', laneId: 'c', name: 'B', emotion: -1 },
      { id: 'c', stageId: 's3', laneId: 'c', name: 'C', emotion: 2 },
    ],
  };

  it('marks only the dip of the curve as a dip, and the pain point by its own bolt', async () => {
    const el = await mount(painOnHigh);
    // 1200 px host, 1198 px map: 3 columns of min(252 + 68, floor((1198 − 148) / 3) = 350) = 320 px, cards 252 wide;
    // point x = 148 + column × 320 + 34 + 126 = 308, 628, 948; y = 74 + 19 × (2 − v): +1 → 93, −1 → 131, +2 → 74.
    const curve = root(el).querySelector('svg.emotion')!;
    const dips = [...curve.querySelectorAll('.pt.dip')];
    expect(dips.map((d) => d.getAttribute('transform'))).to.deep.equal(['translate(628,131)']);
    expect(dips[0]!.textContent!.trim()).to.equal('-1.0');
    expect(curve.querySelectorAll('circle.pt').length).to.equal(2); // A and C are plain points
    // the bolt (14 px) centred above A: 308 − 7 = 301, 93 − 24 = 69
    const pains = [...curve.querySelectorAll('.pt-pain')];
    expect(pains.map((p) => p.getAttribute('transform'))).to.deep.equal(['translate(301,69) scale(0.875)']);
    // and the card still says it
    expect(card(el, 'A').querySelector('.mark.pain')).to.exist;
    expect(card(el, 'A').querySelector('.sr-only:last-child')!.textContent).to.contain('Pain point: Slow.');
  });

  it('the export draws the same: one diamond at the dip, a bolt above the pain point', async () => {
    const el = await mount(painOnHigh);
    const svg = new DOMParser().parseFromString(el.toSVG(), 'image/svg+xml').documentElement;
    // the export's grid at its natural width: columns of 252, cards of 184; x = 148 + column × 252 + 34 + 92 = 274, 526, 778
    const diamonds = [...svg.children].filter((n) => n.tagName === 'path' && /^M[\d.]+,[\d.]+(L[\d.]+,[\d.]+){3}Z$/.test(n.getAttribute('d')!));
    expect(diamonds.map((d) => d.getAttribute('d'))).to.deep.equal(['M526,123.5L533.5,131L526,138.5L518.5,131Z']);
    const bolts = [...svg.children].filter((n) => n.tagName === 'g' && n.getAttribute('transform') === 'translate(267,69) scale(0.875)');
    expect(bolts.length).to.equal(1);
    // no red value under the pain point: only the dip is labelled
    expect([...svg.children].filter((n) => n.tagName === 'text').map((t) => t.textContent)).not.to.include('+1.0');
  });
});

describe('<journey-map> export text', () => {
  const longNames = structuredClone(small);
  longNames.lanes[1]!.name = 'Messstellenbetrieb und Zählerwesen';
  // 'First bill' has both marks (star and bolt): its name must stay left of them.
  longNames.touchpoints[3]!.name = 'Registration with the grid operator and metering point';

  it('wraps touchpoint names left of the star and bolt, and lane names between words', async () => {
    const el = await mount(longNames);
    const svg = new DOMParser().parseFromString(el.toSVG(), 'image/svg+xml').documentElement as unknown as SVGSVGElement;
    const host = document.createElement('div');
    host.append(document.importNode(svg, true));
    document.body.append(host);
    try {
      const drawn = host.firstElementChild!;
      // every card with marks: the first name line (13 px, beside the icons scaled to 14 px) ends left of them,
      // and every line inside the card's 12 px padding (cards are 184 px wide in the export)
      let checked = 0;
      for (const g of drawn.querySelectorAll(':scope > g[transform^="translate("]')) {
        const icons = [...g.querySelectorAll(':scope > g[transform*="scale"]')].map((i) => Number(/translate\(([\d.]+),/.exec(i.getAttribute('transform')!)![1]));
        const names = [...g.querySelectorAll<SVGTextElement>(':scope > text[font-size="13"]')];
        if (!icons.length) continue;
        const end = (n: SVGTextElement) => Number(n.getAttribute('x')) + n.getComputedTextLength();
        expect(end(names[0]!), names[0]!.textContent!).to.be.at.most(Math.min(...icons));
        for (const n of names) expect(end(n), n.textContent!).to.be.at.most(184 - 12);
        if (names[0]!.textContent!.startsWith('Registration')) checked++;
      }
      expect(checked, 'the long name with both marks was checked').to.equal(1);
      // lane names: whole words on each line (an ellipsis only after a word cut for want of room), inside the 148 px column
      const laneWords = longNames.lanes.flatMap((l) => l.name.split(' '));
      const laneLines = [...drawn.querySelectorAll<SVGTextElement>(':scope > text[x="12"][font-weight="600"]')].filter((t) => t.textContent !== 'Emotion');
      expect(laneLines.map((l) => l.textContent)).to.include('Customer');
      for (const line of laneLines) {
        for (const word of line.textContent!.split(' ')) {
          expect(laneWords.includes(word) || (word.endsWith('…') && laneWords.some((w) => w.startsWith(word.slice(0, -1)))), `"${word}" in "${line.textContent}"`).to.equal(true);
        }
        expect(12 + line.getComputedTextLength()).to.be.at.most(148 - 12);
      }
    } finally {
      host.remove();
    }
  });
});

describe('<journey-map> stacked at 280 px', () => {
  it('keeps the hand-over chips inside their cards, in English and German', async () => {
    for (const [lang, file] of [['en', 'move-in.json'], ['de-DE', 'move-in.de.json']]) {
      const sample = await (await fetch(`/demo/api/v1/journeys/${file}`)).json();
      const el = await mount(sample, '', 280, lang);
      expect(root(el).querySelector('.frame')!.getAttribute('data-mode')).to.equal('stack');
      const chips = [...root(el).querySelectorAll<HTMLElement>('.card .ho-chip')];
      expect(chips.length, `${lang}: hand-over chips`).to.be.greaterThan(3);
      for (const chip of chips) {
        const c = chip.closest('.card')!;
        const box = c.getBoundingClientRect();
        const r = chip.getBoundingClientRect();
        const where = `${lang}: ${c.querySelector('.name')!.textContent} – ${chip.textContent}`;
        // inside the card's border, and wholly shown (its text not cut off)
        expect(r.left, where).to.be.at.least(box.left);
        expect(r.right, where).to.be.at.most(box.right - 1);
        expect(chip.scrollWidth, where).to.be.at.most(chip.clientWidth);
        const range = document.createRange();
        range.selectNodeContents(chip);
        expect(range.getBoundingClientRect().right, where).to.be.at.most(r.right);
        // above the overlay strip, which stays inside the card
        expect(r.bottom, where).to.be.at.most(c.querySelector('.ov')!.getBoundingClientRect().top + 0.5);
        expect(c.querySelector('.ov')!.getBoundingClientRect().bottom, where).to.be.at.most(box.bottom + 0.5);
      }
    }
  });
});

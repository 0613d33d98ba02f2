import { html } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { defineWidgets } from '../src/define.js';
import { HANG } from './fixtures/hang.js';
import { generateJourney, moveIn } from './fixtures/journey-map.js';

defineWidgets();


interface Args {
  data?: unknown;
  src?: string;
  overlay: 'voc' | 'process' | 'target';
  metric: 'nps' | 'csat' | 'ces';
  segment?: string;
  theme?: 'light' | 'dark';
  width: number;
  lang?: string;
}

/**
 * `<journey-map>`: stages × lanes with touchpoint cards, the emotion curve,
 * hand-overs between departments, and a VoC, process or target overlay.
 * Tab into the map and use the arrow keys; Enter opens the details, Escape closes them.
 */
const meta: Meta<Args> = {
  title: 'Widgets/journey-map',
  component: 'journey-map',
  args: { data: moveIn, overlay: 'voc', metric: 'nps', width: 1400 },
  argTypes: {
    overlay: { control: 'inline-radio', options: ['voc', 'process', 'target'] },
    metric: { control: 'inline-radio', options: ['nps', 'csat', 'ces'] },
    segment: { control: 'select', options: [undefined, 'families', 'singles', 'business'] },
    theme: { control: 'inline-radio', options: [undefined, 'light', 'dark'] },
    width: { control: { type: 'range', min: 320, max: 1600, step: 10 } },
    data: { control: false },
  },
  render: (args) => html`<div style="max-width: ${args.width}px" lang=${ifDefined(args.lang)}>
    <journey-map
      .data=${args.data}
      src=${ifDefined(args.src)}
      overlay=${args.overlay}
      metric=${args.metric}
      segment=${ifDefined(args.segment)}
      theme=${ifDefined(args.theme)}
    ></journey-map>
  </div>`,
};
export default meta;
type Story = StoryObj<Args>;

/** Voice of customer: NPS per touchpoint as colour, number and sample size; small samples marked. */
export const VoiceOfCustomer: Story = {};

/** CSAT instead of NPS. */
export const Csat: Story = { args: { metric: 'csat' } };

/** Process: volume, drop-off and SLA breaches on the cards; cases, median and P90 to the next touchpoint on the connectors. */
export const Process: Story = { args: { overlay: 'process' } };

/** Target vs. actual: met, at risk or missed, with icon and text. */
export const TargetVsActual: Story = { args: { overlay: 'target' } };

/** A persona re-colours the overlays from its own figures. */
export const Segment: Story = { args: { segment: 'families' } };

/** German strings and number formats, dark theme. */
export const GermanDark: Story = { args: { lang: 'de-DE', theme: 'dark', overlay: 'target' } };

/** Below 600 px the stages stack, with the emotion curve running down the left edge. */
export const Narrow: Story = { args: { width: 380 } };

/** The narrowest container, 280 px, in German: the hand-over chips take a row of their own inside their cards. */
export const NarrowGerman: Story = { args: { width: 280, lang: 'de-DE' } };

/** 12 stages × 5 lanes × 120 touchpoints: scrolls sideways with sticky lane headers. */
export const Large: Story = { args: { data: generateJourney({ stages: 12, lanes: 5, touchpoints: 120 }) } };

/** The sample payload of the demo API, loaded through `src`. */
export const FromSrc: Story = { args: { data: undefined, src: '/demo/api/v1/journeys/move-in.json' } };

export const Loading: Story = { args: { data: undefined, src: `${HANG}journeys/move-in.json` } };

export const Empty: Story = { args: { data: { ...moveIn, touchpoints: [], transitions: [] } } };

/** A payload that fails the schema (a negative count): a readable message with the failing path. */
export const SchemaError: Story = {
  args: {
    data: { ...moveIn, touchpoints: [{ ...moveIn.touchpoints[0]!, voc: { nps: { promoters: -3, passives: 1, detractors: 2 } } }] },
  },
};

/** Unknown stage and lane ids, a duplicate id: drawn without them, with a note and `cx-error`. */
export const Degraded: Story = {
  args: {
    data: {
      ...moveIn,
      touchpoints: [
        ...moveIn.touchpoints.slice(0, 12),
        { ...moveIn.touchpoints[12]!, stageId: 'nowhere' },
        { ...moveIn.touchpoints[13]!, laneId: 'gone' },
        { ...moveIn.touchpoints[0]!, name: 'Duplicate' },
      ],
    },
  },
};

/** Names that are HTML or script render as text. */
export const HostileText: Story = {
  args: {
    data: {
      ...moveIn,
      name: '<img src=x onerror=alert(1)>',
      touchpoints: moveIn.touchpoints.map((t, i) => (i === 0 ? { ...t, name: '<script>alert("x")</script> and a very long name that goes on and on to show how the card clamps it' } : t)),
    },
  },
};

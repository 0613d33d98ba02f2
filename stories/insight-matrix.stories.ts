import { html } from 'lit';
import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { defineWidgets } from '../src/define.js';
import { faultJourney, insights, insightsDe, insightsOfTwoJourneys, insightsWithProblems, journey, manyInsights } from './fixtures/insight-matrix.js';
import { HANG } from './fixtures/hang.js';

defineWidgets();

interface Args {
  theme: 'light' | 'dark';
  lang: 'en' | 'de';
  colorBy: 'status' | 'category';
  editable: boolean;
  width: number;
}

const frame = (args: Args, body: unknown) =>
  html`<div lang=${args.lang} style=${`max-width:${args.width}px;padding:12px;background:${args.theme === 'dark' ? '#15191e' : '#fff'}`}>${body}</div>`;

/**
 * Difficulty × impact matrix of insights (quick wins, big bets, fill-ins,
 * money pits). Stories get their data as a property; write-back stories send
 * PATCH to the demo API (`npm start`), elsewhere a failed save rolls back
 * with a message.
 */
const meta: Meta<Args> = {
  title: 'Widgets/insight-matrix',
  component: 'insight-matrix',
  args: { theme: 'light', lang: 'en', colorBy: 'status', editable: false, width: 1200 },
  argTypes: {
    theme: { control: 'inline-radio', options: ['light', 'dark'] },
    lang: { control: 'inline-radio', options: ['en', 'de'] },
    colorBy: { control: 'inline-radio', options: ['status', 'category'] },
    width: { control: { type: 'range', min: 320, max: 1400, step: 20 } },
  },
  render: (args) =>
    frame(args, html`<insight-matrix theme=${args.theme} color-by=${args.colorBy} ?editable=${args.editable}
      write-src="/demo/api/v1/insights/{id}" .data=${args.lang === 'de' ? insightsDe : insights}></insight-matrix>`),
};
export default meta;

type Story = StoryObj<Args>;

export const Data: Story = {};
export const Dark: Story = { args: { theme: 'dark' } };
export const German: Story = { args: { lang: 'de' } };
export const ByCategory: Story = { args: { colorBy: 'category' } };
export const Narrow: Story = { args: { width: 360 } };
export const Editable: Story = { args: { editable: true } };

export const ComputedImpact: Story = {
  render: (args) =>
    frame(args, html`<insight-matrix theme=${args.theme} impact-from="touchpoints" .journey=${journey} .data=${insights}></insight-matrix>`),
};

/** Insights of two journeys: `journeys` names the touchpoints and stages of both (filters and details). */
export const SeveralJourneys: Story = {
  render: (args) =>
    frame(args, html`<insight-matrix theme=${args.theme} color-by=${args.colorBy} .journeys=${[journey, faultJourney]} .data=${insightsOfTwoJourneys}></insight-matrix>`),
};

export const TwoThousandInsights: Story = {
  render: (args) => frame(args, html`<insight-matrix theme=${args.theme} color-by=${args.colorBy} .data=${manyInsights(2000)}></insight-matrix>`),
};

export const BadInput: Story = {
  render: (args) => frame(args, html`<insight-matrix theme=${args.theme} .data=${insightsWithProblems}></insight-matrix>`),
};

export const Empty: Story = {
  render: (args) => frame(args, html`<insight-matrix theme=${args.theme} .data=${{ items: [] }}></insight-matrix>`),
};

export const Loading: Story = {
  render: (args) => frame(args, html`<insight-matrix theme=${args.theme} src=${`${HANG}insights.json`}></insight-matrix>`),
};

export const Error: Story = {
  render: (args) => frame(args, html`<insight-matrix theme=${args.theme} .data=${{ items: [{ id: 'x', title: 'Broken', kind: 'idea', status: 'new', difficulty: 'high' }] }}></insight-matrix>`),
};

/** Against the demo API (`npm start`): GET and PATCH /demo/api/v1/insights. */
export const LiveDemoApi: Story = {
  args: { editable: true },
  render: (args) => frame(args, html`<insight-matrix theme=${args.theme} ?editable=${args.editable} src="/demo/api/v1/insights.json"></insight-matrix>`),
};

import { html } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { defineWidgets } from '../src/define.js';
import { HANG } from './fixtures/hang.js';
import { dailyColumns, emptyTrend, eventsTrend, messyTrend, monthlyTrend, onePeriod, partialWeekTrend, weeklyTrend } from './fixtures/nps-trend.js';

defineWidgets();


interface Args {
  data?: unknown;
  src?: string;
  interval?: 'day' | 'week' | 'month' | 'quarter';
  range?: string;
  composition: boolean;
  theme?: 'light' | 'dark';
  width: number;
  lang?: string;
}

/**
 * `<nps-trend>`: NPS per period from raw counts, with a 95 % margin-of-error
 * band, composition bars, target / benchmark lines, annotations, up to 8
 * series, day / week / month / quarter periods, time range presets and live
 * answers. Focus the chart and use the arrow keys; Escape hides the details.
 */
const meta: Meta<Args> = {
  title: 'Widgets/nps-trend',
  component: 'nps-trend',
  args: { composition: false, width: 900 },
  argTypes: {
    interval: { control: 'select', options: [undefined, 'day', 'week', 'month', 'quarter'] },
    range: { control: 'select', options: ['all', '5y', '2y', '1y', '6m', '3m', '1m'] },
    theme: { control: 'inline-radio', options: [undefined, 'light', 'dark'] },
    width: { control: { type: 'range', min: 280, max: 1400, step: 10 } },
  },
  render: (args) => html`<div style="max-width: ${args.width}px" lang=${ifDefined(args.lang)}>
    <nps-trend
      .data=${args.data}
      src=${ifDefined(args.src)}
      interval=${ifDefined(args.interval)}
      range=${ifDefined(args.range)}
      ?composition=${args.composition}
      theme=${ifDefined(args.theme)}
    ></nps-trend>
  </div>`,
};
export default meta;
type Story = StoryObj<Args>;

export const Monthly: Story = { args: { data: monthlyTrend(1) } };
export const Segments: Story = { args: { data: monthlyTrend(5) } };
export const Composition: Story = { args: { data: monthlyTrend(1), composition: true } };
export const Quarterly: Story = { args: { data: monthlyTrend(3), interval: 'quarter' } };
export const WeeklyAsMonths: Story = { args: { data: weeklyTrend(), interval: 'month' } };
export const LastYear: Story = { args: { data: monthlyTrend(3), range: '1y' } };
export const TenYearsDaily: Story = { name: '10 years daily × 8 series', args: { data: dailyColumns(10, 8) } };
export const Dark: Story = { args: { data: monthlyTrend(5), theme: 'dark' } };
export const German: Story = { args: { data: monthlyTrend(3), lang: 'de-DE' } };
export const GermanDark: Story = { args: { data: monthlyTrend(1), lang: 'de-DE', theme: 'dark', composition: true } };
export const Narrow: Story = { name: 'Narrow (280 px)', args: { data: monthlyTrend(3), width: 280 } };
export const OnePeriod: Story = { args: { data: onePeriod } };
export const PartialLastWeek: Story = { name: 'A week just begun (small sample)', args: { data: partialWeekTrend() } };
export const CloseEvents: Story = { name: 'Events close together, one with a bad date', args: { data: eventsTrend() } };
export const GermanTable: Story = { name: 'German, 280 px (switch to the table)', args: { data: messyTrend, lang: 'de-DE', width: 280 } };
export const MessyData: Story = { name: 'Bad input: gaps, duplicates, negative counts', args: { data: messyTrend } };
export const Empty: Story = { args: { data: emptyTrend } };
export const Loading: Story = { args: { src: `${HANG}v1/nps/x.json` } };
export const SchemaError: Story = {
  args: { data: { id: 'x', name: 'Broken', interval: 'fortnight', series: [] } },
};
export const NetworkError: Story = { args: { src: '/does-not-exist/v1/nps/x.json' } };

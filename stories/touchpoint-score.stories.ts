import { html, nothing } from 'lit';
import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { defineWidgets } from '../src/define.js';
import type { LiveConnect } from '../src/widgets/touchpoint-score/index.js';
import * as f from './fixtures/touchpoint-score.js';
import { HANG } from './fixtures/hang.js';

defineWidgets();

interface Args {
  theme: 'light' | 'dark';
  lang: 'en' | 'de';
  size: 'compact' | 'card' | 'wide';
  metric: 'nps' | 'csat' | 'ces';
  width: number;
  data: unknown;
}

const frame = (args: Args, body: unknown) =>
  html`<div lang=${args.lang} style=${`width:${args.width}px;padding:12px;background:${args.theme === 'dark' ? '#15191e' : '#fff'}`}>${body}</div>`;

const card = (args: Args, extra: { liveSrc?: string; liveConnect?: LiveConnect; src?: string } = {}) =>
  frame(
    args,
    html`<touchpoint-score
      theme=${args.theme}
      metric=${args.metric}
      size=${args.size === 'card' ? nothing : args.size}
      src=${extra.src ?? nothing}
      live-src=${extra.liveSrc ?? nothing}
      .liveConnect=${extra.liveConnect}
      .data=${args.data}
    ></touchpoint-score>`,
  );

/**
 * One touchpoint's or journey's KPI: the number, target status, change vs.
 * the previous period with significance, n and margin of error, sparkline,
 * customers vs. internal audit, live updates and the threshold signal.
 * Data comes from stories/fixtures/touchpoint-score.ts as a property.
 */
const meta: Meta<Args> = {
  title: 'Widgets/touchpoint-score',
  component: 'touchpoint-score',
  args: { theme: 'light', lang: 'en', size: 'card', metric: 'nps', width: 320, data: f.onboarding },
  argTypes: {
    theme: { control: 'inline-radio', options: ['light', 'dark'] },
    lang: { control: 'inline-radio', options: ['en', 'de'] },
    size: { control: 'inline-radio', options: ['compact', 'card', 'wide'] },
    metric: { control: 'inline-radio', options: ['nps', 'csat', 'ces'] },
    width: { control: { type: 'range', min: 120, max: 600, step: 10 } },
    data: { control: false },
  },
  render: (args) => card(args),
};
export default meta;

type Story = StoryObj<Args>;

// sizes
export const Card: Story = {};
export const Compact: Story = { args: { size: 'compact', width: 200 } };
export const CompactIn120px: Story = { args: { size: 'compact', width: 120 } };
export const Wide: Story = { args: { size: 'wide', width: 600 } };
export const Narrow120: Story = { args: { width: 120 } };

// states of the score
export const Met: Story = {};
export const AtRisk: Story = { args: { data: f.atRisk } };
export const Missed: Story = { args: { data: f.missed } };
export const SmallSample: Story = { args: { data: f.smallSample } };
export const NoPreviousPeriod: Story = { args: { data: f.single } };
export const TwoYearsWeekly: Story = { args: { data: f.twoYears, size: 'wide', width: 600 } };
export const Csat: Story = { args: { data: f.csat, metric: 'csat' } };
export const CesWithAudit: Story = { args: { data: f.ces, metric: 'ces' } };
export const Dark: Story = { args: { theme: 'dark' } };
export const German: Story = { args: { lang: 'de', data: f.missed } };

// shared states
export const Loading: Story = { render: (args) => card(args, { src: `${HANG}v1/scores/x.json` }), args: { data: undefined } };
export const ErrorState: Story = { args: { data: { id: 'x', name: 'Broken', periods: [{ start: 'yesterday' }] } } };
export const Empty: Story = { args: { data: { id: 'x', name: 'Nothing yet', periods: [] } } };

// bad input
export const NoAnswers: Story = { args: { data: f.bad.zero } };
export const CountsDoNotAddUp: Story = { args: { data: f.bad.mismatch } };
export const Percentages: Story = { args: { data: f.bad.percent } };
export const LooksLikePercentages: Story = { args: { data: f.bad.looksPercent } };
export const MetricMissing: Story = { args: { data: f.bad.noMetric, metric: 'csat' } };
export const TargetOutsideScale: Story = { args: { data: f.bad.targetScale } };

/** A simulated feedback stream for tp-delivery: an answer every 1.5 s, held while paused. */
const simulated: LiveConnect = (_url, onMessage) => {
  let paused = false;
  let i = 0;
  const timer = setInterval(() => {
    if (paused) return;
    i++;
    onMessage({ id: `s${i}`, type: 'feedback', data: { id: `s${i}`, time: new Date().toISOString(), touchpointId: 'tp-delivery', score: (i * 7) % 11 } });
  }, 1500);
  return {
    get paused() {
      return paused;
    },
    pause: () => (paused = true),
    resume: () => (paused = false),
    close: () => clearInterval(timer),
  };
};

/** Live: a simulated feedback stream adds an answer every 1.5 s; the pause button holds updates. */
export const Live: Story = {
  args: { data: f.missed, size: 'wide', width: 560 },
  render: (args) => card(args, { liveSrc: 'simulated', liveConnect: simulated }),
};

/** A live chip in a 120 px cell: the badge and pause button go below the chip, the number stays. */
export const CompactLiveIn120px: Story = {
  args: { data: f.missed, size: 'compact', width: 120 },
  render: (args) => card(args, { liveSrc: 'simulated', liveConnect: simulated }),
};

// the chip's own loading, empty and error states (one line, never the card's status box)
export const CompactLoading: Story = { render: (args) => card(args, { src: `${HANG}v1/scores/x.json` }), args: { data: undefined, size: 'compact', width: 140 } };
export const CompactEmpty: Story = { args: { data: { id: 'x', name: 'Nothing yet', periods: [] }, size: 'compact', width: 140 } };
export const CompactError: Story = { args: { data: { id: 'x', name: 'Broken', periods: [{ start: 'yesterday' }] }, size: 'compact', width: 140 } };

/** A CRM record header: compact chips next to each other, and in table cells. */
export const InATable: Story = {
  render: (args) =>
    html`<table lang=${args.lang} style=${`border-collapse:collapse;background:${args.theme === 'dark' ? '#15191e' : '#fff'};color:${args.theme === 'dark' ? '#e8ebef' : '#1b1f24'}`}>
      ${[f.onboarding, f.atRisk, f.missed, f.smallSample].map(
        (d) => html`<tr>
          <td style="padding:6px 12px">${d.name}</td>
          <td style="padding:6px 12px;width:140px"><touchpoint-score theme=${args.theme} size="compact" .data=${d}></touchpoint-score></td>
        </tr>`,
      )}
    </table>`,
};

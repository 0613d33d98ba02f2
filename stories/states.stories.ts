import { html } from 'lit';
import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { defineWidgets } from '../src/define.js';

defineWidgets();

/** The shared states every widget has, shown on <touchpoint-score> with a payload that fails the schema. */
const meta: Meta = {
  title: 'Kit/Shared states',
};
export default meta;

export const SchemaError: StoryObj = {
  render: () => html`<touchpoint-score .data=${{ id: 'x', name: 'Broken', periods: [{ start: 'yesterday' }] }}></touchpoint-score>`,
};

export const NetworkError: StoryObj = {
  render: () => html`<touchpoint-score src="/does-not-exist/v1/scores/x.json"></touchpoint-score>`,
};

import type { Plugin } from 'vite';

/** Placeholder: the demo API (static JSON under demo/api, PATCH, SSE) lands with the sample data. */
export function demoApi(): Plugin {
  return { name: 'cx-demo-api' };
}

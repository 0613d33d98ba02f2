import type { StorybookConfig } from '@storybook/web-components-vite';

const config: StorybookConfig = {
  stories: ['../stories/**/*.stories.ts'],
  framework: { name: '@storybook/web-components-vite', options: {} },
  core: { disableTelemetry: true, disableWhatsNewNotifications: true },
  // The demo API plugin of vite.config.ts is not needed in Storybook: stories pass data as properties.
  async viteFinal(cfg) {
    cfg.plugins = (cfg.plugins ?? []).flat().filter((p) => !(p && typeof p === 'object' && 'name' in p && (p.name === 'cx-demo-api' || p.name === 'cx-demo-home')));
    return cfg;
  },
};
export default config;

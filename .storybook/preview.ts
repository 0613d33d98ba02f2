import type { Preview } from '@storybook/web-components-vite';

const preview: Preview = {
  parameters: {
    layout: 'padded',
    controls: { expanded: true },
  },
  globalTypes: {
    locale: {
      description: 'Language of the widgets',
      toolbar: { title: 'Language', icon: 'globe', items: ['en', 'de'], dynamicTitle: true },
    },
    theme: {
      description: 'Widget theme',
      toolbar: { title: 'Theme', icon: 'mirror', items: ['light', 'dark'], dynamicTitle: true },
    },
  },
  initialGlobals: { locale: 'en', theme: 'light' },
  decorators: [
    (story, context) => {
      document.documentElement.lang = context.globals.locale ?? 'en';
      const dark = context.globals.theme === 'dark';
      document.body.style.background = dark ? '#15191e' : '#ffffff';
      document.documentElement.dataset.cxTheme = dark ? 'dark' : 'light';
      // Widgets take the theme as an attribute; apply it once the story has rendered.
      setTimeout(() => {
        for (const el of document.querySelectorAll('#storybook-root *')) {
          if (el.shadowRoot && 'theme' in el) el.setAttribute('theme', dark ? 'dark' : 'light');
        }
      });
      return story();
    },
  ],
};
export default preview;

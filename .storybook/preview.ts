import type { Preview } from '@storybook/web-components-vite';

const preview: Preview = {
  parameters: {
    layout: 'padded',
    controls: { expanded: true },
  },
  globalTypes: {
    locale: {
      description: 'Language of the widgets',
      toolbar: { title: 'Language', icon: 'globe', items: ['story', 'en', 'de'], dynamicTitle: true },
    },
    theme: {
      description: 'Widget theme',
      toolbar: { title: 'Theme', icon: 'mirror', items: ['story', 'light', 'dark'], dynamicTitle: true },
    },
  },
  initialGlobals: { locale: 'story', theme: 'story' },
  decorators: [
    (story, context) => {
      // 'story' keeps what the story sets; 'light' / 'dark' force the theme of every widget.
      const locale = context.globals.locale;
      if (locale === 'en' || locale === 'de') document.documentElement.lang = locale;
      const theme = context.globals.theme;
      if (theme === 'light' || theme === 'dark') {
        document.body.style.background = theme === 'dark' ? '#15191e' : '#ffffff';
        setTimeout(() => {
          for (const el of document.querySelectorAll('#storybook-root *')) {
            if (el.shadowRoot && 'theme' in el) el.setAttribute('theme', theme);
          }
        });
      }
      return story();
    },
  ],
};
export default preview;

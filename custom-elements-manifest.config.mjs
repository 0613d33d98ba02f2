// custom-elements.json is generated from the JSDoc of the sources (npm run analyze).
export default {
  globs: ['src/core/base-element.ts', 'src/widgets/*/*.ts'],
  exclude: ['src/**/*.styles.ts', 'src/**/layout.ts', 'src/**/strings.ts', 'src/**/index.ts'],
  outdir: '.',
  litelement: true,
};

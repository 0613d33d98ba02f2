import { defineConfig } from 'vite';

/** dist/cx-journey-kit.js: one self-contained, minified module that registers every tag. */
export default defineConfig({
  build: {
    target: 'es2022',
    outDir: 'dist',
    emptyOutDir: false,
    sourcemap: true,
    minify: true,
    lib: { entry: { 'cx-journey-kit': 'src/auto.ts' }, formats: ['es'] },
    rolldownOptions: { output: { inlineDynamicImports: true } },
  },
});

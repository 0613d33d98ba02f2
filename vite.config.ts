import { defineConfig, type Plugin } from 'vite';
import { demoApi } from './demo/server/api-plugin.js';

/** Widget folders under src/widgets; each becomes dist/widgets/<name>.js without side effects. */
export const WIDGETS = ['journey-map', 'touchpoint-score', 'nps-trend', 'insight-matrix'];

/**
 * Library build: side-effect-free ES modules (index, define, one per widget)
 * with lit, d3, zod and idb left to the consumer's bundler. The paste-in
 * bundle is built by vite.auto.config.ts. `vite` (npm start) serves demo/
 * with the demo API.
 */
/** `/` leads to the demo dashboard; the URL is printed when the server starts. */
const demoHome: Plugin = {
  name: 'cx-demo-home',
  configureServer(server) {
    server.middlewares.use((req, res, next) => {
      if (req.url !== '/' && req.url !== '/index.html') return next();
      res.statusCode = 302;
      res.setHeader('location', '/demo/');
      res.end();
    });
    server.httpServer?.once('listening', () => {
      const address = server.httpServer?.address();
      const port = typeof address === 'object' && address ? address.port : 5173;
      console.log(`\n  cx-journey-kit demo: http://127.0.0.1:${port}/demo/\n`);
    });
  },
};

export default defineConfig({
  plugins: [demoApi(), demoHome],
  server: { host: '127.0.0.1', port: 5173, strictPort: false },
  preview: { host: '127.0.0.1' },
  build: {
    target: 'es2022',
    outDir: 'dist',
    emptyOutDir: true,
    sourcemap: true,
    minify: false,
    lib: {
      entry: {
        index: 'src/index.ts',
        define: 'src/define.ts',
        ...Object.fromEntries(WIDGETS.map((w) => [`widgets/${w}`, `src/widgets/${w}/index.ts`])),
      },
      formats: ['es'],
    },
    rolldownOptions: {
      external: [/^lit(\/|$)/, /^@lit\//, /^d3-/, /^zod(\/|$)/, /^idb$/],
    },
  },
});

import { esbuildPlugin } from '@web/dev-server-esbuild';
import { chromeLauncher } from '@web/test-runner-chrome';
import { testMiddleware } from './test/server/middleware.mjs';

export default {
  files: ['test/**/*.test.ts'],
  nodeResolve: true,
  middleware: testMiddleware,
  concurrency: 2,
  // generous per test: a loaded CI machine has run the whole suite 3× slower than a quiet one
  testFramework: { config: { timeout: 30000 } },
  testsFinishTimeout: 240000,
  browserStartTimeout: 60000,
  plugins: [esbuildPlugin({ ts: true, tsconfig: 'tsconfig.json', target: 'es2022' })],
  browsers: [
    chromeLauncher({
      // Pages of files that run side by side count as hidden, and hidden pages get no
      // animation frames; focus emulation keeps every page "visible".
      createPage: async ({ context }) => {
        const page = await context.newPage();
        await (await page.createCDPSession()).send('Emulation.setFocusEmulationEnabled', { enabled: true });
        return page;
      },
      launchOptions: {
        executablePath: process.env.CHROME_PATH || '/usr/bin/chromium',
        headless: true,
        args: [
          '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
          '--disable-background-networking', '--disable-component-update', '--disable-sync',
          '--disable-dev-shm-usage',
        ],
      },
    }),
  ],
};

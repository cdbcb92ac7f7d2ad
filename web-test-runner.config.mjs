import { createRequire } from 'node:module';
import { esbuildPlugin } from '@web/dev-server-esbuild';
import { chromeLauncher } from '@web/test-runner-chrome';
import { chromiumFlags, chromiumPath } from './scripts/chromium-flags.mjs';

/**
 * Stories import `storybook/test`, whose dependencies are CommonJS this server does not convert
 * (Storybook's Vite pre-bundles them). A test that renders the stories outside Storybook
 * (test/hardening/stories-sweep.test.ts) gets it as one ES module bundle, built on first use with
 * the esbuild the TypeScript plugin already runs on.
 */
function storybookTestBundle() {
  const path = '/__storybook-test.js';
  let bundle;
  return {
    name: 'storybook-test-bundle',
    resolveImport: ({ source }) => (source === 'storybook/test' ? path : undefined),
    async serve(context) {
      if (context.path !== path) return undefined;
      const { build } = createRequire(import.meta.resolve('@web/dev-server-esbuild'))('esbuild');
      bundle ??= build({ entryPoints: ['storybook/test'], bundle: true, format: 'esm', platform: 'browser', write: false, logLevel: 'silent' }).then((r) => r.outputFiles[0].text);
      return { body: await bundle, type: 'js' };
    },
  };
}

/**
 * `block-requests` / `unblock-requests`: the calling test's page fails every request whose URL
 * contains a pattern, as offline or a redeployed CDN would; for code that loads chunks on demand.
 */
function blockRequests() {
  const blocked = new Map();
  return {
    name: 'block-requests',
    async executeCommand({ command, payload, session }) {
      if (command !== 'block-requests' && command !== 'unblock-requests') return undefined;
      const page = session.browser.getPage(session.id);
      if (command === 'unblock-requests') {
        blocked.delete(session.id);
        return true;
      }
      if (!blocked.has(session.id)) {
        await page.setRequestInterception(true);
        page.on('request', (request) => {
          const pattern = blocked.get(session.id);
          if (pattern && request.url().includes(pattern)) void request.abort('internetdisconnected');
          else void request.continue();
        });
      }
      blocked.set(session.id, payload.pattern);
      return true;
    },
  };
}

// Debian's Chromium by default; CHROME_PATH points elsewhere on a laptop.
const executablePath = chromiumPath;

export default {
  files: ['test/**/*.test.ts'],
  nodeResolve: true,
  concurrency: 2,
  testFramework: { config: { timeout: 10000 } },
  plugins: [storybookTestBundle(), blockRequests(), esbuildPlugin({ ts: true, target: 'es2022', tsconfig: 'tsconfig.json' })],
  browsers: [
    chromeLauncher({
      // Each test page in its own context (its own window): a background tab gets no animation
      // frames, and fixtures that wait for one would hang while another file runs.
      createPage: async ({ browser }) => (await browser.createBrowserContext()).newPage(),
      launchOptions: {
        executablePath,
        headless: true,
        args: chromiumFlags,
      },
    }),
  ],
  filterBrowserLogs: ({ args }) => !String(args[0] ?? '').includes('Lit is in dev mode'),
};

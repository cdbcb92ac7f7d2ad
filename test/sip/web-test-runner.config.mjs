import { esbuildPlugin } from '@web/dev-server-esbuild';
import { chromeLauncher } from '@web/test-runner-chrome';
import { chromiumFlags, chromiumPath } from '../../scripts/chromium-flags.mjs';
import { startSipStack } from './harness.mjs';
import { jssipBundle } from './jssip-bundle.mjs';

/**
 * The live SIP suite: Kamailio, rtpengine and baresip start with the test server and stop with it;
 * the desks in headless Chromium register over WebSocket and call through them. Run by
 * `npm run test:sip` (test/sip/run.mjs), inside a private network namespace where the machine allows.
 */

/** Starts the SIP stack with the server; tests drive the customer's phone through commands. */
function sipStack() {
  let stack;
  return {
    name: 'sip-stack',
    async serverStart() {
      stack = await startSipStack({ fixedPorts: process.env.SIP_NETNS === '1' });
      process.stderr.write(`SIP stack up: ${JSON.stringify(stack.ports)}\n`);
    },
    async serverStop() {
      await stack?.stop();
    },
    async executeCommand({ command, payload }) {
      if (!command.startsWith('sip-')) return undefined;
      const phone = stack.baresip;
      switch (command) {
        case 'sip-stack':
          return { ws: `ws://127.0.0.1:${stack.ports.ws}`, domain: '127.0.0.1', customer: `sip:15550100@127.0.0.1` };
        case 'sip-phone':
          return phone.command(payload.line);
        case 'sip-phone-mark':
          return phone.events.length;
        case 'sip-phone-wait':
          return phone.waitForEvent(payload.type, { from: payload.from ?? 0, timeoutMs: payload.timeoutMs ?? 10000 });
        case 'sip-phone-events':
          return phone.events.slice(payload?.from ?? 0);
        case 'sip-phone-audio':
          return stack.receivedAudioBytes();
        default:
          return undefined;
      }
    },
  };
}

export default {
  files: ['test/sip/**/*.live.ts'],
  nodeResolve: true,
  // One customer phone for the whole suite: one file at a time.
  concurrency: 1,
  testFramework: { config: { timeout: 30000 } },
  testsFinishTimeout: 240000,
  plugins: [jssipBundle(), sipStack(), esbuildPlugin({ ts: true, target: 'es2022', tsconfig: 'tsconfig.json' })],
  browsers: [
    chromeLauncher({
      launchOptions: {
        executablePath: chromiumPath,
        headless: true,
        args: [
          ...chromiumFlags,
          // A fake microphone (a beeping tone) granted without a prompt; WebRTC on loopback.
          '--use-fake-ui-for-media-stream',
          '--use-fake-device-for-media-stream',
          '--allow-loopback-in-peer-connection',
          '--autoplay-policy=no-user-gesture-required',
        ],
      },
    }),
  ],
  filterBrowserLogs: ({ args }) => !String(args[0] ?? '').includes('Lit is in dev mode'),
};

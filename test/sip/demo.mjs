// `npm run demo:sip`: the local SIP stack (Kamailio, rtpengine, baresip as the customer's phone) on
// free loopback ports, and the demo desk as a softphone on it: http://localhost:8000/demo/sip.html
// A button on the page makes the customer's phone call the desk. Ctrl-C stops every process.
import { startDevServer } from '@web/dev-server';
import { esbuildPlugin } from '@web/dev-server-esbuild';
import { startSipStack } from './harness.mjs';
import { jssipBundle } from './jssip-bundle.mjs';

const stack = await startSipStack({ fixedPorts: false });
const agentUri = 'sip:agent1@127.0.0.1';

const packageNames = {
  name: 'agent-desk-kit-names',
  resolveImport({ source }) {
    if (source === 'agent-desk-kit') return '/src/index.ts';
    if (source === 'agent-desk-kit/sip') return '/src/sip/index.ts';
    const define = /^agent-desk-kit\/define\/([\w-]+)$/.exec(source);
    if (define) return `/src/define/${define[1]}.ts`;
    return undefined;
  },
};

/** What the page asks the stack: where to register, and the customer's phone buttons. */
const sipApi = {
  name: 'sip-demo-api',
  async serve(context) {
    if (context.path === '/__sip/config') return { body: JSON.stringify({ server: `ws://127.0.0.1:${stack.ports.ws}`, uri: agentUri }), type: 'json' };
    if (context.path === '/__sip/call') return { body: JSON.stringify(await stack.baresip.command(`dial ${agentUri}`)), type: 'json' };
    if (context.path === '/__sip/hangup') return { body: JSON.stringify(await stack.baresip.command('hangup')), type: 'json' };
    return undefined;
  },
};

const server = await startDevServer({
  config: {
    port: Number(process.env.PORT ?? 8000),
    // Loopback only, like the SIP stack.
    hostname: '127.0.0.1',
    nodeResolve: true,
    plugins: [packageNames, jssipBundle(), sipApi, esbuildPlugin({ ts: true, target: 'es2022', tsconfig: 'tsconfig.json' })],
  },
  readCliArgs: false,
  readFileConfig: false,
}).catch(async (error) => {
  await stack.stop();
  process.stderr.write(`The demo server did not start: ${error.message} (set PORT to another port)\n`);
  process.exit(1);
});
process.stdout.write(`SIP stack on 127.0.0.1 (WebSocket ${stack.ports.ws}); the softphone desk: http://localhost:${server.config.port}/demo/sip.html\n`);

let stopping = false;
const stop = async () => {
  if (stopping) return;
  stopping = true;
  await server.stop();
  await stack.stop();
  process.exit(0);
};
process.on('SIGINT', stop);
process.on('SIGTERM', stop);

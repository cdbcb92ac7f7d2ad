import { esbuildPlugin } from '@web/dev-server-esbuild';

/** `npm start`: the demo CRM page on the simulated contact center, TypeScript compiled on the fly. */
export default {
  port: Number(process.env.PORT ?? 8000),
  nodeResolve: true,
  appIndex: 'demo/index.html',
  plugins: [esbuildPlugin({ ts: true, target: 'es2022', tsconfig: 'tsconfig.json' })],
};

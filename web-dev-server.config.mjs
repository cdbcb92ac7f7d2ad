import { esbuildPlugin } from '@web/dev-server-esbuild';

/** The package's own names, served from the sources: the demo imports the kit as a host would. */
const packageNames = {
  name: 'agent-desk-kit-names',
  resolveImport({ source }) {
    if (source === 'agent-desk-kit') return '/src/index.ts';
    if (source === 'agent-desk-kit/core') return '/src/core/index.ts';
    if (source === 'agent-desk-kit/simulator') return '/src/simulator/index.ts';
    const define = /^agent-desk-kit\/define\/([\w-]+)$/.exec(source);
    if (define) return `/src/define/${define[1]}.ts`;
    return undefined;
  },
};

/** `npm start`: the demo CRM page on the simulated contact center, TypeScript compiled on the fly. */
export default {
  port: Number(process.env.PORT ?? 8000),
  nodeResolve: true,
  appIndex: 'demo/index.html',
  plugins: [packageNames, esbuildPlugin({ ts: true, target: 'es2022', tsconfig: 'tsconfig.json' })],
};

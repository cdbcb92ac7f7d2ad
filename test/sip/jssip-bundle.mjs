import { createRequire } from 'node:module';

/** JsSIP is CommonJS: served to the browser as one ES module, built with the esbuild the TS plugin runs. */
export function jssipBundle() {
  const path = '/__jssip.js';
  let bundle;
  return {
    name: 'jssip-bundle',
    resolveImport: ({ source }) => (source === 'jssip' ? path : undefined),
    async serve(context) {
      if (context.path !== path) return undefined;
      const { build } = createRequire(import.meta.resolve('@web/dev-server-esbuild'))('esbuild');
      bundle ??= build({
        stdin: { contents: "import * as JsSIP from 'jssip'; export const { UA, WebSocketInterface, URI, NameAddrHeader, C, debug } = JsSIP; export default JsSIP;", resolveDir: process.cwd() },
        bundle: true,
        format: 'esm',
        platform: 'browser',
        write: false,
        logLevel: 'silent',
      }).then((r) => r.outputFiles[0].text);
      return { body: await bundle, type: 'js' };
    },
  };
}

import { readdirSync } from 'node:fs';
import { nodeResolve } from '@rollup/plugin-node-resolve';
import typescript from '@rollup/plugin-typescript';
import terser from '@rollup/plugin-terser';
import { minifyTemplates } from '../scripts/minify-templates.mjs';

const each = (dir, prefix) =>
  readdirSync(`src/${dir}`)
    .filter((f) => f.endsWith('.ts') && f !== 'define.ts')
    .map((f) => [`${prefix}/${f.replace(/\.ts$/, '')}`, `src/${dir}/${f}`]);

/**
 * Every entry of the package, plus `elements` (the four elements with core: what the 30 KB
 * budget measures). Step one compiles them to plain modules once; step two bundles each entry
 * on its own, as a page that loads just that entry downloads it.
 */
export const entries = Object.fromEntries([
  ['core', 'src/core/index.ts'],
  ['index', 'src/index.ts'],
  ['simulator', 'src/simulator/index.ts'],
  ['cdn', 'src/cdn.ts'],
  ['elements', 'bench/elements-entry.ts'],
  ...each('define', 'define'),
  ...each('locales', 'locales'),
]);

// Define modules and the CDN module register tags; every other module is free of side effects.
const moduleSideEffects = (id) => /\/(define|bench)\/|\/cdn\.js$|\/cdn\.ts$/.test(id);

export const compile = {
  input: entries,
  output: { dir: '.bench/js', format: 'es', preserveModules: true, preserveModulesRoot: '.', entryFileNames: '[name].js' },
  treeshake: { moduleSideEffects },
  external: (id) => !id.startsWith('.') && !id.startsWith('/') && !id.startsWith('\0'),
  plugins: [
    minifyTemplates(),
    typescript({ tsconfig: './tsconfig.build.json', declaration: false, emitDeclarationOnly: false, declarationDir: undefined, noEmit: false, outDir: '.bench/js', rootDir: '.', include: ['src/**/*.ts', 'bench/**/*.ts'] }),
  ],
};

/**
 * One entry, minified, with lit and every dependency bundled in; the callback dialog's panel and
 * luxon stay a lazy chunk, which imports what it shares from the entry (as in dist/cdn).
 */
export const bundleOne = (input) => ({
  input,
  treeshake: { moduleSideEffects },
  preserveEntrySignatures: 'allow-extension',
  output: { format: 'es', chunkFileNames: '[name].js' },
  plugins: [nodeResolve({ exportConditions: ['production'] }), terser({ ecma: 2022, module: true, format: { comments: false } })],
});

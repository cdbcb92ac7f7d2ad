import { readdirSync, existsSync } from 'node:fs';
import { nodeResolve } from '@rollup/plugin-node-resolve';
import typescript from '@rollup/plugin-typescript';
import terser from '@rollup/plugin-terser';
import { minifyTemplates } from './scripts/minify-templates.mjs';

/** One entry per element's define module, found on disk so a new element needs no config. */
const defines = readdirSync('src/define')
  .filter((file) => file.endsWith('.ts') && file !== 'define.ts')
  .map((file) => [`define/${file.replace(/\.ts$/, '')}`, `src/define/${file}`]);

const input = Object.fromEntries([
  ['index', 'src/index.ts'],
  ['core', 'src/core/index.ts'],
  ...(existsSync('src/simulator/index.ts') ? [['simulator', 'src/simulator/index.ts']] : []),
  ...(existsSync('src/react/index.ts') ? [['react', 'src/react/index.ts']] : []),
  ['sip', 'src/sip/index.ts'],
  ['testing', 'src/testing/index.ts'],
  ...defines,
  ...readdirSync('src/locales').filter((f) => f.endsWith('.ts')).map((f) => [`locales/${f.replace(/\.ts$/, '')}`, `src/locales/${f}`]),
]);

const plugins = (outDir) => [
  minifyTemplates(),
  nodeResolve({ exportConditions: ['production'] }),
  typescript({ tsconfig: './tsconfig.build.json', declaration: false, emitDeclarationOnly: false, declarationDir: undefined, noEmit: false, outDir, rootDir: 'src' }),
  terser({ ecma: 2022, module: true, format: { comments: false } }),
];

// Class modules have no side effects; define modules (and the CDN module) are the only ones that register tags.
const treeshake = { moduleSideEffects: (id) => id.includes('/src/define/') || id.endsWith('/src/cdn.ts') };

export default [
  {
    // For bundlers: dependencies stay dependencies, so a host's bundler shares one lit.
    input,
    external: (id) => /^(lit|@lit\/|@lit-labs\/|mitt|luxon|react|jssip)(\/|$)/.test(id),
    output: { dir: 'dist', format: 'es', entryFileNames: '[name].js', chunkFileNames: 'chunks/[name]-[hash].js', sourcemap: true },
    treeshake,
    plugins: plugins('dist'),
  },
  {
    // For a page without a bundler: one module with everything in it, luxon still lazy.
    input: { 'agent-desk-kit': 'src/cdn.ts' },
    // The on-demand chunk (the callback dialog's panel with luxon) imports lit and the rest from
    // this module, which therefore exports them too (under short internal names); keeping its
    // exports exact would move them into a second static chunk, a round trip before anything runs.
    preserveEntrySignatures: 'allow-extension',
    output: {
      dir: 'dist/cdn',
      format: 'es',
      entryFileNames: '[name].js',
      // The chunk that holds luxon says so, so a network log shows when luxon is fetched.
      chunkFileNames: (chunk) => (chunk.moduleIds.some((id) => id.includes('/node_modules/luxon/')) ? 'chunks/[name]-luxon-[hash].js' : 'chunks/[name]-[hash].js'),
      sourcemap: true,
    },
    treeshake,
    plugins: plugins('dist/cdn'),
  },
];

import { readdirSync, existsSync, readFileSync, rmSync } from 'node:fs';
import { nodeResolve } from '@rollup/plugin-node-resolve';
import typescript from '@rollup/plugin-typescript';
import terser from '@rollup/plugin-terser';
import { minifyTemplates } from './scripts/minify-templates.mjs';

/** One entry per element's define module, found on disk so a new element needs no config. */
const defines = readdirSync('src/define')
  // define.ts and elements.ts hold the functions; every other module registers one tag, or all.
  .filter((file) => file.endsWith('.ts') && !['define.ts', 'elements.ts'].includes(file))
  .map((file) => [`define/${file.replace(/\.ts$/, '')}`, `src/define/${file}`]);

/** One React wrapper per element (`agent-desk-kit/react/task-list`), beside the one with all of them. */
const reactWrappers = existsSync('src/react')
  ? readdirSync('src/react').filter((file) => file.endsWith('.ts') && file !== 'index.ts').map((file) => [`react/${file.replace(/\.ts$/, '')}`, `src/react/${file}`])
  : [];

/**
 * Every dependency and peer dependency stays a bare import in the bundler build, subpaths too
 * (`lit/directives/repeat.js`, `@lit/context`, `@lit/react`), so a host's bundler dedupes them.
 */
const pkg = JSON.parse(readFileSync('package.json', 'utf8'));
const shared = [...Object.keys(pkg.dependencies ?? {}), ...Object.keys(pkg.peerDependencies ?? {})];
export const isDependency = (id) => shared.some((name) => id === name || id.startsWith(`${name}/`));

// A build starts from an empty dist/: chunk names carry hashes, and stale ones would ship.
rmSync('dist', { recursive: true, force: true });

const input = Object.fromEntries([
  ['index', 'src/index.ts'],
  ['core', 'src/core/index.ts'],
  ...(existsSync('src/simulator/index.ts') ? [['simulator', 'src/simulator/index.ts']] : []),
  ...(existsSync('src/react/index.ts') ? [['react', 'src/react/index.ts']] : []),
  ['sip', 'src/sip/index.ts'],
  ['testing', 'src/testing/index.ts'],
  ...reactWrappers,
  ...defines,
  ...readdirSync('src/locales').filter((f) => f.endsWith('.ts')).map((f) => [`locales/${f.replace(/\.ts$/, '')}`, `src/locales/${f}`]),
]);

const plugins = (outDir) => [
  minifyTemplates(),
  nodeResolve({ exportConditions: ['production'] }),
  typescript({ tsconfig: './tsconfig.build.json', declaration: false, emitDeclarationOnly: false, declarationDir: undefined, noEmit: false, outDir, rootDir: 'src' }),
  // Class names stay: a host reads them (TaskList.name, the registration warning, React's displayName).
  terser({ ecma: 2022, module: true, keep_classnames: /^(AgentPopover|AgentStatus|CallbackDialog|InteractionPane|TaskList|DeskElement)$/, format: { comments: false } }),
];

// Class modules have no side effects; define modules (and the CDN module) are the only ones that register tags.
const treeshake = { moduleSideEffects: (id) => id.includes('/src/define/') || id.endsWith('/src/cdn.ts') };

export default [
  {
    // For bundlers: dependencies stay dependencies, so a host's bundler shares one lit.
    input,
    external: (id) => /^(lit|@lit\/|@lit-labs\/|mitt|luxon|react|jssip)(\/|$)/.test(id),
    external: isDependency,
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

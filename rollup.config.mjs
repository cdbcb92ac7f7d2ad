import { readdirSync, existsSync } from 'node:fs';
import { nodeResolve } from '@rollup/plugin-node-resolve';
import typescript from '@rollup/plugin-typescript';
import terser from '@rollup/plugin-terser';

/** One entry per element's define module, found on disk so a new element needs no config. */
const defines = readdirSync('src/define')
  .filter((file) => file.endsWith('.ts') && file !== 'define.ts')
  .map((file) => [`define/${file.replace(/\.ts$/, '')}`, `src/define/${file}`]);

const input = Object.fromEntries([
  ['index', 'src/index.ts'],
  ['core', 'src/core/index.ts'],
  ...(existsSync('src/simulator/index.ts') ? [['simulator', 'src/simulator/index.ts']] : []),
  ...defines,
]);

export default {
  input,
  output: {
    dir: 'dist',
    format: 'es',
    entryFileNames: '[name].js',
    chunkFileNames: 'chunks/[name]-[hash].js',
    sourcemap: true,
  },
  // Class modules have no side effects; define modules are the only ones that register tags.
  treeshake: { moduleSideEffects: (id) => id.includes('/src/define/') },
  plugins: [
    nodeResolve({ exportConditions: ['production'] }),
    typescript({ tsconfig: './tsconfig.build.json', declaration: false, emitDeclarationOnly: false, declarationDir: undefined, noEmit: false, outDir: 'dist', rootDir: 'src' }),
    terser({ ecma: 2022, module: true, format: { comments: false } }),
  ],
};

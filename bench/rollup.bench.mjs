import { nodeResolve } from '@rollup/plugin-node-resolve';
import typescript from '@rollup/plugin-typescript';
import terser from '@rollup/plugin-terser';

/** Production bundles as a page downloads them, lit and every dependency included, one per budget. */
export default {
  input: { core: 'src/core/index.ts', elements: 'bench/elements-entry.ts' },
  output: { dir: '.bench/dist', format: 'es', entryFileNames: '[name].js', chunkFileNames: 'chunks/[name]-[hash].js' },
  treeshake: { moduleSideEffects: (id) => id.includes('/src/define/') || id.includes('/bench/') },
  plugins: [
    nodeResolve({ exportConditions: ['production'] }),
    typescript({ tsconfig: './tsconfig.build.json', declaration: false, emitDeclarationOnly: false, declarationDir: undefined, noEmit: false, outDir: '.bench/dist', rootDir: '.', include: ['src/**/*.ts', 'bench/**/*.ts'] }),
    terser({ ecma: 2022, module: true, format: { comments: false } }),
  ],
};

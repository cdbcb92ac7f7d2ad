import minifyHTML from '@lit-labs/rollup-plugin-minify-html-literals';
import { defaultMinifyOptions } from '@lit-labs/rollup-plugin-minify-html-literals/lib/strategy.js';

/**
 * Minifies the kit's html`` and css`` templates (Lit's production recipe), before TypeScript. The
 * published build and the size bench both use this one, so what is measured is what ships.
 * Whitespace collapses to one space, never to none: text beside an expression keeps its gap.
 */
export const minifyTemplates = () =>
  minifyHTML({
    include: ['src/**/*.ts', 'bench/**/*.ts'],
    failOnError: true,
    options: { minifyOptions: { ...defaultMinifyOptions, conservativeCollapse: true } },
  });

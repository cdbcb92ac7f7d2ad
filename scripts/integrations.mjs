// Editor data and framework typings generated from custom-elements.json by the maintained
// custom-element-* generators, into dist/ (run by `npm run build`, after the type declarations):
//   dist/vscode.html-custom-data.json, dist/vscode.css-custom-data.json   VS Code
//   dist/web-types.json                                                     JetBrains IDEs
//   dist/types/jsx.d.ts     JSX IntrinsicElements (Preact, Solid, Stencil…), events typed
//   dist/types/vue.d.ts     Vue's GlobalComponents
//   dist/types/svelte.d.ts  Svelte's elements
import { readFileSync, writeFileSync } from 'node:fs';
import { generateVsCodeCustomElementData } from 'custom-element-vs-code-integration';
import { generateJetBrainsWebTypes } from 'custom-element-jet-brains-integration';
import { generateJsxTypes } from 'custom-element-jsx-integration';
import { generateVuejsTypes } from 'custom-element-vuejs-integration';
import { generateSvelteTypes } from 'custom-element-svelte-integration';

const manifest = JSON.parse(readFileSync('custom-elements.json', 'utf8'));
const quiet = { hideLogs: true, descriptionSrc: 'summary' };

/**
 * The manifest says what each event IS (`DeskRequestEvent<'hold'>`, as the schema asks); the
 * typing generators want what its `detail` is, and import only plain names from the kit. So they
 * get a copy whose event types are the details, and each file imports the generic one itself.
 */
function withDetailTypes(source) {
  const copy = structuredClone(source);
  for (const module of copy.modules) {
    for (const declaration of module.declarations ?? []) {
      for (const event of declaration.events ?? []) {
        event.type = { text: event.type.text.replace(/^DeskRequestEvent</, 'DeskRequestDetail<').replace(/^(DeskSelect|DeskOpenCallbacks)Event$/, '$1Detail') };
      }
    }
  }
  // Public, writable instance fields only: statics, getters and private fields are no prop of a tag.
  for (const module of copy.modules) {
    for (const declaration of module.declarations ?? []) {
      declaration.members = declaration.members?.filter((m) => !m.static && !m.readonly && (m.privacy ?? 'public') === 'public');
    }
  }
  return copy;
}

const typings = withDetailTypes(manifest);
/**
 * Each file imports the generic detail type itself, and each name once: the generators import an
 * event type once per element that fires it, and TypeScript refuses a name imported twice.
 */
function tidy(file) {
  const text = readFileSync(file, 'utf8').replace(/import type \{([^}]*)\} from "\.\/index\.js";/, (_, names) => {
    const unique = [...new Set(names.split(',').map((n) => n.trim()).filter(Boolean))];
    return `import type { ${unique.join(', ')} } from './index.js';`;
  });
  writeFileSync(file, `import type { DeskRequestDetail } from './index.js';\n${text}`);
}

generateVsCodeCustomElementData(typings, { ...quiet, outdir: 'dist', htmlFileName: 'vscode.html-custom-data.json', cssFileName: 'vscode.css-custom-data.json' });
generateJetBrainsWebTypes(typings, { ...quiet, outdir: 'dist', webTypesFileName: 'web-types.json', packageJson: false });
generateJsxTypes(typings, { ...quiet, outdir: 'dist/types', fileName: 'jsx.d.ts', globalTypePath: './index.js' });
tidy('dist/types/jsx.d.ts');
generateVuejsTypes(typings, { ...quiet, outdir: 'dist/types', fileName: 'vue.d.ts', globalTypePath: './index.js' });
tidy('dist/types/vue.d.ts');
generateSvelteTypes(typings, { ...quiet, outdir: 'dist/types', fileName: 'svelte.d.ts', globalTypePath: './index.js' });
tidy('dist/types/svelte.d.ts');
console.log('editor data (VS Code, JetBrains) and JSX, Vue and Svelte typings generated from custom-elements.json');

// custom-elements.json from the elements' JSDoc and Lit properties. Maintained plugins do the
// general work (inheritance from DeskElement, module paths of the published build); the two small
// plugins below do what is particular to this kit.
import { cemInheritancePlugin } from '@wc-toolkit/cem-inheritance';
import { modulePathResolverPlugin } from '@wc-toolkit/module-path-resolver';

/**
 * `static properties` entries with `state: true` are internal reactive state, not attributes;
 * the analyzer's Lit plugin only knows that from the `@state()` decorator, so say it here.
 */
function internalState() {
  return {
    name: 'internal-state',
    analyzePhase({ ts, node, moduleDoc }) {
      if (!ts.isClassDeclaration(node)) return;
      const declaration = moduleDoc.declarations?.find((d) => d.name === node.name?.getText());
      const properties = node.members.find((m) => m.name?.getText() === 'properties' && ts.isPropertyDeclaration(m));
      if (!declaration || !properties?.initializer || !ts.isObjectLiteralExpression(properties.initializer)) return;
      for (const entry of properties.initializer.properties) {
        const isState = ts.isPropertyAssignment(entry) && ts.isObjectLiteralExpression(entry.initializer) &&
          entry.initializer.properties.some((p) => p.name?.getText() === 'state' && p.initializer?.kind === ts.SyntaxKind.TrueKeyword);
        if (!isState) continue;
        const name = entry.name.getText();
        declaration.attributes = declaration.attributes?.filter((a) => a.fieldName !== name);
        for (const member of declaration.members ?? []) {
          if (member.name === name) {
            member.privacy = 'private';
            delete member.attribute;
          }
        }
      }
    },
  };
}

/** Where each element ships: `dist/define/<tag>.js` exports its class and registers its tag. */
const definePath = (tagName) => `dist/define/${tagName}.js`;

/**
 * What the published package holds, told in the manifest:
 * - each element's module is its define entry, which registers the tag (a
 *   `custom-element-definition` export) and exports the class;
 * - DeskElement, the shared base, is exported from the package root;
 * - references to source files (superclass, inheritedFrom) follow those moves;
 * - events found in `dispatchEvent(new SomeEvent(...))` calls have no name, or the name of a variable
 *   (the event's name is inside its class); every event is documented by name and type in the
 *   element's `@fires`, and only those are kept;
 * - declarations nothing exports (locals the analyzer mistakes for module variables) are dropped.
 */
function publishedPackage() {
  return {
    name: 'published-package',
    packageLinkPhase({ customElementsManifest }) {
      const moved = new Map();
      for (const module of customElementsManifest.modules) {
        const element = module.declarations?.find((d) => d.customElement && d.tagName);
        if (element) {
          moved.set(module.sourcePath, module.path);
          module.exports = [
            ...(module.exports ?? []).filter((e) => e.kind !== 'custom-element-definition'),
            { kind: 'custom-element-definition', name: element.tagName, declaration: { name: element.name, module: module.path } },
          ];
        } else if (module.declarations?.some((d) => d.name === 'DeskElement')) {
          moved.set(module.sourcePath, 'dist/index.js');
          module.path = 'dist/index.js';
          module.typeDefinitionPath = 'dist/types/index.d.ts';
        }
        delete module.sourcePath;
      }
      // The analyzer writes a superclass's module as "/src/….js", members' as "src/….ts".
      const follow = (ref) => {
        const source = ref?.module?.replace(/^\//, '').replace(/\.js$/, '.ts');
        if (source && moved.has(source)) ref.module = moved.get(source);
      };
      for (const module of customElementsManifest.modules) {
        const exported = new Set((module.exports ?? []).map((e) => e.declaration?.name));
        module.declarations = module.declarations?.filter((d) => exported.has(d.name));
        for (const declaration of module.declarations ?? []) {
          follow(declaration.superclass);
          declaration.events = declaration.events?.filter((event) => event.name?.startsWith('desk-') && event.description);
          for (const list of ['members', 'attributes', 'events', 'cssProperties', 'cssParts', 'slots']) {
            for (const item of declaration[list] ?? []) follow(item.inheritedFrom);
          }
        }
        for (const e of module.exports ?? []) follow(e.declaration);
      }
    },
  };
}

/** Remembers each element module's source path before the path resolver rewrites it. */
function rememberSourcePaths() {
  return {
    name: 'remember-source-paths',
    packageLinkPhase({ customElementsManifest }) {
      for (const module of customElementsManifest.modules) module.sourcePath = module.path;
    },
  };
}

export default {
  globs: [
    'src/components/shared/desk-element.ts',
    'src/components/agent-popover/agent-popover.ts',
    'src/components/agent-status/agent-status.ts',
    'src/components/callback-dialog/callback-dialog.ts',
    'src/components/interaction-pane/interaction-pane.ts',
    'src/components/task-list/task-list.ts',
  ],
  outdir: '.',
  // package.json names the manifest itself; the analyzer must not rewrite it (a test analyzes into a temp folder).
  packagejson: false,
  litelement: true,
  plugins: [
    internalState(),
    cemInheritancePlugin(),
    rememberSourcePaths(),
    modulePathResolverPlugin({
      modulePathTemplate: (path, name, tagName) => definePath(tagName),
      typeDefinitionPathTemplate: (path, name, tagName) => `dist/types/define/${tagName}.d.ts`,
    }),
    publishedPackage(),
  ],
};

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

export default {
  globs: ['src/components/**/*.ts'],
  exclude: ['src/components/**/*.styles.ts', 'src/components/shared/**'],
  outdir: '.',
  litelement: true,
  plugins: [internalState()],
};

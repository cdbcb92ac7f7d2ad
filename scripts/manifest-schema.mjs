// Validates custom-elements.json against the JSON schema the `custom-elements-manifest` package
// ships (the format's own). Shared by the package tests and `npm run analyze`.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import Ajv from 'ajv';

const require = createRequire(import.meta.url);
const schema = JSON.parse(readFileSync(require.resolve('custom-elements-manifest/schema.json'), 'utf8'));

/** The schema's errors for `manifest`, as readable lines; empty when it is valid. */
export function validateManifest(manifest) {
  const ajv = new Ajv({ allErrors: true, strict: false });
  const validate = ajv.compile(schema);
  return validate(manifest) ? [] : validate.errors.map((e) => `${e.instancePath} ${e.message} ${JSON.stringify(e.params)}`);
}

/** The manifest's custom elements (declarations with a tag). */
export const elementsOf = (manifest) => manifest.modules.flatMap((m) => m.declarations ?? []).filter((d) => d.customElement && d.tagName);

if (import.meta.url === `file://${process.argv[1]}`) {
  const errors = validateManifest(JSON.parse(readFileSync(process.argv[2] ?? 'custom-elements.json', 'utf8')));
  if (errors.length) {
    console.error(`custom-elements.json is not valid against the schema:\n${errors.join('\n')}`);
    process.exit(1);
  }
  console.log('custom-elements.json is valid against the custom elements manifest schema');
}

import { expect } from '@open-wc/testing';
import { readFile } from '@web/test-runner-commands';
// @ts-expect-error plain JS module shared with the docs script
import { withTables } from '../../scripts/manifest-tables.mjs';
// @ts-expect-error plain JS module shared with the docs script
import { reactWrappers } from '../../scripts/react-wrappers.mjs';

/** The files as they are on disk (the test server would transform what it serves). */
const read = async (path: string) => {
  const text = await readFile({ path: `../..${path}` });
  expect(text, path).to.be.a('string');
  return text!;
};

describe('documentation', () => {
  it("the README's host example is demo/minimal.html, verbatim", async () => {
    const [readme, minimal] = await Promise.all([read('/README.md'), read('/demo/minimal.html')]);
    const example = /<!-- example:start -->\n```html\n([\s\S]*?)```\n<!-- example:end -->/.exec(readme)?.[1];
    expect(example).to.equal(minimal);
  });

  it("the README's element tables are the ones custom-elements.json gives (run `npm run docs`)", async () => {
    const [readme, manifest] = await Promise.all([read('/README.md'), read('/custom-elements.json')]);
    expect(withTables(readme, JSON.parse(manifest))).to.equal(readme);
  });

  it('the React wrappers are the ones custom-elements.json gives (run `npm run docs`)', async () => {
    const expected: Record<string, string> = reactWrappers(JSON.parse(await read('/custom-elements.json')));
    expect(Object.keys(expected)).to.have.length(6);
    for (const [file, text] of Object.entries(expected)) expect(await read(`/src/react/${file}`), file).to.equal(text);
  });
});

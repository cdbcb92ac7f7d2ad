// What Storybook's docs tables show of custom-elements.json: what a host can set or call. The
// manifest lists private fields (marked private), statics and getters too, and Storybook would show
// every one of them as a property a designer can edit.

/** A copy of `manifest` whose elements keep only public, writable instance members. */
export function publicManifest(manifest) {
  const copy = structuredClone(manifest);
  for (const module of copy.modules) {
    for (const declaration of module.declarations ?? []) {
      declaration.members = declaration.members?.filter(
        (m) => !m.static && (m.privacy ?? 'public') === 'public' && !(m.kind === 'field' && m.readonly),
      );
    }
  }
  return copy;
}

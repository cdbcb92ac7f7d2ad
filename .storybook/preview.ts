import type { Decorator, Preview } from '@storybook/web-components-vite';
import { setCustomElementsManifest } from '@storybook/web-components-vite';
import manifest from '../custom-elements.json';
// @ts-expect-error plain JS module shared with the package tests
import { publicManifest } from '../scripts/public-manifest.mjs';
import { registerMessages, setLocale } from '../src/core/i18n.js';
import { ar } from '../src/locales/ar.js';
import { fr } from '../src/locales/fr.js';

// Docs tables and controls come from the manifest the JSDoc feeds: properties, attributes, events,
// slots, parts and tokens of each element, without its private fields.
setCustomElementsManifest(publicManifest(manifest));
registerMessages('fr', fr);
registerMessages('ar', ar);

const KIT_TAGS = 'agent-popover, task-list, interaction-pane, callback-dialog, agent-status';

/** The toolbar's theme, language and direction, applied to whatever the story renders. */
const deskGlobals: Decorator = (story, context) => {
  const { theme, locale, direction } = context.globals as { theme?: string; locale?: string; direction?: string };
  document.documentElement.dir = direction === 'rtl' ? 'rtl' : 'ltr';
  document.documentElement.lang = locale ?? 'en';
  setLocale(locale ?? 'en');
  // The toolbar's theme is set once for the page, as a host would; elements follow it.
  document.documentElement.style.colorScheme = theme === 'dark' ? 'dark' : '';
  const rendered = story();
  if (theme === 'dark') {
    // A story's own `theme` control would override the page's: let the page's win.
    requestAnimationFrame(() => document.querySelectorAll(KIT_TAGS).forEach((el) => el.removeAttribute('theme')));
  }
  return rendered;
};

const preview: Preview = {
  // A docs page per element: its stories beside its properties, events, slots, parts and tokens.
  tags: ['autodocs'],
  parameters: {
    controls: { expanded: true },
    // Every story is checked with axe; a violation fails the story test (light here; dark and
    // right-to-left in .storybook/vitest.setup.ts).
    a11y: { test: 'error' },
  },
  globalTypes: {
    theme: { description: 'Kit theme', toolbar: { title: 'Theme', icon: 'mirror', items: ['light', 'dark'], dynamicTitle: true } },
    locale: { description: 'Language', toolbar: { title: 'Language', icon: 'globe', items: [{ value: 'en', title: 'English' }, { value: 'fr', title: 'Français' }, { value: 'ar', title: 'العربية' }], dynamicTitle: true } },
    direction: { description: 'Reading direction', toolbar: { title: 'Direction', icon: 'transfer', items: ['ltr', 'rtl'], dynamicTitle: true } },
  },
  initialGlobals: { theme: 'light', locale: 'en', direction: 'ltr' },
  decorators: [deskGlobals],
};

export default preview;

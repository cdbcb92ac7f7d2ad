import type { Decorator, Preview } from '@storybook/web-components-vite';
import { setCustomElementsManifest } from '@storybook/web-components-vite';
import manifest from '../custom-elements.json';
import { registerMessages, setLocale } from '../src/core/i18n.js';
import { ar } from '../src/locales/ar.js';
import { fr } from '../src/locales/fr.js';

// Docs tables and controls come from the manifest the JSDoc feeds.
setCustomElementsManifest(manifest);
registerMessages('fr', fr);
registerMessages('ar', ar);

const KIT_TAGS = 'agent-popover, task-list, interaction-pane, callback-dialog, agent-status';

/** The toolbar's theme, language and direction, applied to whatever the story renders. */
const deskGlobals: Decorator = (story, context) => {
  const { theme, locale, direction } = context.globals as { theme?: string; locale?: string; direction?: string };
  document.documentElement.dir = direction === 'rtl' ? 'rtl' : 'ltr';
  document.documentElement.lang = locale ?? 'en';
  setLocale(locale ?? 'en');
  const rendered = story();
  if (theme === 'dark') {
    requestAnimationFrame(() => document.querySelectorAll(KIT_TAGS).forEach((el) => el.setAttribute('theme', 'dark')));
  }
  return rendered;
};

const preview: Preview = {
  parameters: {
    controls: { expanded: true },
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

import * as a11yAnnotations from '@storybook/addon-a11y/preview';
import { setProjectAnnotations } from '@storybook/web-components-vite';
import type { StoryContext } from '@storybook/web-components-vite';
import axe from 'axe-core';
import * as projectAnnotations from './preview';

const KIT_TAGS = 'agent-popover, task-list, interaction-pane, callback-dialog, agent-status';

/** Axe over what the story rendered; every violation, with where it is, fails the story's test. */
async function noViolations(mode: string, root: HTMLElement): Promise<void> {
  const { violations } = await axe.run(root, { resultTypes: ['violations'] });
  if (violations.length) {
    const lines = violations.map((v) => `${v.id} (${v.impact}): ${v.help}\n  ${v.nodes.map((n) => n.target.join(' ')).join('\n  ')}`);
    throw new Error(`axe, ${mode}: ${violations.length} violation(s)\n${lines.join('\n')}`);
  }
}

/**
 * After the a11y addon's own check (light, left to right), the same story again in the dark theme
 * set once for the page as a host would (color-scheme on <html>, a dark page) and right to left.
 * The story is left as it was found.
 */
async function darkAndRightToLeft({ canvasElement }: StoryContext): Promise<void> {
  const root = document.documentElement;
  const elements = [...canvasElement.querySelectorAll<HTMLElement & { updateComplete?: Promise<unknown> }>(KIT_TAGS)];
  const themes = elements.map((el) => el.getAttribute('theme'));
  const settle = () => Promise.all(elements.map((el) => el.updateComplete));
  try {
    root.style.colorScheme = 'dark';
    document.body.style.background = '#121317';
    elements.forEach((el) => el.removeAttribute('theme'));
    await settle();
    await noViolations('dark', canvasElement);
  } finally {
    root.style.colorScheme = '';
    document.body.style.background = '';
    elements.forEach((el, i) => (themes[i] === null ? el.removeAttribute('theme') : el.setAttribute('theme', themes[i]!)));
  }
  const dir = root.dir;
  try {
    root.dir = 'rtl';
    await settle();
    await noViolations('right to left', canvasElement);
  } finally {
    root.dir = dir;
  }
}

setProjectAnnotations([a11yAnnotations, projectAnnotations, { afterEach: darkAndRightToLeft }]);

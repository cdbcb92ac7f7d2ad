import { expect, waitFor } from 'storybook/test';

/** The shadow root of the first kit element of that tag in a story's canvas. */
export async function shadowOf(canvas: HTMLElement, tag: string): Promise<ShadowRoot> {
  await waitFor(() => expect(canvas.querySelector(tag)?.shadowRoot).toBeTruthy());
  return canvas.querySelector(tag)!.shadowRoot!;
}

/** Waits until the element's shadow DOM shows the text. */
export async function shows(root: ShadowRoot, text: string): Promise<void> {
  await waitFor(() => expect(root.textContent?.replace(/\s+/g, ' ')).toContain(text), { timeout: 5000 });
}

export function part<T extends HTMLElement = HTMLButtonElement>(root: ParentNode, name: string): T {
  const found = root.querySelector<T>(`[part~=${name}]`);
  if (!found) throw new Error(`No part ${name}`);
  return found;
}

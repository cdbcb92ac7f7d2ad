import { css } from 'lit';

/**
 * The kit's design tokens. Every look is a `--desk-*` custom property with a fallback, so a
 * host restyles by setting them on any ancestor. The dark set applies where the element's
 * `color-scheme` is dark: inherited from the page or an ancestor, or set by `theme="dark"`.
 */
export const tokens = css`
  :host {
    /* light-dark() picks by the element's color-scheme, which it inherits from the page unless
       theme="light" or theme="dark" sets its own: one setting on an ancestor themes the whole desk. */
    --_bg: var(--desk-color-surface, light-dark(#ffffff, #1e2026));
    --_fg: var(--desk-color-text, light-dark(#1d1f24, #eceef2));
    --_muted: var(--desk-color-text-muted, light-dark(#5b6170, #a9afbc));
    --_border: var(--desk-color-border, light-dark(#d5d8de, #3a3e48));
    --_accent: var(--desk-color-accent, light-dark(#0b61d8, #6ea8ff));
    --_accent-fg: var(--desk-color-accent-text, light-dark(#ffffff, #0d1117));
    --_danger: var(--desk-color-danger, light-dark(#b3261e, #ff8a80));
    --_success: var(--desk-color-success, light-dark(#1b7f3b, #7ddc9a));
    --_radius: var(--desk-radius, 8px);
    --_space: var(--desk-space, 8px);
    --_font: var(--desk-font-family, system-ui, -apple-system, 'Segoe UI', Roboto, sans-serif);
    --_font-size: var(--desk-font-size, 14px);
    --_focus: var(--desk-focus-ring, 2px solid light-dark(#0b61d8, #6ea8ff));
    font-family: var(--_font);
    font-size: var(--_font-size);
    color: var(--_fg);
  }
  :host([theme='light']) {
    color-scheme: light;
  }
  :host([theme='dark']) {
    color-scheme: dark;
  }
  :host([hidden]) {
    display: none;
  }
  /* Outside text (a reason, a name, a number) never widens an element: a long word breaks anywhere. */
  :host {
    overflow-wrap: anywhere;
  }
  /* Each piece of outside text is its own bidi island: a stray right-to-left override stays inside it. */
  bdi,
  [part~='customer'],
  [part~='number'] {
    unicode-bidi: isolate;
  }
  button,
  select,
  input {
    font: inherit;
  }
  :focus-visible {
    outline: var(--_focus);
    outline-offset: 2px;
  }
  @media (forced-colors: active) {
    button {
      border: 1px solid ButtonText;
    }
  }
`;

/** Text for assistive technology only. */
export const visuallyHidden = css`
  .visually-hidden {
    position: absolute;
    inline-size: 1px;
    block-size: 1px;
    overflow: hidden;
    clip-path: inset(50%);
    white-space: nowrap;
  }
`;

/** The kit's modal dialogs share one look. */
export const dialogStyles = css`
  dialog {
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    background: var(--_bg);
    color: var(--_fg);
    padding: calc(var(--_space) * 2);
    inline-size: min(var(--desk-dialog-width, 28rem), 92vw);
  }
  dialog::backdrop {
    background: var(--desk-backdrop, rgb(0 0 0 / 0.35));
  }
`;

import { css } from 'lit';

/**
 * The kit's design tokens. Every look is a `--desk-*` custom property with a fallback, so a
 * host restyles by setting them on any ancestor; `theme="dark"` switches the whole set.
 */
export const tokens = css`
  :host {
    --_bg: var(--desk-color-surface, #ffffff);
    --_fg: var(--desk-color-text, #1d1f24);
    --_muted: var(--desk-color-text-muted, #5b6170);
    --_border: var(--desk-color-border, #d5d8de);
    --_accent: var(--desk-color-accent, #0b61d8);
    --_accent-fg: var(--desk-color-accent-text, #ffffff);
    --_danger: var(--desk-color-danger, #b3261e);
    --_success: var(--desk-color-success, #1b7f3b);
    --_radius: var(--desk-radius, 8px);
    --_space: var(--desk-space, 8px);
    --_font: var(--desk-font-family, system-ui, -apple-system, 'Segoe UI', Roboto, sans-serif);
    --_font-size: var(--desk-font-size, 14px);
    --_focus: var(--desk-focus-ring, 2px solid #0b61d8);
    color-scheme: light;
    font-family: var(--_font);
    font-size: var(--_font-size);
    color: var(--_fg);
  }
  :host([theme='dark']) {
    --_bg: var(--desk-color-surface, #1e2026);
    --_fg: var(--desk-color-text, #eceef2);
    --_muted: var(--desk-color-text-muted, #a9afbc);
    --_border: var(--desk-color-border, #3a3e48);
    --_accent: var(--desk-color-accent, #6ea8ff);
    --_accent-fg: var(--desk-color-accent-text, #0d1117);
    --_danger: var(--desk-color-danger, #ff8a80);
    --_success: var(--desk-color-success, #7ddc9a);
    --_focus: var(--desk-focus-ring, 2px solid #6ea8ff);
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

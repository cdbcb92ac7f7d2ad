import { css } from 'lit';

export const interactionPaneStyles = css`
  :host {
    display: block;
  }
  [part='base'] {
    display: flex;
    flex-direction: column;
    gap: calc(var(--_space) * 1.5);
    background: var(--_bg);
    color: var(--_fg);
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    padding: calc(var(--_space) * 1.5);
    min-inline-size: 0;
  }
  [part='header'] {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: var(--_space);
  }
  [part='customer'] {
    font-weight: 600;
    font-size: 1.15em;
    overflow-wrap: anywhere;
    min-inline-size: 0;
  }
  [part='number'] {
    color: var(--_muted);
    direction: ltr;
    unicode-bidi: isolate;
    overflow-wrap: anywhere;
  }
  [part='timer'] {
    margin-inline-start: auto;
    font-variant-numeric: tabular-nums;
  }
  [part~='chip'] {
    padding: 1px 8px;
    border-radius: 999px;
    background: color-mix(in srgb, var(--_accent) 14%, transparent);
    font-size: 0.9em;
  }
  [part='base']:focus-visible {
    outline: 2px solid var(--_accent);
    outline-offset: 2px;
  }
  [part='recording-icon'] {
    display: inline-flex;
    color: var(--_danger);
  }
  [part='recording-icon'].paused {
    color: var(--_muted);
  }
  [part='waiting'],
  [part='handset-reminder'] {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: var(--_space);
    margin: 0;
    padding: var(--_space);
    border-inline-start: 4px solid var(--_accent);
    background: color-mix(in srgb, var(--_accent) 8%, transparent);
    overflow-wrap: anywhere;
  }
  [part~='bnr'].off svg {
    opacity: 0.6;
  }
  [part~='bnr'] .strike {
    stroke: currentColor;
    stroke-width: 2;
  }
  [part='controls'],
  [part='leg'],
  [part='recording'],
  [part='variable-actions'] {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: var(--_space);
  }
  [part='legs'],
  [part='participants'] {
    list-style: none;
    margin: 0;
    padding: 0;
    display: flex;
    flex-direction: column;
    gap: 4px;
  }
  [part='leg'] span,
  [part='participant'] span {
    overflow-wrap: anywhere;
    min-inline-size: 0;
  }
  [part='participant'] {
    display: grid;
    grid-template-columns: minmax(0, 1fr) auto auto;
    gap: var(--_space);
    align-items: center;
  }
  h3 {
    font-size: 1em;
    margin: 0 0 4px;
  }
  button {
    padding: 5px 12px;
    border-radius: calc(var(--_radius) / 2);
    border: 1px solid var(--_border);
    background: var(--_bg);
    color: var(--_fg);
    cursor: pointer;
  }
  button[aria-disabled='true'] {
    opacity: 0.55;
    cursor: not-allowed;
  }
  button[part~='wrap-up'] {
    align-self: flex-start;
  }
  button[part~='end'],
  button[part~='drop'] {
    color: var(--_danger);
  }
  button[part~='primary-action'] {
    background: var(--_accent);
    border-color: var(--_accent);
    color: var(--_accent-fg);
  }
  [part='variables'] {
    display: grid;
    /* Labels take what they need up to 40%; a very long one wraps rather than push the values out. */
    grid-template-columns: fit-content(40%) minmax(0, 1fr);
    gap: 6px 12px;
    align-items: center;
    margin: 0;
  }
  [part='variables'] dt,
  [part='variables'] dd {
    margin: 0;
    overflow-wrap: anywhere;
    min-inline-size: 0;
  }
  [part='variables-section'] {
    container-type: inline-size;
  }
  /* Narrow (a 360 px phone): each label above its value, so a date-time field is not cut short. */
  @container (max-width: 22rem) {
    [part='variables'] {
      grid-template-columns: minmax(0, 1fr);
      gap: 2px;
    }
    [part='variables'] dd {
      margin-block-end: 6px;
    }
  }
  input,
  select {
    font: inherit;
    inline-size: 100%;
    box-sizing: border-box;
    padding: 4px 6px;
    border: 1px solid var(--_border);
    border-radius: 4px;
    background: var(--_bg);
    color: var(--_fg);
  }
  [part~='field-error'],
  [part='error'] {
    color: var(--_danger);
    margin: 2px 0 0;
  }
  [part='notice'] {
    margin: 0;
    padding: 6px 8px;
    border-radius: 4px;
    background: color-mix(in srgb, var(--_accent) 10%, transparent);
    overflow-wrap: anywhere;
  }
  dialog h2 {
    margin: 0 0 var(--_space);
    font-size: 1.1em;
  }
  [part='destination-list'],
  [part='wrap-up-list'] {
    list-style: none;
    margin: var(--_space) 0;
    padding: 0;
    max-block-size: 16rem;
    overflow: auto;
  }
  [part='destination-list'] label,
  [part='wrap-up-list'] label {
    display: flex;
    gap: 6px;
    padding: 3px 0;
    overflow-wrap: anywhere;
  }
  [part='destination-list'] input,
  [part='wrap-up-list'] input {
    inline-size: auto;
  }
  [part='dialog-actions'] {
    display: flex;
    justify-content: flex-end;
    gap: var(--_space);
    margin-block-start: var(--_space);
  }
`;

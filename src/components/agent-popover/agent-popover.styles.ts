import { css } from 'lit';

export const agentPopoverStyles = css`
  :host {
    display: block;
    inline-size: var(--desk-popover-width, 22rem);
    /* Never wider than the screen, at 360 px too. */
    max-inline-size: min(100%, 100vw);
  }
  [part='notices'] {
    display: flex;
    flex-direction: column;
    gap: var(--_space);
  }
  /* Empty, it stays (a live region must exist before what it announces) but takes no room. */
  [part='notices']:not(:has(*)) {
    margin-block-end: calc(var(--_space) * -1);
  }
  [part='notice'] {
    display: flex;
    align-items: start;
    gap: var(--_space);
    margin: 0;
    padding: var(--_space) calc(var(--_space) * 1.5);
    background: var(--_bg);
    color: var(--_fg);
    border: 1px solid var(--_border);
    border-inline-start: 4px solid var(--_accent);
    border-radius: var(--_radius);
    box-shadow: var(--desk-shadow, 0 4px 16px rgb(0 0 0 / 0.12));
    overflow-wrap: anywhere;
  }
  [part~='dismiss'] {
    margin-inline-start: auto;
    padding: 0 8px;
  }
  [part='links'] {
    list-style: none;
    display: flex;
    flex-wrap: wrap;
    gap: 4px 12px;
    margin: 8px 0 0;
    padding: 0;
  }
  [part='link'] {
    color: var(--_accent);
    overflow-wrap: anywhere;
  }
  [part='base'] {
    display: flex;
    flex-direction: column;
    gap: var(--_space);
  }
  [part='header'] {
    display: flex;
    align-items: center;
    justify-content: space-between;
    gap: var(--_space);
  }
  [part='pager'] {
    display: flex;
    align-items: center;
    gap: 4px;
  }
  /* Previous and next follow the reading direction. */
  :host(:dir(rtl)) [part~='page-previous'] svg,
  :host(:dir(rtl)) [part~='page-next'] svg {
    transform: scaleX(-1);
  }
  [part='stack'] {
    list-style: none;
    margin: 0;
    padding: 0;
    display: flex;
    flex-direction: column;
    gap: var(--_space);
  }
  [part~='card'] {
    background: var(--_bg);
    color: var(--_fg);
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    padding: calc(var(--_space) * 1.5);
    box-shadow: var(--desk-shadow, 0 4px 16px rgb(0 0 0 / 0.12));
    overflow: hidden;
  }
  [part='card-header'] {
    display: flex;
    align-items: center;
    gap: 6px;
    font-weight: 600;
  }
  [part='status'] {
    margin-inline-start: auto;
    color: var(--_muted);
    font-weight: 400;
  }
  [part='timer'] {
    font-variant-numeric: tabular-nums;
    color: var(--_muted);
    font-weight: 400;
  }
  [part='customer'],
  [part='number'],
  [part='details'] dd,
  [part='variables'] dd {
    overflow-wrap: anywhere;
  }
  [part='customer'] {
    margin: 6px 0 0;
    font-size: 1.1em;
  }
  [part='number'] {
    margin: 0;
    color: var(--_muted);
    font-variant-numeric: tabular-nums;
    direction: ltr;
    unicode-bidi: isolate;
  }
  dl {
    display: grid;
    grid-template-columns: fit-content(45%) minmax(0, 1fr);
    gap: 2px 12px;
    margin: 8px 0 0;
  }
  dt {
    color: var(--_muted);
    overflow-wrap: anywhere;
  }
  dd {
    margin: 0;
  }
  [part='actions'] {
    display: flex;
    flex-wrap: wrap;
    gap: var(--_space);
    margin-block-start: calc(var(--_space) * 1.5);
  }
  button {
    padding: 6px 14px;
    border-radius: calc(var(--_radius) / 2);
    border: 1px solid var(--_border);
    background: var(--_bg);
    color: var(--_fg);
    cursor: pointer;
  }
  button[part~='accept-button'],
  button[part~='accept-all'],
  button[part~='rona-available'] {
    background: var(--_accent);
    border-color: var(--_accent);
    color: var(--_accent-fg);
  }
  button[part~='decline-button'],
  button[part~='cancel-button'] {
    color: var(--_danger);
  }
  button:disabled {
    opacity: 0.6;
    cursor: default;
  }
  [part='phone-hint'] {
    margin: 0;
    font-weight: 600;
  }
  [part='error'] {
    margin: 8px 0 0;
    color: var(--_danger);
  }
`;

import { css } from 'lit';

export const agentStatusStyles = css`
  :host {
    display: inline-block;
    /* Never wider than where the host put it: a long idle reason shortens the select instead. */
    max-inline-size: 100%;
  }
  [part='base'] {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: var(--_space);
    padding: var(--_space);
    background: var(--_bg);
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
  }
  [part='indicator'] {
    inline-size: 10px;
    block-size: 10px;
    border-radius: 50%;
    background: var(--_muted);
  }
  [part='indicator'].available {
    background: var(--_success);
  }
  select,
  button {
    padding: 4px 8px;
    border: 1px solid var(--_border);
    border-radius: calc(var(--_radius) / 2);
    background: var(--_bg);
    color: var(--_fg);
  }
  /* A long idle reason must not push the bar past its box. */
  select {
    flex: 1 1 10rem;
    min-inline-size: 0;
    max-inline-size: 100%;
    text-overflow: ellipsis;
  }
  [part='bnr-setting'] {
    min-inline-size: 0;
    overflow-wrap: anywhere;
  }
  [part='error'] {
    flex-basis: 100%;
    margin: 0;
    color: var(--_danger);
  }
  /* AGENT-5: the outdial entry opens on its own line below the bar's controls, at any width. */
  [part='outdial'] {
    order: 1;
    flex-basis: 100%;
    display: flex;
    flex-wrap: wrap;
    align-items: end;
    gap: var(--_space);
    min-inline-size: 0;
  }
  [part='outdial-field'] {
    display: flex;
    flex-direction: column;
    flex: 1 1 12rem;
    min-inline-size: 0;
  }
  [part='outdial'] input,
  [part='outdial'] select {
    /* Not the state select's flex sizing: in a column it would set the height. */
    flex: none;
    padding: 4px 8px;
    border: 1px solid var(--_border);
    border-radius: calc(var(--_radius) / 2);
    background: var(--_bg);
    color: var(--_fg);
    min-inline-size: 0;
    max-inline-size: 100%;
  }
  [part='outdial'] [aria-invalid='true'] {
    border-color: var(--_danger);
  }
  [part='outdial-hint'],
  [part='outdial-field-error'],
  [part='outdial-limit'] {
    margin: 2px 0 0;
    font-size: 0.85em;
    overflow-wrap: anywhere;
  }
  [part='outdial-field-error'],
  [part='outdial-limit'],
  [part='outdial'] [part='error'] {
    color: var(--_danger);
  }
  [part='outdial-limit'],
  [part='outdial'] [part='error'] {
    flex-basis: 100%;
  }
  [part='outdial-call'][aria-disabled='true'] {
    opacity: 0.6;
    cursor: not-allowed;
  }
`;

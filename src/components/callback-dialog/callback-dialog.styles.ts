import { css } from 'lit';

export const callbackDialogStyles = css`
  :host {
    display: contents;
  }
  :host {
    --desk-dialog-width: 36rem;
  }
  dialog {
    max-block-size: 92vh;
  }
  [part='header'] {
    display: flex;
    justify-content: space-between;
    align-items: center;
  }
  h2 {
    margin: 0;
    font-size: 1.15em;
  }
  [part='tabs'] {
    display: flex;
    gap: 4px;
    border-block-end: 1px solid var(--_border);
    margin-block: var(--_space);
  }
  [part='tab'] {
    border: 0;
    background: none;
    color: var(--_fg);
    padding: 6px 10px;
    border-block-end: 3px solid transparent;
    cursor: pointer;
  }
  [part='tab'][aria-selected='true'] {
    border-block-end-color: var(--_accent);
    font-weight: 600;
  }
  form,
  [part='callback-list'] {
    display: flex;
    flex-direction: column;
    gap: var(--_space);
  }
  [part='row'] {
    display: grid;
    grid-template-columns: repeat(3, minmax(0, 1fr));
    gap: var(--_space);
  }
  form {
    container-type: inline-size;
  }
  /* Narrow (a 360 px phone): the date gets a row of its own, so no field is cut short. */
  @container (max-width: 26rem) {
    [part='row'] {
      grid-template-columns: repeat(2, minmax(0, 1fr));
    }
    [part='row'] > :first-child {
      grid-column: 1 / -1;
    }
  }
  [part='field'] {
    display: flex;
    flex-direction: column;
    gap: 2px;
    min-inline-size: 0;
    border: 0;
    padding: 0;
    margin: 0;
  }
  [part~='input'] {
    font: inherit;
    padding: 5px 6px;
    border: 1px solid var(--_border);
    border-radius: 4px;
    background: var(--_bg);
    color: var(--_fg);
    min-inline-size: 0;
  }
  [part~='input'][aria-invalid='true'] {
    border-color: var(--_danger);
  }
  [part='field-error'],
  [part='error'] {
    color: var(--_danger);
    margin: 0;
    overflow-wrap: anywhere;
  }
  [part='hint'],
  [part='window'],
  [part='started'] {
    color: var(--_muted);
    margin: 0;
  }
  [part='radio'],
  [part='checkbox'] {
    display: flex;
    gap: 6px;
    align-items: center;
  }
  [part='actions'] {
    display: flex;
    flex-wrap: wrap;
    gap: var(--_space);
    justify-content: flex-end;
    align-items: center;
  }
  [part~='button'] {
    padding: 5px 12px;
    border: 1px solid var(--_border);
    border-radius: calc(var(--_radius) / 2);
    background: var(--_bg);
    color: var(--_fg);
    cursor: pointer;
  }
  [part~='submit'] {
    background: var(--_accent);
    border-color: var(--_accent);
    color: var(--_accent-fg);
  }
  [part~='delete'],
  [part~='confirm-delete'] {
    color: var(--_danger);
  }
  [part='callback-list'] {
    list-style: none;
    padding: 0;
    margin: 0;
  }
  [part='callback'] {
    border: 1px solid var(--_border);
    border-radius: calc(var(--_radius) * 0.75);
    padding: var(--_space);
    overflow-wrap: anywhere;
  }
  [part='callback'] p {
    margin: 0 0 4px;
  }
  [part='callback-title'] {
    font-weight: 600;
  }
`;

import { css } from 'lit';

export const taskListStyles = css`
  :host {
    display: block;
    inline-size: var(--desk-task-list-width, 100%);
  }
  [part='base'] {
    display: flex;
    flex-direction: column;
    gap: var(--_space);
    background: var(--_bg);
    color: var(--_fg);
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    padding: var(--_space);
    min-inline-size: 0;
  }
  [part='header'] {
    display: flex;
    align-items: center;
    justify-content: space-between;
  }
  h2 {
    font-size: 1em;
    margin: 0;
  }
  [part='list'] {
    list-style: none;
    margin: 0;
    padding: 0;
    display: flex;
    flex-direction: column;
    gap: 6px;
  }
  /* A block of cards not yet rendered holds about their room, so the scrollbar tells the truth. */
  li[data-block] {
    block-size: calc(var(--cards) * var(--card-size, 3.75rem) + (var(--cards) - 1) * 6px);
  }
  [part~='card'] {
    border: 1px solid var(--_border);
    border-radius: calc(var(--_radius) * 0.75);
    padding: 6px;
    display: flex;
    flex-direction: column;
    gap: 4px;
    min-inline-size: 0;
    overflow: hidden;
  }
  [part~='card'].selected {
    border-color: var(--_accent);
    box-shadow: inset 3px 0 0 var(--_accent);
  }
  [part='card-select'] {
    display: grid;
    grid-template-columns: auto minmax(0, 1fr) auto;
    align-items: center;
    gap: 2px 8px;
    inline-size: 100%;
    padding: 4px;
    border: 0;
    background: none;
    color: inherit;
    text-align: start;
    cursor: pointer;
  }
  [part='customer'] {
    overflow: hidden;
    text-overflow: ellipsis;
    white-space: nowrap;
    font-weight: 600;
  }
  [part='status'],
  [part='reason'] {
    grid-column: 2 / 4;
    color: var(--_muted);
    overflow-wrap: anywhere;
  }
  [part='timer'] {
    font-variant-numeric: tabular-nums;
    color: var(--_muted);
  }
  [part='actions'] {
    display: flex;
    gap: 6px;
    padding-inline-start: 4px;
  }
  button {
    font: inherit;
  }
  [part~='button'],
  [part='schedule'] {
    padding: 3px 10px;
    border: 1px solid var(--_border);
    border-radius: calc(var(--_radius) / 2);
    background: var(--_bg);
    color: var(--_fg);
    cursor: pointer;
  }
  [part~='accept-button'] {
    background: var(--_accent);
    border-color: var(--_accent);
    color: var(--_accent-fg);
  }
  [part~='decline-button'],
  [part~='cancel-button'] {
    color: var(--_danger);
  }
  [part='schedule'] {
    display: inline-flex;
    align-items: center;
    padding: 3px 6px;
  }
  [part='empty'] {
    color: var(--_muted);
    margin: 0;
  }
  [part='error'] {
    color: var(--_danger);
    margin: 0;
  }
`;

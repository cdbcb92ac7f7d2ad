const FOCUSABLE = 'button, input, select, textarea, a[href], [tabindex]:not([tabindex="-1"])';

/**
 * Keeps Tab inside a modal dialog: from the last control to the first and back. A native modal
 * makes the page inert, but would still let Tab wander out to the browser's own controls.
 */
export function trapTab(event: KeyboardEvent): void {
  if (event.key !== 'Tab') return;
  const dialog = event.currentTarget as HTMLElement;
  const stops = [...dialog.querySelectorAll<HTMLElement>(FOCUSABLE)].filter(
    (el) => !(el as HTMLButtonElement).disabled && el.getClientRects().length > 0 && !(el instanceof HTMLInputElement && el.type === 'radio' && !el.checked && radioGroupHasFocusStop(el, dialog)),
  );
  if (!stops.length) return;
  const root = dialog.getRootNode() as Document | ShadowRoot;
  const active = root.activeElement;
  const first = stops[0];
  const last = stops[stops.length - 1];
  if (event.shiftKey && active === first) {
    event.preventDefault();
    last.focus();
  } else if (!event.shiftKey && active === last) {
    event.preventDefault();
    first.focus();
  }
}

/** A radio group is one Tab stop: its checked radio, or its first one. */
function radioGroupHasFocusStop(radio: HTMLInputElement, dialog: HTMLElement): boolean {
  const group = [...dialog.querySelectorAll<HTMLInputElement>(`input[type=radio][name="${radio.name}"]`)];
  return group.some((r) => r.checked) || group[0] !== radio;
}

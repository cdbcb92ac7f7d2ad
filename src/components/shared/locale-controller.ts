import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { onLocaleChange } from '../../core/i18n.js';

/** Re-renders its element when the language changes at run time. */
export class LocaleController implements ReactiveController {
  private unsubscribe?: () => void;

  constructor(private readonly host: ReactiveControllerHost) {
    host.addController(this);
  }

  hostConnected(): void {
    this.unsubscribe = onLocaleChange(() => this.host.requestUpdate());
  }

  hostDisconnected(): void {
    this.unsubscribe?.();
  }
}

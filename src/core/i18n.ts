import { en, type MessageKey } from './messages/en.js';

export type { MessageKey };
export type Catalog = Record<MessageKey, string>;
export type MessageParams = Record<string, string | number>;

const catalogs = new Map<string, Partial<Catalog>>([['en', en]]);
let current = 'en';
const listeners = new Set<(locale: string) => void>();

/**
 * Every user-visible string goes through here, so a translation is a data change:
 * `registerMessages('fr', {...})` then `setLocale('fr')`. Missing keys fall back to English.
 */
export function t(key: MessageKey, params?: MessageParams): string {
  const template = catalogs.get(current)?.[key] ?? en[key] ?? key;
  if (!params) return template;
  return template.replace(/\{(\w+)\}/g, (whole, name: string) =>
    name in params ? String(params[name]) : whole,
  );
}

export function registerMessages(locale: string, catalog: Partial<Catalog>): void {
  catalogs.set(locale, { ...catalogs.get(locale), ...catalog });
}

export function setLocale(locale: string): void {
  if (locale === current) return;
  current = locale;
  for (const listener of [...listeners]) listener(locale);
}

export function getLocale(): string {
  return current;
}

/** Elements re-render on a language switch through this. */
export function onLocaleChange(listener: (locale: string) => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

import type { en } from './messages/en.js';
import { rulesEn } from './messages/rules.en.js';
import { storeEn } from './messages/store.en.js';

export type MessageKey = keyof typeof en;
export type Catalog = Record<MessageKey, string>;
export type MessageParams = Record<string, string | number>;

/**
 * English is the fallback of every key. Core carries only its own messages (rules, store); the
 * elements and the simulator add theirs when loaded, so core never ships UI text.
 */
const english: Partial<Catalog> = { ...rulesEn, ...storeEn };
const catalogs = new Map<string, Partial<Catalog>>();
let current = 'en';
const listeners = new Set<(locale: string) => void>();

/** A layer's English messages (the elements', the simulator's): the fallback for its keys. */
export function registerDefaults(messages: Partial<Catalog>): void {
  Object.assign(english, messages);
}

/**
 * Every user-visible string goes through here, so a translation is a data change:
 * `registerMessages('fr', {...})` then `setLocale('fr')`. Missing keys fall back to English.
 */
export function t(key: MessageKey, params?: MessageParams): string {
  const template = catalogs.get(current)?.[key] ?? catalogs.get(language(current))?.[key] ?? english[key] ?? key;
  if (!params) return template;
  return template.replace(/\{(\w+)\}/g, (whole, name: string) =>
    name in params ? String(params[name]) : whole,
  );
}

export function registerMessages(tag: string, catalog: Partial<Catalog>): void {
  const locale = normalizeLocale(tag);
  catalogs.set(locale, { ...catalogs.get(locale), ...catalog });
}

/** `fr-CA` → `fr`: a regional tag reads its language's catalog when it has none of its own. */
const language = (locale: string) => locale.split('-')[0];

/**
 * A BCP 47 tag as Intl and luxon accept it: `en_US` becomes `en-US`; a tag nothing can read
 * falls back to English rather than making every date format throw.
 */
export function normalizeLocale(locale: string): string {
  try {
    return Intl.getCanonicalLocales(String(locale).trim().replace(/_/g, '-'))[0] ?? 'en';
  } catch {
    return 'en';
  }
}

export function setLocale(tag: string): void {
  const locale = normalizeLocale(tag);
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

import type { Interaction, PopoverLink, TenantConfig } from '../types.js';

/** POP-13: at most this many links per popover, so the actions stay in reach. */
export const POPOVER_LINK_LIMIT = 5;

const SAFE_PROTOCOLS = new Set(['http:', 'https:', 'mailto:', 'tel:']);

/** An absolute address of a kind a link may open; a script URL (javascript:, data:, ...) is not one. */
export function isSafeLinkUrl(url: string): boolean {
  try {
    return SAFE_PROTOCOLS.has(new URL(url.trim()).protocol);
  } catch {
    return false;
  }
}

/**
 * POP-13: the links configured for the request's channel, in the configured order, with a label,
 * never a script URL; an unsafe or unlabelled one is left out, not rewritten.
 */
export function popoverLinks(i: Interaction, tenant: TenantConfig): PopoverLink[] {
  return (tenant.popoverLinks?.[i.channel] ?? [])
    .filter((link) => link.label.trim() !== '' && isSafeLinkUrl(link.url))
    .slice(0, POPOVER_LINK_LIMIT)
    .map((link) => ({ label: link.label, url: link.url.trim() }));
}

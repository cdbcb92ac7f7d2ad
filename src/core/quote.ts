/**
 * Outside text an error message repeats (a field name, an event type, a thrown message): at most
 * `max` characters, and every control, invisible or direction character spelled out as `\uXXXX`,
 * so a message stays a short line that reads the same in any direction and hides nothing.
 */
export function quoteText(text: string, max = 60): string {
  let shown = text.length > max ? text.slice(0, max) : text;
  // Never end on half a surrogate pair.
  if (/[\uD800-\uDBFF]$/.test(shown)) shown = shown.slice(0, -1);
  const escaped = shown.replace(
    /[\p{Cc}\p{Cf}\p{Co}\p{Cs}\p{Zl}\p{Zp}]/gu,
    (c) => `\\u${c.codePointAt(0)!.toString(16).padStart(4, '0')}`,
  );
  return shown.length < text.length ? `${escaped}…` : escaped;
}

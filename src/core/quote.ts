/**
 * Outside text an error message repeats (a field name, an event type, a thrown message): at most
 * `max` characters as shown, every control, invisible or direction character spelled out as
 * `\uXXXX`, so a message stays a short line that reads the same in any direction and hides nothing.
 */
export function quoteText(text: string, max = 60): string {
  let shown = '';
  for (const char of text.slice(0, max + 1)) {
    const piece = /[\p{Cc}\p{Cf}\p{Co}\p{Cs}\p{Zl}\p{Zp}]/u.test(char)
      ? `\\u${char.codePointAt(0)!.toString(16).padStart(4, '0')}`
      : char;
    if (shown.length + piece.length > max) return `${shown}…`;
    shown += piece;
  }
  return shown;
}

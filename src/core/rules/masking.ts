/** Any decimal digit of any script: ASCII, full-width, Arabic-Indic, Devanagari and the rest. */
const DIGIT = /\p{Nd}/u;

/**
 * POP-7: only the last four digits of a number stay visible. Every other digit, in whatever
 * script it is written, becomes a bullet; separators stay, so the masked number keeps its shape.
 */
export function maskNumber(number: string): string {
  let keep = 4;
  const chars = [...number];
  for (let index = chars.length - 1; index >= 0; index--) {
    if (!DIGIT.test(chars[index])) continue;
    if (keep > 0) keep--;
    else chars[index] = '•';
  }
  return chars.join('');
}

// Text a note wraps over lines, joined back into one.

/**
 * Joins `b` to `a`, the line it continues. A hyphen at the break joins the halves of a word:
 * dropped before a small letter ("Yrkes-" + "resan"), kept before a capital ("Eva-" + "Lena",
 * "Mini-" + "Maria").
 */
export function joinWrapped(a: string, b: string): string {
  if (!a) return b;
  if (!/\p{L}-$/u.test(a)) return `${a} ${b}`;
  if (/^\p{Ll}/u.test(b)) return a.slice(0, -1) + b;
  return /^\p{Lu}/u.test(b) ? a + b : `${a} ${b}`;
}

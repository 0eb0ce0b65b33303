// Short references to people named in full earlier in the same note: "Lena A" (first name and
// surname initial, telling two Lenas apart) and a first name alone ("Anna visade ..." after
// "Anna Berg från SKR"). A reference that fits more than one person links to no one.
import { foldKey } from './fold';

/** "lena a" → "Lena Abrahamsson" when exactly one listed person has that first name and initial. */
export function buildInitialIndex(names: string[]): Map<string, string> {
  const counts = new Map<string, Set<string>>();
  for (const n of names) {
    const words = n.split(' ');
    if (words.length < 2) continue;
    const last = words[words.length - 1] as string;
    const key = `${foldKey(words[0] as string)} ${foldKey(last[0] as string)}`;
    counts.set(key, (counts.get(key) ?? new Set()).add(n));
  }
  const out = new Map<string, string>();
  for (const [k, set] of counts) if (set.size === 1) out.set(k, [...set][0] as string);
  return out;
}

/** Initials of a name: "Elisabeth Beijer" → EB, "Eva-Lena Svensson" → ES and ELS. */
export function initialsOf(name: string): string[] {
  const words = name.split(/\s+/).filter((w) => /^\p{Lu}/u.test(w));
  const plain = words.map((w) => w[0]).join('');
  const hyphened = words.map((w) => w.split('-').map((p) => p[0]).join('')).join('');
  return [...new Set([plain, hyphened])].map((x) => x.toUpperCase());
}

/** Initials → the one person of `names` with them ("EB" → Elisabeth Beijer); initials two share are left out. */
export function initialIndex(names: readonly string[]): Map<string, string> {
  const owners = new Map<string, Set<string>>();
  for (const n of names) for (const i of initialsOf(n)) if (i.length >= 2) owners.set(i, (owners.get(i) ?? new Set()).add(n));
  const out = new Map<string, string>();
  for (const [i, set] of owners) if (set.size === 1) out.set(i, [...set][0] as string);
  return out;
}


const isUpper = (c: string | undefined) => c !== undefined && c !== c.toLowerCase();
const isLetterOrDigit = (c: string | undefined) => c !== undefined && (c.toLowerCase() !== c.toUpperCase() || (c >= '0' && c <= '9'));

/** The surname initial at s[at] after a first name, " A" or " A." standing alone ("Lena A"), or null. */
export function initialAt(s: string, at: number): string | null {
  if (s.charCodeAt(at) !== 32 || !isUpper(s[at + 1]) || isLetterOrDigit(s[at + 2])) return null;
  return s[at + 2] === '.' ? s.slice(at, at + 3) : s.slice(at, at + 2);
}

/** The short names of one note: built from its attendees, taught the full names its body gives. */
export class ShortNames {
  private initials: Map<string, string> | undefined;
  private readonly attendeeFirst: Set<string>;
  /** Folded first name → full name named in the body; null once two people share it. */
  private readonly bodyFirst = new Map<string, string | null>();

  constructor(private readonly attendees: string[], private readonly uniqueFirst: Map<string, string>) {
    this.attendeeFirst = new Set(attendees.map((n) => foldKey(n.split(' ')[0] ?? '')));
  }

  /** The one attendee with this first name and surname initial ("Lena", "A"). */
  byInitial(first: string, initial: string): string | undefined {
    // Built when first asked: most notes write no initials.
    this.initials ??= buildInitialIndex(this.attendees);
    return this.initials.get(`${foldKey(first)} ${foldKey(initial)}`);
  }

  /** Remembers a full name the body gives (not an attendee's), for lone first names later. */
  remember(first: string, name: string): void {
    const key = foldKey(first);
    if (this.attendeeFirst.has(key)) return;
    const prev = this.bodyFirst.get(key);
    if (prev === undefined) this.bodyFirst.set(key, name);
    else if (prev !== name) this.bodyFirst.set(key, null);
  }

  /** The person a lone first name stands for: the one attendee, else the one person named in full so far. */
  lone(first: string): string | undefined {
    const key = foldKey(first);
    return this.uniqueFirst.get(key) ?? this.bodyFirst.get(key) ?? undefined;
  }
}

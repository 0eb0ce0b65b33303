// Guests the running text introduces: "Under punkt 4 deltog Anna Berg från SKR", "medverkade
// professor Karin Fält". A verb of taking part put before the name (Swedish word order after
// "Under punkt 4") says the person attended, even when no list knows their first name.
import { ocrTolerant } from './fold';
import type { Attendee, PersonMention } from './types';

// Tested on the folded text before a name run, with at most two job-title words or
// "även"/"också" between: "deltog inte X" names no guest.
const GUEST_VERB = ocrTolerant(/\b(?:deltog|deltar|medverkade|medverkar|narvarade|gastade|gastar)\s+((?:[a-z*]+\s+){0,2})$/);
const GUEST_TITLE = ocrTolerant(/^(?:professor|docent|lektor|forskare|doktorand|utredare|inspektor|jurist|psykolog|konsult|expert|radgivare|analytiker|representant|\S*(?:chef|ledare|utvecklare|samordnare|strateg|handlaggare|sekreterare|specialist))$/);
const GUEST_ADVERB = ocrTolerant(/^(?:aven|ocksa|dessutom)$/);
// The verbs stand inside a sentence, so in lowercase: a cheap test on the sentence as written
// before any folding or regex.
const GUEST_STEMS = ['deltog', 'deltar', 'medverka', 'närvara', 'narvara', 'gästa', 'gasta'];

/** Whether a sentence may introduce a guest at all. */
export const mayIntroduceGuest = (sentence: string) => GUEST_STEMS.some((v) => sentence.includes(v));

/** For a name run at `start` of the folded sentence: '' or its job title when a guest verb introduces it, else null. */
export function guestIntro(folded: string, start: number): string | null {
  const m = GUEST_VERB.exec(folded.slice(Math.max(0, start - 60), start));
  if (!m) return null;
  const between = (m[1] as string).trim();
  if (between === '') return '';
  const words = between.split(/\s+/);
  if (!words.every((w) => GUEST_TITLE.test(w) || GUEST_ADVERB.test(w))) return null;
  return words.filter((w) => !GUEST_ADVERB.test(w)).join(' ');
}

// "deltog Jonas Ahl och Lena Borg från IVO": the text between a guest and the next name.
const JOINED = /^(?:\s*,)?\s*(?:och|samt|&)?\s*$/;

/** Whether the text between a guest's name and the next name joins them ("och", ","). */
export const joinsGuest = (between: string) => JOINED.test(between);

/**
 * Guests the body introduces ("Under punkt 4 deltog Anna Berg från SKR") took part in the
 * meeting: they join the attendees under "Gäster" unless the attendance list has them.
 */
export function addGuests(attendees: Attendee[], mentioned: PersonMention[]): void {
  for (const m of mentioned) {
    if (!m.guest || attendees.some((a) => a.name === m.name)) continue;
    attendees.push({
      name: m.name, surface: m.surface ?? m.name, affiliation: m.affiliation, affiliationKind: m.affiliationKind ?? null,
      group: 'Gäster', groups: ['Gäster'], role: m.title ?? null, line: m.line, lines: [m.line],
    });
  }
}

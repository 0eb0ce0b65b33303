// Decides whether a dated sentence looks back ("har beslutat", "presenterades", "se mejl från")
// or forward ("Nästa nätverksmöte", "ska beslutas", "senast", "lansering") from the meeting.
import { foldKey } from './fold';
import { sentenceStart } from './sentences';

export type Tense = 'past' | 'future' | 'neutral';
/** The date is that of another meeting of the network: the next one or the previous one. */
export type Sibling = 'next' | 'previous';

// "Nästa möte:", "kommande nätverksträffar", "Save the date" / "förra mötet", "föregående träff".
// Only the network's own meetings: "kommande styrgruppsmöte den 5 mars" is an ordinary event.
const MEETING = '(?:\\S*natverks)?(?:mote[nt]?|motena|traff(?:en|ar|arna)?)';
const NEXT = new RegExp(`\\b(?:nasta|kommande|nastkommande)\\s+(?:\\S+\\s+)?${MEETING}\\b|\\bnasta gang\\b|\\bsave the date\\b`, 'g');
const PREVIOUS = new RegExp(`\\b(?:forra|foregaende|senaste)\\s+(?:\\S+\\s+)?${MEETING}\\b|\\bforra gangen\\b`, 'g');

const PAST = new Set(('har hade varit blev beslutat beslutade beslutades genomfort genomfordes genomforts genomfordes ' +
  'presenterades presenterade skickats skickades skickade inhamtade inhamtats startat startade gick gatt tidigare forra ' +
  'foregaende senaste holls agde mejl mail mejlet mailet uppe antogs antagits fattade fattat lamnade lamnat beviljats ' +
  'beviljades utvardering utvarderingen aterkoppling arsredovisning resultat gjordes gjorts redovisades avslutades avslutats ' +
  'kom inkom traffades mottes igar sist').split(' '));
const FUTURE = new Set(('nasta kommande kommer ska skall senast forst infor planeras planerad planerat planerade blir erbjuds ' +
  'lansering lanseras preliminar preliminart beslutas sker ske tas avses aterkommer framover borjar startar oppnar bjuds ' +
  'anmalan intresseanmalan valkomna save inbjudan pagar oppen varavslutning prioriteringar behandlas hanteras skickas ' +
  'genomfors arrangeras hallas kallelse hoppas start').split(' '));

/** Tense of the sentence around [start, stop) in `line`; `forwardSection` is a "kommande" heading. */
export function dateTense(line: string, start: number, stop: number, forwardSection: boolean): { tense: Tense; sentence: string; sibling: Sibling | null } {
  const sStart = sentenceStart(line, start);
  const endRel = sentenceEnd(line.slice(stop));
  const sentence = line.slice(sStart, endRel < 0 ? line.length : stop + endRel + 1).trim();
  const before = foldKey(line.slice(sStart, start));
  const sibling = siblingMeeting(before, foldKey(line.slice(stop, stop + 40)));
  if (sibling) return { tense: sibling === 'next' ? 'future' : 'past', sentence, sibling };
  // The words just before the date decide first ("inför beslut ... den 3 mars" is ahead even
  // when the sentence ends "har skickats"); the whole sentence decides otherwise.
  const local = count(before.split(/[^a-z*]+/).filter(Boolean).slice(-5), false);
  const whole = count(foldKey(sentence).split(/[^a-z*]+/), forwardSection);
  const pick = local.past !== local.future ? local : whole;
  // No cue at all: neutral; callers treat dated neutral references as announcements.
  const tense: Tense = pick.past > pick.future ? 'past' : pick.past + pick.future === 0 ? 'neutral' : 'future';
  return { tense, sentence, sibling: null };
}

/**
 * Whether the date is introduced as another meeting: the nearest meeting phrase before it in
 * its sentence ("Nästa möte: fredag 6 december", "Vid förra mötet den 20 september", "Nästa
 * möten: 14 mars och 16 maj"), or one right after it ("24 maj Nästa nätverksmöte"). A phrase
 * further on belongs to another clause ("börjar den 1 juni och deltar vid nästa möte").
 */
function siblingMeeting(before: string, after: string): Sibling | null {
  if (!/nasta|kommande|forra|foregaende|senaste|save/.test(before + after)) return null;
  const last = (re: RegExp, s: string) => { let at = -1; re.lastIndex = 0; for (let m = re.exec(s); m; m = re.exec(s)) at = m.index; return at; };
  const next = last(NEXT, before);
  const prev = last(PREVIOUS, before);
  if (next >= 0 || prev >= 0) return next > prev ? 'next' : 'previous';
  const head = /^[\s:,(–-]*/.exec(after)![0].length;
  NEXT.lastIndex = head;
  if (NEXT.exec(after)?.index === head) return 'next';
  PREVIOUS.lastIndex = head;
  return PREVIOUS.exec(after)?.index === head ? 'previous' : null;
}

/** True for a line announcing the network's coming meetings ("Kommande möten", "Nästa träff:"). */
export function isNextMeetingLabel(folded: string): boolean {
  if (!folded.includes('nasta') && !folded.includes('kommande') && !folded.includes('save')) return false;
  NEXT.lastIndex = 0;
  return NEXT.test(folded);
}

/** Offset of the period ending the sentence in `rest`, -1 when none; "kl. 9–12" goes on. */
function sentenceEnd(rest: string): number {
  const re = /[.!?](?=\s|$)/g;
  for (let m = re.exec(rest); m; m = re.exec(rest)) {
    if (!/(?:^|[\s(])(?:kl|ca|t\.ex|bl\.a|s\.k|nr|jfr|inkl)$/i.test(rest.slice(Math.max(0, m.index - 6), m.index))) return m.index;
  }
  return -1;
}

function count(words: string[], forwardSection: boolean): { past: number; future: number } {
  let past = 0;
  let future = forwardSection ? 2 : 0;
  for (const w of words) {
    if (PAST.has(w)) past++;
    else if (FUTURE.has(w)) future++;
    else if (w.length > 5 && (w.endsWith('ades') || (w.endsWith('ade') && !w.endsWith('ande')))) past++;
  }
  return { past, future };
}

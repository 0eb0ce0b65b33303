// Decides whether a dated sentence looks back ("har beslutat", "presenterades", "se mejl från")
// or forward ("Nästa nätverksmöte", "ska beslutas", "senast", "lansering") from the meeting.
import { foldKey } from './fold';
import { sentenceStart } from './sentences';

export type Tense = 'past' | 'future' | 'neutral';

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
export function dateTense(line: string, start: number, stop: number, forwardSection: boolean): { tense: Tense; sentence: string } {
  const sStart = sentenceStart(line, start);
  const after = line.slice(stop);
  const endRel = after.search(/[.!?](\s|$)/);
  const sentence = line.slice(sStart, endRel < 0 ? line.length : stop + endRel + 1).trim();
  // The words just before the date decide first ("inför beslut ... den 3 mars" is ahead even
  // when the sentence ends "har skickats"); the whole sentence decides otherwise.
  const local = count(foldKey(line.slice(sStart, start)).split(/[^a-z*]+/).filter(Boolean).slice(-5), false);
  const whole = count(foldKey(sentence).split(/[^a-z*]+/), forwardSection);
  const pick = local.past !== local.future ? local : whole;
  // No cue at all: neutral; callers treat dated neutral references as announcements.
  const tense: Tense = pick.past > pick.future ? 'past' : pick.past + pick.future === 0 ? 'neutral' : 'future';
  return { tense, sentence };
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

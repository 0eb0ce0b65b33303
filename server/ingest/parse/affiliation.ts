// Resolves the affiliation part of an attendance line ("Goteborgs Stad", "GR/FoU | Vast",
// "Social Resurs Göteborg", "koncernkontoret VGR") to a canonical municipality or organisation.
import { foldKey } from './fold';
import type { AffiliationKind } from './types';
import { tokenize, type Token } from './tokenize';
import type { MunicipalityEntry, Vocabulary } from './vocabulary';

export interface ResolvedAffiliation {
  name: string;
  kind: AffiliationKind;
  surface: string;
  /** Words left over next to the match, e.g. "koncernkontoret" or "Social Resurs". */
  unit: string | null;
  /** False when nothing in the vocabulary matched and the text is kept as written. */
  known: boolean;
}

// "Lerums kommun", "City of Gothenburg", "GR staff": words that name no unit.
const FILLER = /^(kommun|stad|stads|kommuns|kommunen|staden|i|och|the|s|city|of|municipality|council|staff|personal)$/i;

/** Words outside tokens[first, end) other than filler ("kommun", "i"), joined; null when none. */
function leftover(tokens: Token[], first: number, end: number): string | null {
  const rest = tokens.filter((t, i) => (i < first || i >= end) && !FILLER.test(t.raw)).map((t) => t.raw);
  return rest.length ? rest.join(' ') : null;
}

/** The district of the municipality the matched phrase writes (in any of its forms), or undefined. */
function districtOf(m: MunicipalityEntry, phrase: string): string | undefined {
  const key = foldKey(phrase);
  return m.districts?.find((d) => foldKey(d) === key);
}

/** Canonical affiliation for `text`, or null when it names no known place or organisation. */
export function resolveAffiliation(text: string, vocab: Vocabulary): ResolvedAffiliation | null {
  // OCR reads the "i" in "FoU i Väst" as a bar.
  const surface = text.replace(/\s+\|\s+/g, ' i ').replace(/[.;:]+$/, '').trim();
  const tokens = tokenize(surface);
  if (tokens.length === 0) return null;
  const orgs = vocab.organisation.findAll(tokens);
  const munis = vocab.municipality.findAll(tokens);
  // The last organisation named is the most specific one: "GR/FoU i Väst" → FoU i Väst.
  const org = orgs[orgs.length - 1];
  const muni = munis[0];
  const orgSpan = org ? org.endToken - org.firstToken : 0;
  const muniSpan = muni ? muni.endToken - muni.firstToken : 0;
  if (org && orgSpan >= muniSpan) {
    const unit = leftover(tokens, org.firstToken, org.endToken);
    if (org.value.municipality) return { name: org.value.municipality, kind: 'municipality', surface, unit: org.value.name, known: true };
    return { name: org.value.name, kind: 'organisation', surface, unit, known: true };
  }
  if (muni) {
    const unit = leftover(tokens, muni.firstToken, muni.endToken);
    // "SDF Hisingen", "Ostra Géteborg": a district names the municipality and is the unit within it.
    const district = districtOf(muni.value, muni.phrase);
    if (district) return { name: muni.value.name, kind: 'municipality', surface, unit: unit ? `${unit} ${district}` : district, known: true };
    // "FoU Malmö" style: an R&D unit of a municipality not in the vocabulary is an organisation.
    if (unit && /^fou$/i.test(unit)) return { name: `FoU ${muni.value.name}`, kind: 'organisation', surface, unit: null, known: true };
    return { name: muni.value.name, kind: 'municipality', surface, unit, known: true };
  }
  return null;
}

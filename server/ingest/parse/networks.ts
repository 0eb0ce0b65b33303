// Which networks a meeting belongs to: named in the title, in attendance group headings or in
// unnumbered headings ("Temaområden för IFO-chefsnätverket"). Numbered items are left out
// because "7. Nätverk verksamhetsutvecklare" reports on another network. With nothing named,
// the network is guessed from the body: its own name counts 3, its topic keywords 1.
// A network name the vocabulary lacks ("Äldreomsorgsnätverket") counts when the title names it.
import type { Line } from './normalize-text';
import { mayNameNetwork, unknownNetworkNames } from './network-names';
import { tokenize, type Token } from './tokenize';
import type { Candidate } from './types';
import type { Vocabulary } from './vocabulary';

export interface NetworkInput {
  lines: Line[];
  tokens: (i: number) => Token[];
  /** Line indexes of the title block and unnumbered headings. */
  headingLines: number[];
  /** Line indexes of the title block alone. */
  titleLines: number[];
  groupNetworks: string[];
  bodyFrom: number;
  vocab: Vocabulary;
}

export interface NetworkResult {
  networks: string[];
  inferred: boolean;
  /** Networks of the title the vocabulary lacks, as candidates for review. */
  unlisted: Candidate[];
}

// "IFO- och FH-chefsnätverken", "IFO- och FH-cheferna": the first half of an elided pair
// borrows the second's ending, so each half reads as the network it names.
const ELIDED = /(\p{L}+)- (?:och|eller|samt|&) (\p{L}+)-(\p{L}+)/gu;

/** The tokens of `text` with its elided pairs written out, or null when it has none. */
function elisionTokens(text: string): Token[] | null {
  if (!text.includes('- ')) return null;
  const full = text.replace(ELIDED, '$1-$3 och $2-$3');
  return full === text ? null : tokenize(full);
}

/** Network names and whether they were inferred from content. */
export function findNetworks(input: NetworkInput): NetworkResult {
  const { lines, tokens, vocab } = input;
  const found: string[] = [];
  const titles = new Set(input.titleLines);
  for (const i of input.headingLines) {
    const own = tokens(i);
    const elided = elisionTokens((lines[i] as Line).text);
    const matchers = titles.has(i) ? [vocab.network, vocab.networkTitle] : [vocab.network];
    for (const matcher of matchers) {
      for (const toks of elided ? [own, elided] : [own]) {
        for (const m of matcher.findAll(toks, true)) if (!found.includes(m.value.name)) found.push(m.value.name);
      }
    }
  }
  for (const g of input.groupNetworks) if (!found.includes(g)) found.push(g);
  const unlisted: Candidate[] = [];
  for (const i of input.titleLines) {
    const l = lines[i] as Line;
    if (!mayNameNetwork(l.key)) continue;
    for (const n of unknownNetworkNames(l.text, vocab, true, l.key, tokens(i))) {
      if (!unlisted.some((c) => c.name === n.name)) unlisted.push({ name: n.name, kind: 'network', evidence: l.text, line: l.n });
    }
  }
  if (found.length || unlisted.length) {
    return { networks: [...vocab.data.networks.map((n) => n.name).filter((n) => found.includes(n)), ...unlisted.map((c) => c.name)], inferred: false, unlisted };
  }
  const score = new Map<string, number>();
  const add = (name: string, s: number) => score.set(name, (score.get(name) ?? 0) + s);
  for (let i = input.bodyFrom; i < lines.length; i++) {
    if ((lines[i] as Line).blank) continue;
    const toks = tokens(i);
    for (const m of vocab.network.findAll(toks, true)) add(m.value.name, 3);
    for (const m of vocab.networkContent.findAll(toks, true)) add(m.value.name, 1);
  }
  const ranked = [...score].sort((a, b) => b[1] - a[1]);
  const top = ranked[0];
  if (!top || top[1] < 3) return { networks: [], inferred: true, unlisted };
  return { networks: [top[0]], inferred: true, unlisted };
}

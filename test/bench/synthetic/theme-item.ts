// One agenda item about a theme, with presenters and sometimes a list of questions.
import { DISCUSSION, QUESTIONS } from './phrases.js';
import type { Person } from './population.js';
import type { Rng } from './prng.js';
import { presenterSentence } from './sentences.js';
import type { ThemeDef } from './themes.js';
import type { AgendaItem } from './types.js';

/** An item written about one theme; its text always names the theme. */
export function themeItem(rng: Rng, theme: ThemeDef, speakers: readonly Person[]): AgendaItem {
  const item: AgendaItem = { title: rng.pick(theme.titles), paragraphs: [], bullets: [], presenters: [], topic: theme.topic };
  if (speakers.length > 0 && rng.chance(0.6)) {
    const presenter = rng.pick(speakers);
    item.presenters.push(presenter);
    item.paragraphs.push(presenterSentence(rng, presenter, theme.topic));
  }
  const [first, ...rest] = rng.shuffle(theme.sentences);
  item.paragraphs.push(first ?? theme.topic);
  item.spare = rest;
  if (rng.chance(0.25)) {
    item.bulletIntro = rng.pick(['Frågor att ställa inför förändring:', 'I rundan föreslår grupperna att nedan frågor ställs:']);
    item.bullets.push(...rng.sample(QUESTIONS, rng.int(4, 9)));
  }
  if (rng.chance(0.5)) item.paragraphs.push(rng.pick(DISCUSSION));
  return item;
}

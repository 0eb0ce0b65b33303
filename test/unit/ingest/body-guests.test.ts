// Guests the running text introduces ("Under punkt 4 deltog Anna Berg från SKR"): people who
// took part without being on the attendance list.
import { describe, expect, it } from 'vitest';
import { attendee, snippet } from './corpus-helpers';

const note = (...body: string[]) => snippet(['Anteckningar IFO-chefsnätverket 2022-05-03', '', 'Närvarande:', 'Lisa Holm, Lerum', 'Bo Ek, Ale', '', ...body].join('\n'));
const mention = (x: ReturnType<typeof snippet>, name: string) => x.peopleMentioned.find((m) => m.name === name);

describe('guests introduced by "deltog" / "medverkade"', () => {
  it('makes the guest an attendee under "Gäster" with the affiliation of the sentence', () => {
    const x = note('1. Inledning', 'Text.', '', '4. Hot och våld', 'Under punkt 4 deltog Anna Berg från SKR.');
    expect(attendee(x, 'Anna Berg')).toMatchObject({ affiliation: 'SKR', affiliationKind: 'organisation', group: 'Gäster', groups: ['Gäster'], line: 11 });
    expect(mention(x, 'Anna Berg')).toMatchObject({ agendaItem: '4', affiliation: 'SKR', guest: true });
  });

  it('accepts a first name no list knows, and the job title before the name', () => {
    const x = note('3. FYS', 'Under punkten medverkade professor Zeynep Kaya från Göteborgs universitet och presenterade FYS.');
    expect(attendee(x, 'Zeynep Kaya')).toMatchObject({ affiliation: 'Göteborgs universitet', role: 'professor', group: 'Gäster' });
    expect(mention(x, 'Zeynep Kaya')).toMatchObject({ title: 'professor', role: 'presenter' });
  });

  it('reads names joined to a guest as guests', () => {
    const x = note('3. Tillsyn', 'Som gäster deltog Jonas Ahl och Yusuf Demir från IVO.');
    expect(x.attendees.filter((a) => a.group === 'Gäster').map((a) => [a.name, a.affiliation])).toEqual([['Jonas Ahl', 'IVO'], ['Yusuf Demir', 'IVO']]);
  });

  it('lets "även"/"också" stand between the verb and the guest', () => {
    const x = note('1. Inledning', 'Vid dagens möte deltog även Johan Ek, Socialstyrelsen.');
    expect(attendee(x, 'Johan Ek')).toMatchObject({ affiliation: 'Socialstyrelsen', group: 'Gäster', role: null });
  });

  it('adds no one for a listed attendee, a negation or a name before the verb', () => {
    const x = note('1. Runda', 'Under punkten deltog Lisa Holm.', 'Vid mötet deltog inte Karin Olsson.', 'Anna Berg deltog i Almedalen i somras.', 'Deltog gjorde Zeynep Kaya inte.');
    expect(x.attendees.map((a) => a.name)).toEqual(['Lisa Holm', 'Bo Ek']);
    expect(mention(x, 'Anna Berg')?.guest).toBeUndefined();
    expect(mention(x, 'Zeynep Kaya')).toBeUndefined();
  });
});

describe('presenting verbs in the past tense', () => {
  it.each(['gick igenom', 'visade', 'redogjorde för', 'inledde med', 'beskrev', 'rapporterade om'])('"Lisa Holm %s ..." presents', (verb) => {
    const x = note('1. Hållbar socialtjänst', `Lisa Holm ${verb} utredningens förslag.`);
    expect(x.agendaItems[0]?.presenters).toEqual(['Lisa Holm']);
  });
});

describe('a pronoun opening the next sentence', () => {
  it('"Hon presenterade ..." makes the one person of the sentence before a presenter', () => {
    const x = note('3. FYS', 'Under punkt 3 deltog Karin Fält från Göteborgs universitet. Hon presenterade FYS.');
    expect(x.agendaItems[0]?.presenters).toEqual(['Karin Fält']);
  });
  it('"De berättade ..." makes all of them presenters', () => {
    const x = note('5. BROS', 'Under punkten medverkade Ulrika Berg och Mats Hall från ESF-rådet.', 'De berättade om utlysningen.');
    expect(x.agendaItems[0]?.presenters).toEqual(['Ulrika Berg', 'Mats Hall']);
  });
  it('takes no one when the pronoun does not fit the sentence before or no verb presents', () => {
    const x = note('3. Runda', 'Lisa Holm och Bo Ek var med.', 'Hon berättade om läget.', '', '4. Övrigt', 'Bo Ek var sjuk. Han tackade för sig.');
    expect(x.agendaItems.map((i) => i.presenters)).toEqual([[], []]);
  });
});

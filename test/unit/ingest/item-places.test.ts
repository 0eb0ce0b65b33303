// The municipalities an agenda item names: places, not the place-names inside other names.
import { describe, expect, it } from 'vitest';
import { snippet } from './corpus-helpers';

const item = (body: string) =>
  snippet(['IFO-chefsnätverket 2023-10-06', '', 'Deltagare', 'Lerum: Anna Berg', '', '## 3. Forskning', body].join('\n')).agendaItems.find((i) => i.number === '3')!;

describe('places an agenda item names', () => {
  it('are not the city in a university name', () => {
    expect(item('Gunilla Avby, lektor vid Stockholms universitet, presenterade studien.').municipalities).toEqual([]);
    expect(item('Forskare från Göteborgs universitet och Kungälv deltog.').municipalities).toEqual(['Kungälv']);
  });

  it('are not the city of a university or college the vocabulary lacks', () => {
    const x = item('Presentation av Barnafrid från Linköpings universitet och Malmö universitet. Lerum deltar.');
    expect(x.municipalities).toEqual(['Lerum']);
    expect(item('Linköping och Lerum deltar, med stöd från Jönköpings tekniska högskola.').municipalities).toEqual(['Linköping', 'Lerum']);
  });

  it("are the municipality whose own organisation is named", () => {
    expect(item('Social Resurs Göteborg berättade om arbetet.').municipalities).toEqual(['Göteborg']);
  });
});

describe('an organisation broken over the line end', () => {
  it('"… med Göteborgs" / "universitet." names the university, not Göteborg', () => {
    const x = snippet(['Socialchefsnätverket', 'Anteckningar 2021-02-05', '', 'Närvarande:', 'Kristina Wall, Ale', 'Maria Ljung, GR', '',
      '1. Mini-Maria', 'Maria Ljung redogjorde för läget i avtalsskrivningen med Göteborgs', 'universitet.'].join('\n'));
    expect(x.agendaItems[0]?.municipalities).toEqual([]);
    expect(x.municipalities).not.toContain('Göteborg');
  });
});

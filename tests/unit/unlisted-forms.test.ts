/**
 * How an unlisted outlet's name is read out of the text, across languages: descriptor nouns in
 * their case forms and compounds, function words inside names, a broadcaster's possessive, names
 * that outgrow a listed one; and the look-alikes each of those must leave alone.
 */
import { describe, expect, it } from 'vitest';
import rawCatalog from '../../utils/core/catalog.json';
import { parseCatalog } from '../../utils/core/catalog-schema';
import { buildCatalogIndex, buildReport, type ArticleInput } from '../../utils/core/report';

const index = buildCatalogIndex(parseCatalog(rawCatalog).catalog);

function outlets(text: string, lang: string, page: Partial<ArticleInput> = {}) {
  const input: ArticleInput = {
    url: 'https://news.example.org/a',
    title: 'A story',
    byline: null,
    siteName: null,
    lang,
    publishedTime: null,
    text,
    ...page,
  };
  return buildReport(input, index).outlets.map((o) => (o.listed ? o.id : `${o.name} (unlisted)`));
}

describe('unlisted names in their shapes', () => {
  it.each([
    // A descriptor noun in a case form ("tygodnika", genitive of "tygodnik").
    ['pl', 'Według tygodnika „Echo Mazur” szpital zostanie zamknięty.', 'Echo Mazur'],
    ['hr', 'Prema pisanju portala Vijesti Slavonije, cesta je zatvorena.', 'Vijesti Slavonije'],
    // A descriptor noun with its suffixed article, or closing a compound.
    ['nn', 'Ifølgje nettavisa Sogn Idag er vegen stengd.', 'Sogn Idag'],
    ['sv', 'Det skriver nyhetssajten Västkustnytt.', 'Västkustnytt'],
    // A date after the name is not part of it ("am Montag").
    [
      'de',
      'Wie der Lokalsender Radio Kinzigtal am Montag berichtete, bleibt sie zu.',
      'Radio Kinzigtal',
    ],
    // Function words inside a name, one or two in a row.
    [
      'fr',
      '« Nous ne fermerons pas », a-t-il confié au Courrier de la Dore.',
      'Courrier de la Dore',
    ],
    [
      'fr',
      'Le maire a déclaré à La Gazette de Vals que les travaux reprendraient.',
      'La Gazette de Vals',
    ],
    ['nl', 'Dat meldt de regionale krant Dagblad van de Vecht donderdag.', 'Dagblad van de Vecht'],
    // A word that opens names, and function words of the language inside one.
    [
      'pt',
      'O ministro disse ao Diário de Alcobaça que o hospital não fecha.',
      'Diário de Alcobaça',
    ],
    ['sw', 'Kwa mujibu wa gazeti la Sauti ya Pwani, daraja litafungwa.', 'Sauti ya Pwani'],
    // A broadcaster's programme: the name is the owner's.
    [
      'en',
      "Speaking on Radio Kestrel's Morning Drive programme, the minister denied it.",
      'Radio Kestrel',
    ],
    // A longer name ending with a listed one ("Kurir").
    ['hr', 'Kako piše regionalni dnevnik Posavski Kurir, most će biti zatvoren.', 'Posavski Kurir'],
  ])('[%s] %s', (lang, text, name) => {
    expect(outlets(text, lang)).toContain(`${name} (unlisted)`);
  });

  it.each([
    // A case ending glued to a Turkish noun puts it after its name: the next name is a person.
    ['tr', "Karar gazetesinden Elif Çakır'ın aktardığına göre, parti kongreye gidiyor.", ['karar']],
    // An institution in a case form after a descriptor ("sajtu Direkcije").
    ['sr', 'Redovi vožnje dostupni su na sajtu Direkcije za javni prevoz.', []],
    ['pl', 'Jak podaje portal Ministerstwa Zdrowia, szczepienia ruszą w maju.', []],
    // A descriptor's own words before a listed name ("la tv di Stato Trt").
    ['it', 'Come riporta la tv di Stato Trt, le forze armate sono pronte.', ['trt']],
    // A listed name ending read on with a place, or a weekday after a German compound.
    [
      'es',
      'Según publicó el diario La Nación de Buenos Aires, la inflación bajará.',
      ['la-nacion-argentina'],
    ],
    ['de', 'Das meldete die „Bild“-Zeitung am Freitag.', ['bild']],
    // A compound whose noun is no news noun ("Vergleichsportal"), a subject's own channel.
    ['de', 'Wie das Vergleichsportal Preisfuchs mitteilte, steigen die Preise.', []],
    ['cs', 'Na svém kanálu Hlas Lidu to oznámil sám poslanec.', []],
    // An official gazette prints laws, not news.
    ['pt', 'Segundo o Diário Oficial da União, a medida entra em vigor hoje.', []],
    // The page's own paper, named inside its address.
    ['pl', 'Na łamach nowego wydania tygodnika „Sieci” publikujemy wywiad.', []],
  ])('[%s] not another outlet: %s', (lang, text, expected) => {
    const page = { url: 'https://wsieciprawdy.pl/a' };
    expect(outlets(text, lang, lang === 'pl' ? page : {})).toEqual(expected);
  });
});

/**
 * Word tables of Serbian, Croatian and Bosnian (one grammar, three standards): the packs sr.ts,
 * hr.ts and bs.ts share them, as nb/nn share nb.ts. A table holds the forms of every standard
 * ("preneo" and "prenio", "saopštio" and "priopćio", "izveštaj" and "izvještaj"): a form of one
 * standard never means something else in another. Tables are written in Latin script; `bothScripts`
 * gives every pattern in Serbian Cyrillic too ("rekao je za N1" / "рекао је за Н1").
 */
import { alternation, phrases } from './regex';

/**
 * Past participles given by their feminine form ("objavila"), one per line: each stands for its
 * masculine, neuter and plural ("objavio, objavilo, objavili, objavile"). The masculine is the
 * stem plus "o" after a vowel ("objavi-o"), "ao" after a consonant ("rek-ao"); a line may add
 * the forms that do not follow ("prenijela prenio").
 */
export function participles(table: string): string {
  const all: string[] = [];
  for (const line of table.split('\n')) {
    const [fem, ...rest] = line.trim().split(/\s+/).filter(Boolean);
    if (!fem) continue;
    const stem = fem.slice(0, -2);
    const masc = /[aeiou]$/.test(stem) ? `${stem}o` : `${stem}ao`;
    all.push(fem, masc, `${stem}lo`, `${stem}li`, `${stem}le`, ...rest);
  }
  return alternation(all);
}

/** Present forms, singular and plural, one verb per line: "piše pišu". */
export function presents(table: string): string {
  return alternation(table.split(/\s+/).filter(Boolean));
}

/** Reporting verbs, past: "Tanjug je objavio", "kako je preneo N1", "Index je doznao". */
export const REPORTED_PAST = participles(`
  objavila
  pisala
  napisala
  javila
  prenela
  prenijela prenio
  navela
  saopštila
  saopćila
  priopćila
  izvestila
  izvijestila
  obavestila
  obavijestila
  saznala
  doznala
  otkrila
  potvrdila
  istakla
  istaknula
  podsetila
  podsjetila
  upozorila
  izračunala
  utvrdila
  ustanovila
  ocenila
  ocijenila
  procenila
  procijenila
  citirala
  analizirala
  primetila
  primijetila
  precizirala
  prenosila
  javljala
  izveštavala
  izvještavala
  najavila
  konstatovala
  konstatirala
  zabeležila
  zabilježila
  iznela izneo
  iznijela iznio
`);

/** Reporting verbs, present: "piše Blic", "javlja Tanjug", "prenosi agencija Beta". */
export const REPORTS_NOW = presents(`
  piše pišu
  javlja javljaju
  prenosi prenose
  navodi navode
  saznaje saznaju
  doznaje doznaju
  tvrdi tvrde
  ističe ističu
  podseća podsećaju
  podsjeća podsjećaju
  objavljuje objavljuju
  izveštava izveštavaju
  izvještava izvještavaju
  izvješćuje izvješćuju
  otkriva otkrivaju
  upozorava upozoravaju
  procenjuje procjenjuje
  ocenjuje ocjenjuje
  analizira analiziraju
  citira citiraju
  primećuje primjećuje
  saopštava priopćuje
  konstatuje konstatira
  dodaje dodaju
  potvrđuje
`);

/** Verbs of saying whose hearer follows ("rekao je za N1", "izjavila je Tanjugu"). */
export const SAID = `(?:${participles(`
  rekla
  izjavila
  kazala
  potvrdila
  objasnila
  pojasnila
  ispričala
  priznala
  poručila
  istakla
  istaknula
  dodala
  navela
  odgovorila
  otkrila
  naglasila
  prokomentarisala
  prokomentirala
  komentarisala
  komentirala
  ocenila
  ocijenila
  tvrdila
  saopštila
  priopćila
  najavila
  uverila
  uvjerila
  napomenula
  upozorila
  demantovala
  demantirala
  govorila
`)}|${presents(`
  kaže kažu
  izjavljuje
  tvrdi
  objašnjava
  pojašnjava
  ističe
  navodi
  poručuje
  potvrđuje
  otkriva
  ocenjuje ocjenjuje
  naglašava
  dodaje
  komentariše komentira
`)})`;

/** Auxiliaries and small words between a verb and the name: "objavio je danas N1". */
export const CLITICS = phrases(`
  je
  su
  bi
  će
  sam
  se
  to
  mu
  joj
  im
  o
  tome
  danas
  juče
  jučer
  sinoć
  ranije
  već
  takođe
  također
  isto
  prvi
  prva
  prvo
  ekskluzivno
  nezvanično
  neslužbeno
  u ponedeljak
  u ponedjeljak
  u utorak
  u sredu
  u srijedu
  u četvrtak
  u petak
  u subotu
  u nedelju
  u nedjelju
`);

/** Nouns of information after "prema" or "po": "prema pisanju Blica", "prema saznanjima N1". */
export const INFO = phrases(`
  pisanju
  pisanjima
  navodima
  informacijama
  saznanjima
  podacima
  izveštaju
  izvještaju
  izveštajima
  izvještajima
  vestima
  vijestima
  tekstu
  članku
  analizi
  procenama
  procjenama
  računici
  izračunu
  nezvaničnim informacijama
  neslužbenim informacijama
  neslužbenim saznanjima
  nezvaničnim saznanjima
  dokumentima
  izvorima
  objavi
`);

/** Media events where a guest speaks: "u intervjuu za", "gostujući u emisiji … na", "u Dnevniku". */
export const ON_AIR = phrases(`
  u intervjuu za
  u intervjuu
  u ekskluzivnom intervjuu za
  u razgovoru za
  u razgovoru s
  u razgovoru sa
  gostujući na
  gostujući u
  gostujući u emisiji
  gost emisije
  u emisiji
  u jutarnjem programu
  u programu
  u studiju
  u studiju televizije
  u podkastu
  u podcastu
  u dnevniku
  u centralnom dnevniku
  u središnjem dnevniku
  za mikrofon
  na talasima
  u eteru
`);

/** Latin to Serbian Cyrillic, digraphs first. */
const TO_CYRILLIC: [string, string][] = [
  ['lj', 'љ'],
  ['nj', 'њ'],
  ['dž', 'џ'],
  ...[...'abcčćdđefghijklmnoprsštuvzž'].map((c, i): [string, string] => [
    c,
    'абцчћдђефгхијклмнопрсштувзж'[i],
  ]),
];

/**
 * A pattern source written in Latin letters, in Serbian Cyrillic: letters change, escapes
 * ("\s", "\b", "\p{L}") stay. Lower-case letters only; patterns are case-insensitive.
 */
export function cyrillic(source: string): string {
  let out = '';
  for (let i = 0; i < source.length; i++) {
    if (source[i] === '\\') {
      const end = source[i + 1] === 'p' ? source.indexOf('}', i) + 1 : i + 2;
      out += source.slice(i, end);
      i = end - 1;
      continue;
    }
    const pair = TO_CYRILLIC.find(([lat]) => source.startsWith(lat, i));
    out += pair ? pair[1] : source[i];
    if (pair) i += pair[0].length - 1;
  }
  return out;
}

/** A pattern source in Latin and its Cyrillic twin, as one group. */
export function bothScripts(source: string): string {
  return `(?:${source}|${cyrillic(source)})`;
}

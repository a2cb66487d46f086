/**
 * Names of a Wikidata paper, sorted into running-text names (matched anywhere, so they must be
 * distinctive) and short names (matched only with a cue and context, see `Outlet.shortNames`).
 */
import { isGenericAlias } from './text';
import { isUnspacedScript, languageOfName, scriptOf } from './scripts';
import type { WikidataPaper } from './wikidata';
import { COUNTRY_LANGUAGE } from './wikidata-tables';

/**
 * Words that mark a newspaper's name, in many languages ("Times", "Zeitung", "Dépêche", "Газета").
 * A Wikidata name needs one of these next to a word of its own to be matched on its own: "Yakima
 * Herald-Republic" is plainly a paper, "Air Force" or "Río Negro" is a phrase that also names one.
 */
export const NEWSPAPER_WORDS = new Set(
  // English
  (
    'advertiser advocate appeal argus banner beacon bee bulletin call chronicle citizen clarion ' +
    'courier daily dealer democrat dispatch eagle echo enquirer enterprise examiner express ' +
    'gazette gleaner globe guardian herald independent inquirer intelligencer journal leader ' +
    'ledger mail mercury messenger monitor news observer pilot pioneer post press record ' +
    'recorder register reporter republic republican review sentinel signal spectator standard ' +
    'star statesman sun telegram telegraph times today tribune union voice weekly world ' +
    // French, Spanish, Portuguese, Italian, Catalan
    'avenir courrier dépêche depeche écho hebdo hebdomadaire journal libre liberté matin ' +
    'nouvelles nouvelliste progrès provençal quotidien républicain soir diario diário periódico ' +
    'periodico gaceta heraldo noticias noticiero prensa semanario tiempo voz jornal folha ' +
    'correio notícias corriere gazzetta giornale gazzettino messaggero notizie quotidiano ' +
    'tempo diari setmanari ' +
    // German, Dutch, Nordic
    'allgemeine anzeiger blatt bote kurier nachrichten presse rundschau tagblatt tageblatt ' +
    'zeitung wochenblatt woche courant dagblad krant nieuwsblad avis avisa avisen blad bladet ' +
    'dagblad dagbladet folkeblad folkblad nyheter posten tidende tidning tidningen sanomat ' +
    'lehti uutiset ' +
    // Central and Eastern Europe, Turkish (Latin script)
    'dziennik gazeta kurier tygodnik głos noviny denik deník listy hírlap napló újság ziar ' +
    'ziarul gazete haber vijesti novine novosti vesti list glas ' +
    // Cyrillic and Greek
    'газета вестник вісник новости новини известия правда курьер кур’єр ведомости время ' +
    'голос слово трибуна известия εφημερίδα'
  ).split(' '),
);

const ARTICLES = new Set(
  'the a an le la les l el los las lo il i gli der die das de het een o os as al een ein eine'.split(
    ' ',
  ),
);

/** Strips a trailing qualifier: "Clarín (Chile)" → "Clarín", "Hope (newspaper)" → "Hope". */
export function stripQualifier(name: string): string {
  return name.replace(/\s*\([^()]*\)\s*$/, '').trim();
}

/** The words of a name that are not leading articles ("The Tech" → ["Tech"]). */
function contentWords(name: string): string[] {
  const words = name.split(/\s+/).filter(Boolean);
  let i = 0;
  while (i < words.length - 1 && ARTICLES.has(words[i].toLocaleLowerCase().replace(/['’]$/, '')))
    i++;
  return words.slice(i);
}

/**
 * A single word no dictionary has: inner capitals ("HuffPost"), letters and digits ("14ymedio"),
 * two capitalized halves ("Tages-Anzeiger"), or an address ("Lenta.ru").
 */
function isBrandShaped(word: string): boolean {
  return (
    /\p{Ll}\p{Lu}/u.test(word) ||
    (word.length >= 4 && /\d/.test(word) && /\p{L}/u.test(word)) ||
    /^\p{Lu}\p{Ll}+-\p{Lu}\p{Ll}+$/u.test(word) ||
    /^\p{L}[\p{L}\d-]*\.[a-z]{2,}$/u.test(word)
  );
}

/**
 * True when a Wikidata name can be matched in running text on its own: two content words or
 * more, one of them a newspaper word and one not ("Yakima Herald", "Berliner Zeitung"); a
 * brand-shaped word; a Chinese, Japanese or Korean name that says it is a paper; four characters
 * or more in another script without spaces. Single words ("Kurier", "Le Soleil"), generic phrases
 * ("Daily News", "El Diario") and phrases that are not papers' names first ("Air Force", "Río
 * Negro") become short names, left to the context vote.
 */
export function isDistinctiveName(name: string): boolean {
  const script = scriptOf(name);
  if (script === 'Hani' || script === 'Jpan' || script === 'Hang') return CJK_PAPER.test(name);
  if (isUnspacedScript(script)) return name.length >= 4;
  if (name.length < 5 || isGenericAlias(name)) return false;
  const words = contentWords(name);
  if (words.length < 2) return words.length === 1 && isBrandShaped(words[0]);
  const parts = words.flatMap((w) => w.toLocaleLowerCase().split(/[-–]/));
  const isPaperWord = (w: string) => NEWSPAPER_WORDS.has(w.replace(/[.,:;!?'’]+$/, ''));
  return parts.some(isPaperWord) && parts.some((w) => !isPaperWord(w) && !ARTICLES.has(w));
}

/** Chinese, Japanese and Korean papers' names say what they are: 日报, 新聞, 時報, 신문, 일보… */
const CJK_PAPER = /[报報刊]|新[聞闻]|时报|時報|周刊|週刊|신문|일보|뉴스|타임스/;

/** A name as the candidate sorting sees it: language key and spelling. */
export interface PaperName {
  lang: string;
  name: string;
}

/**
 * The display name (the first printed title, else the English label) and every name in its
 * language: titles under the language they are written in, the English label under `en` unless a
 * title already spells it. Labels that are only an item number are skipped.
 */
export function paperNames(p: WikidataPaper): { display: string; names: PaperName[] } {
  const cached = namesCache.get(p);
  if (cached) return cached;
  const countryLanguage = p.country ? COUNTRY_LANGUAGE[p.country] : undefined;
  const seen = new Set<string>();
  const names: PaperName[] = [];
  const add = (lang: string, raw: string) => {
    const name = stripQualifier(raw);
    const key = name.toLocaleLowerCase();
    if (!name || seen.has(key)) return;
    seen.add(key);
    names.push({ lang, name });
  };
  for (const t of p.titles) add(languageOfName(t, p.languages, countryLanguage), t);
  const hasLabel = !/^Q\d+$/.test(p.label);
  if (hasLabel) add('en', p.label);
  const label = hasLabel ? stripQualifier(p.label) : undefined;
  const display =
    p.titles.find((t) => label && t.toLocaleLowerCase() === label.toLocaleLowerCase()) ??
    p.titles[0] ??
    label ??
    p.hosts[0] ??
    p.qid;
  const result = { display, names };
  namesCache.set(p, result);
  return result;
}

/** Papers are read-only once built, so their names are worked out once. */
const namesCache = new WeakMap<WikidataPaper, { display: string; names: PaperName[] }>();

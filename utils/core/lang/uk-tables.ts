/**
 * Word tables of the Ukrainian pack (uk.ts): reporting verbs in every gender and number, verbs
 * of saying, the small words between a verb and the name, nouns of information, and the outlet
 * nouns in every case ("телеканал", "телеканалу", "телеканалом", "телемарафону", "агенції").
 */
import { alternation, phrases } from './regex';

/**
 * A table of past forms given by their masculine form in -в, one per line: "повідомив" →
 * повідомив, повідомила, повідомило, повідомили. A line may add the forms that do not follow
 * ("розповів розповіла…", the reflexive "дізнався дізналася дізналась…").
 */
function past(table: string): string {
  const stems: string[] = [];
  const others: string[] = [];
  for (const line of table.split('\n')) {
    const [head, ...rest] = line.trim().split(/\s+/).filter(Boolean);
    if (!head) continue;
    if (head.endsWith('в') && !rest.length) stems.push(head.slice(0, -1));
    else others.push(head);
    others.push(...rest);
  }
  // One group of stems and one of endings: a quarter of the size of the forms spelled out.
  const regular = `${alternation(stems)}(?:в|ла|ло|ли)`;
  return others.length ? `(?:${regular}|${alternation(others)})` : `(?:${regular})`;
}

/** A one-word-per-entry table as an alternation; the apostrophe in all three of its forms. */
function words(list: string[]): string {
  return apostrophes(alternation(list));
}

/** Ukrainian writes the apostrophe as ', ’ or ʼ ("з'ясувала", "інтерв’ю", "зʼясувала"). */
export function apostrophes(source: string): string {
  return source.replace(/\['’ʼ?\]|['’ʼ]/g, "['’ʼ]");
}

const REPORTED_PAST = past(`
  повідомив
  поінформував
  інформував
  писав
  написав
  передав
  уточнив
  зазначив
  з'ясував
  опублікував
  оприлюднив
  цитував
  процитував
  наголосив
  підкреслив
  нагадав
  підрахував
  порахував
  встановив
  виявив
  розкрив
  констатував
  анонсував
  підтвердив
  оцінив
  проаналізував
  звернув
  повідомляв
  передавав
  зазначав
  наголошував
  нагадував
  стверджував
  з'ясовував
  навів навела навело навели
  дізнався дізналася дізналась дізналося дізналось дізналися дізнались
`);

const REPORTS_NOW = `
  повідомляє повідомляють
  пише пишуть
  передає передають
  інформує інформують
  уточнює уточнюють
  зазначає зазначають
  з'ясовує з'ясовують
  дізнається дізнаються
  публікує публікують
  цитує цитують
  наголошує наголошують
  підкреслює підкреслюють
  нагадує нагадують
  стверджує стверджують
  констатує констатують
  наводить наводять
  звертає звертають
`
  .split(/\s+/)
  .filter(Boolean);

/** Reporting verbs of any tense: "повідомило Суспільне", "як з'ясувала «Європейська правда»". */
export const REPORTS = apostrophes(`(?:${REPORTED_PAST}|${alternation(REPORTS_NOW)})`);

/** Verbs of saying whose hearer follows in the dative: "розповів «Економічній правді»". */
export const SAID = apostrophes(
  `(?:${past(`
  сказав
  заявив
  пояснив
  підтвердив
  прокоментував
  уточнив
  додав
  зазначив
  наголосив
  повідомив
  пообіцяв
  визнав
  розповів розповіла розповіло розповіли
  відповів відповіла відповіло відповіли
  зізнався зізналася зізналась зізналися зізнались
  поділився поділилася поділилась поділилися поділились
  поскаржився поскаржилася поскаржилась поскаржилися
`)}|${alternation(
    'каже кажуть розповідає розповідають заявляє заявляють пояснює пояснюють додає зазначає наголошує'.split(
      ' ',
    ),
  )})`,
);

/** Small words between a verb and the name: "пише в середу «Економічна правда»". */
export const FILLERS = apostrophes(
  phrases(`
  також
  теж
  вже
  уже
  раніше
  сьогодні
  вчора
  напередодні
  першим
  першою
  першими
  вперше
  зранку
  ввечері
  вночі
  офіційно
  ексклюзивно
  про це
  в понеділок
  у понеділок
  у вівторок
  в середу
  у середу
  в четвер
  у четвер
  у пʼятницю
  у п'ятницю
  в п'ятницю
  в суботу
  у суботу
  в неділю
  у неділю
  кореспондент
  власний кореспондент
`),
);

/** Nouns of information after "за": "за даними", "за інформацією", "за підрахунками". */
export const INFO = words(
  'даними інформацією відомостями словами повідомленням повідомленнями матеріалами версією підрахунками оцінками розрахунками'.split(
    ' ',
  ),
);

/** Whose information it is, between the noun and the outlet: "за даними джерел РБК-Україна". */
export const HOLDERS = words(
  'джерел джерела співрозмовників співрозмовника журналістів кореспондента аналітиків експертів'.split(
    ' ',
  ),
);

/** Nouns after "як випливає з": "з матеріалу «Економічної правди»". */
export const SOURCES_GEN = words(
  'матеріалу публікації статті даних повідомлення розслідування репортажу звіту документа'.split(
    ' ',
  ),
);

/** Every case form of nouns sharing a stem ('-' is the bare stem). */
function cases(stem: string, endings: string): string[] {
  return endings.split(' ').map((e) => (e === '-' ? stem : stem + e));
}

/** Outlet nouns in every case, by type: they read a name the catalog does not know. */
export const OUTLET_NOUNS = {
  'news-agency': [
    ...cases('агенці', 'я ї ю єю'),
    ...cases('інформагенці', 'я ї ю єю'),
    ...cases('агентств', 'о а у ом і'),
    ...cases('інформаційн', 'е ого ому им ім').map((a) => `${a} агентство`),
  ],
  newspaper: [
    ...cases('газет', 'а и і у ою'),
    ...cases('щоденник', '- а у ові ом і'),
    ...cases('таблоїд', '- а у ові ом і'),
  ],
  broadcaster: [
    ...cases('телеканал', '- у а ові ом і'),
    ...cases('канал', '- у а ові ом і'),
    ...cases('телекомпані', 'я ї ю єю'),
    ...cases('радіостанці', 'я ї ю єю'),
    ...cases('телемарафон', '- у ові ом і'),
    ...cases('мовник', '- а у ові ом'),
    'радіо',
  ],
  magazine: [...cases('журнал', '- у ові ом і'), ...cases('тижневик', '- а у ові ом і')],
  online: [
    ...cases('видання', '- м'),
    'виданню',
    ...cases('інтернет-видання', '- м'),
    'інтернет-виданню',
    ...cases('портал', '- у ові ом і'),
    'медіа',
  ],
};

/** Adjectives before an outlet noun: nationality ("польське"), scope, trade, stance. */
const ADJECTIVE = `(?:[а-яєіїґ-]*(?:ськ|цьк|ов|ев|ин|льн|тн|ств)|державн|інформаційн|регіональн|місцев|обласн|районн|столичн|діл?ов|суспільн|незалежн|опозиційн|західн|провідн|впливов|фінансов|економічн|новинн|приватн|міжнародн|спортивн|популярн|відом|офіційн)(?:ий|ій|а|я|е|є|і|ї|ого|ього|ому|ьому|им|ім|у|ю|ою|ею|ої|ої|их|іх|ими)`;

/** A descriptor before a name: "агентству", "польське видання", "телемарафону". */
export const DESCRIPTOR = `(?:${ADJECTIVE}\\s+){0,2}${alternation(Object.values(OUTLET_NOUNS).flat())}`;

/** Months in the genitive, as a dateline writes them ("5 грудня"). */
export const MONTHS = words(
  'січня лютого березня квітня травня червня липня серпня вересня жовтня листопада грудня'.split(
    ' ',
  ),
);

/**
 * Word tables of the Russian pack (ru.ts): reporting verbs in every gender and number, verbs of
 * saying, the small words between a verb and the name, nouns of information, and the outlet
 * nouns in every case ("телеканал", "телеканала", "телеканалу", "телеканалом", "телеканале").
 */
import { alternation, phrases } from './regex';
import { forms } from './slavic';

/**
 * Past forms given by their masculine l-form, one verb per line, as one group of stems and one
 * of endings ("сообщил" → сообщил, сообщила, сообщило, сообщили), which compiles to a pattern a
 * quarter of the size of the forms spelled out. A line may add forms that do not follow
 * ("пожаловался пожаловалась пожаловались").
 */
function pastForms(table: string): string {
  const heads: string[] = [];
  const others: string[] = [];
  for (const line of table.split('\n')) {
    const [head, ...rest] = line.trim().split(/\s+/).filter(Boolean);
    if (!head) continue;
    (head.endsWith('л') ? heads : others).push(head);
    others.push(...rest);
  }
  const regular = `${alternation(heads)}(?:а|о|и)?`;
  return others.length ? `(?:${regular}|${alternation(others)})` : `(?:${regular})`;
}

/** Reporting verbs, past: "ТАСС сообщил", "как писали «Ведомости»", "выяснило РБК". */
const REPORTED_PAST = pastForms(
  `
  сообщил
  писал
  написал
  передал
  передавал
  информировал
  проинформировал
  уточнил
  отметил
  выяснил
  узнал
  опубликовал
  публиковал
  цитировал
  процитировал
  утверждал
  подчеркнул
  напомнил
  подсчитал
  посчитал
  указал
  раскрыл
  обнаружил
  установил
  констатировал
  анонсировал
  предупредил
  заметил
  обратил
  рассчитал
  оценил
  проанализировал
  сообщал
  отмечал
  указывал
  уточнял
  напоминал
  подчеркивал подчёркивал подчеркивала подчёркивала подчеркивали подчёркивали
  выяснял
  привел привёл
`,
);

/** Reporting verbs, present, singular and plural: "пишет РБК", "сообщают «Известия»". */
const REPORTS_NOW = forms(`
  сообщает сообщают
  пишет пишут
  передает передаёт передают
  информирует информируют
  уточняет уточняют
  отмечает отмечают
  выясняет выясняют
  узнает узнаёт узнают
  публикует публикуют
  цитирует цитируют
  утверждает утверждают
  подчеркивает подчёркивает подчеркивают
  напоминает напоминают
  подсчитывает подсчитали
  указывает указывают
  констатирует констатируют
  предупреждает предупреждают
  приводит приводят
  обращает обращают
`);

/** Reporting verbs of any tense and the phrases that report: "привело слова", "обратил внимание". */
export const REPORTS = `(?:${REPORTED_PAST}|${REPORTS_NOW})`;

/** Verbs of saying whose hearer follows in the dative: "рассказал «Ведомостям»", "сказал РБК". */
export const SAID = `(?:${pastForms(
  `
  сказал
  рассказал
  заявил
  пояснил
  объяснил
  подтвердил
  прокомментировал
  ответил
  пообещал
  признал
  сообщил
  уточнил
  добавил
  отметил
  подчеркнул
  пожаловался пожаловалась пожаловались
  признался призналась признались
  поделился поделилась поделились
`,
)}|${forms(`
  говорит говорят
  рассказывает рассказывают
  заявляет заявляют
  поясняет поясняют
  объясняет объясняют
  признается признаётся признаются
  жалуется жалуются
`)})`;

/** Small words between a verb and the name: "пишет в среду «Коммерсант»", "сообщил ранее ТАСС". */
export const FILLERS = phrases(`
  также
  тоже
  уже
  ранее
  раньше
  прежде
  сегодня
  вчера
  накануне
  первым
  первой
  первыми
  впервые
  утром
  вечером
  днем
  днём
  ночью
  официально
  эксклюзивно
  об этом
  в понедельник
  во вторник
  в среду
  в четверг
  в пятницу
  в субботу
  в воскресенье
  корреспондент
  собственный корреспондент
`);

/** Nouns of information after "по" or "согласно": "по данным", "по подсчетам", "по материалам". */
export const INFO = forms(`
  данным
  данных
  информации
  сведениям
  словам
  сообщению
  сообщениям
  утверждению
  материалам
  версии
  мнению
  подсчетам подсчётам
  расчетам расчётам
  оценкам
  оценке
`);

/** Whose information it is, between the noun and the outlet: "по данным источников РБК". */
export const HOLDERS = forms(`
  источников
  источника
  собеседников
  собеседника
  журналистов
  корреспондента
  корреспондентов
  аналитиков
  экспертов
`);

/** The nouns of a statement "как следует из …": "из материала «Ведомостей»". */
export const SOURCES_GEN = forms(`
  материала
  публикации
  статьи
  данных
  сообщения
  расследования
  репортажа
  отчета отчёта
  документа
`);

/** Every case form of nouns sharing a stem: `cases('агентств', 'о а у ом е')`. */
function cases(stem: string, endings: string): string[] {
  return endings === '' ? [stem] : endings.split(' ').map((e) => (e === '-' ? stem : stem + e));
}

/** Outlet nouns in every case, by type: they read a name the catalog does not know. */
export const OUTLET_NOUNS = {
  'news-agency': [
    ...cases('агентств', 'о а у ом е'),
    ...cases('информагентств', 'о а у ом е'),
    ...cases('информационн', 'ое ого ому ым ом').map((a) => `${a} агентство`),
  ],
  newspaper: [
    ...cases('газет', 'а ы е у ой ою'),
    ...cases('ежедневник', '- а у ом е'),
    ...cases('таблоид', '- а у ом е'),
  ],
  broadcaster: [
    ...cases('телеканал', '- а у ом е'),
    ...cases('канал', '- а у ом е'),
    ...cases('телекомпани', 'я и ю ей'),
    ...cases('телерадиокомпани', 'я и ю ей'),
    ...cases('радиостанци', 'я и ю ей'),
    ...cases('телемарафон', '- а у ом е'),
    'радио',
    'телевидение',
    'телевидения',
    'телевидению',
  ],
  magazine: [...cases('журнал', '- а у ом е'), ...cases('еженедельник', '- а у ом е')],
  online: [
    ...cases('издани', 'е я ю ем и'),
    ...cases('интернет-издани', 'е я ю ем и'),
    ...cases('портал', '- а у ом е'),
    ...cases('медиа', ''),
  ],
};

/** Adjectives before an outlet noun: nationality ("американское"), scope, trade, stance. */
const ADJECTIVE = `(?:[а-яё-]*(?:ск|цк|ов|ев|ин|льн|тн|ств)|государственн|федеральн|информационн|региональн|местн|областн|районн|столичн|делов|общественн|независим|оппозиционн|западн|провластн|ведущ|крупн|авторитетн|финансов|экономическ|новостн|частн|международн|спортивн|популярн|известн|влиятельн|официальн)(?:ий|ый|ой|ая|ое|ие|ые|ого|его|ому|ему|ым|им|ом|ем|ую|юю|ых|их|ыми|ими|ей)`;

/** A descriptor before a name: "агентства", "американское издание", "телеканалу". */
export const DESCRIPTOR = `(?:${ADJECTIVE}\\s+){0,2}${alternation(Object.values(OUTLET_NOUNS).flat())}`;

/** Months in the genitive, as a dateline writes them ("5 декабря", "5 дек."). */
export const MONTHS = forms(`
  января февраля марта апреля мая июня июля августа сентября октября ноября декабря
  янв фев февр мар апр июн июл авг сен сент окт ноя нояб дек
`);

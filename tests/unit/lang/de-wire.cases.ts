/**
 * German wire tags, source lines, photo credits and agency names, written blind (from how the
 * German-language press credits agencies, before reading utils/core/lang/de.ts) as a check that
 * the German pack generalizes. Their look-alikes are ordinary words and credits of non-outlets.
 */
import type { LanguageCases } from './cases';

export const CASES: LanguageCases = {
  lang: 'de',
  rules: {},
  examples: [
    ['Berlin (dpa) - Die Bundesregierung will die Schuldenbremse reformieren.', ['dpa:byline']],
    [
      'Hamburg (dpa/lno) - Bei einem Brand in Wilhelmsburg ist ein Mann verletzt worden.',
      ['dpa:byline'],
    ],
    [
      'München (AFP) - Der Prozess gegen den früheren Manager beginnt im Mai.',
      ['agence-france-presse:byline'],
    ],
    [
      'Frankfurt/Main (Reuters) - Die Europäische Zentralbank hält die Zinsen stabil.',
      ['reuters:byline'],
    ],
    [
      'Köln (SID) - Der 1. FC Köln hat seinen Trainer entlassen.',
      ['sport-informations-dienst:byline'],
    ],
    ['Wien (APA) - Die Inflation in Österreich ist im November gesunken.', ['apa-austria:byline']],
    [
      'Der Bahnhof bleibt bis Montag gesperrt. (dpa/AFP)',
      ['agence-france-presse:byline', 'dpa:byline'],
    ],
    ['Die Polizei sucht Zeugen. dpa/jk', ['dpa:byline']],
    ['Von Anna Müller, dpa', ['dpa:byline']],
    ['Quelle: dpa', ['dpa:report']],
    ['Quelle: AFP, Reuters', ['agence-france-presse:report', 'reuters:report']],
    ['Quellen: dpa, epd', ['dpa:report', 'evangelischer-pressedienst:report']],
    ['Mit Material von dpa und AFP', ['agence-france-presse:report', 'dpa:report']],
    ['(mit Material der dpa)', ['dpa:report']],
    ['Mit Material der Nachrichtenagenturen dpa und Reuters.', ['dpa:report', 'reuters:report']],
    ['Mit Material von KNA', ['katholische-nachrichten-agentur:report']],
    ['Foto: Michael Kappeler/dpa', ['dpa:photo']],
    ['Bild: Kay Nietfeld/dpa', ['dpa:photo']],
    ['Foto: Sven Hoppe/dpa-Zentralbild/dpa', ['dpa:photo']],
    ['Foto: Reuters/Fabrizio Bensch', ['reuters:photo']],
    ['Foto: AP', ['associated-press:photo']],
    ['Foto: epd-bild/Jens Schulze', ['evangelischer-pressedienst:photo']],
    ['Archivfoto: Marijan Murat/dpa', ['dpa:photo']],
    ['© AFP', ['agence-france-presse:photo']],
    ['Die Deutsche Presse-Agentur berichtete, der Zug sei bei Tempo 80 entgleist.', ['dpa:report']],
    ['Das teilte ein Sprecher der Stadt der Deutschen Presse-Agentur mit.', ['dpa:interview']],
    ['Wie ein Sprecher der dpa sagte, wird die Strecke am Abend freigegeben.', ['dpa:interview']],
    [
      'Die Nachrichtenagentur Reuters meldete unter Berufung auf Insider eine Einigung.',
      ['reuters:report'],
    ],
    ['meldete die staatliche russische Nachrichtenagentur Tass.', ['tass:report']],
    ['Das berichtete die Finanznachrichtenagentur Bloomberg am Mittwoch.', ['bloomberg:report']],
    ['Wie die APA berichtet, wurde der Tunnel gesperrt.', ['apa-austria:report']],
    [
      'Der Evangelische Pressedienst berichtete über die Synode.',
      ['evangelischer-pressedienst:report'],
    ],
    [
      'Laut der Nachrichtenagentur AFP wurden drei Menschen getötet.',
      ['agence-france-presse:report'],
    ],
    [
      'Nach Angaben der Nachrichtenagentur AP gab es keine Verletzten.',
      ['associated-press:report'],
    ],
    ['Der Zug war nach dpa-Informationen zu schnell unterwegs.', ['dpa:report']],
    [
      'Wie die Agentur AFP unter Berufung auf Ärzte meldete, starben zwölf Menschen.',
      ['agence-france-presse:report'],
    ],
    [
      'Die dts Nachrichtenagentur meldete am Morgen neue Zahlen.',
      ['dts-nachrichtenagentur:report'],
    ],
  ],
  lookAlikes: [
    'Quelle: Statistisches Bundesamt',
    'Foto: privat',
    'Foto: Stadt Köln/Presseamt',
    'Foto: IMAGO/Sven Simon',
    'Quelle: eigene Recherche',
    'Die Post kam heute erst am Nachmittag.',
    'Die Deutsche Post erhöht im Januar das Porto.',
    'Das Bundesinnenministerium teilte mit, die Grenzkontrollen würden verlängert.',
    'Auf X schrieb der Minister, er sei enttäuscht.',
    'Auf Instagram veröffentlichte die Sängerin ein Foto aus dem Krankenhaus.',
    'Die Studie erschien im Fachjournal „Nature“.',
    'Nach Angaben der Polizei wurde niemand verletzt.',
    'Der Express nach Hamburg fiel am Morgen aus.',
    'Ein Kurier brachte das Paket erst am Abend.',
    'Der Kurier-Fahrer wurde bei dem Unfall leicht verletzt.',
    'Laut Weltgesundheitsorganisation (WHO) steigen die Fallzahlen.',
    'Laut Bildungsministerium fehlen 12.000 Lehrkräfte.',
    'Das Standard-Verfahren sieht eine Frist von vier Wochen vor.',
  ],
};

/** German (utils/core/lang/de.ts). */
import type { LanguageCases } from './cases';

export const CASES: LanguageCases = {
  lang: 'de',
  rules: {
    'de-actor': {
      fires: [['Die Sendung wird ausgestrahlt von der ARD am Sonntag.', 'ard']],
      silent: ['Die Sendung wird laut der ARD am Sonntag gezeigt.'],
    },
    'de-venue': {
      fires: [['Auf Al Jazeera berichteten sie über den Kibbuz.', 'al-jazeera']],
      silent: ['Al Jazeera berichtete über den Kibbuz.'],
    },
    'de-work-of': {
      fires: [
        [
          'Recherchen der Wiener Stadtzeitung „Falter“ zeigen, dass die Gelder nie angekommen sind.',
          'falter:report',
        ],
        [
          'In einem Artikel der Süddeutschen Zeitung werden die Zitate verglichen.',
          'sueddeutsche-zeitung:report',
        ],
      ],
      silent: ['Die Redaktion der Süddeutschen Zeitung zog um.'],
    },
    'de-analysis-of': {
      fires: [['Eine Umfrage für die ARD zeigt den Trend.', 'ard:analysis']],
      silent: ['Er arbeitet für die ARD zeigt den Trend.'],
    },
    'de-heisst-es': {
      fires: [['Im Spiegel hieß es dazu, der Plan sei gescheitert.', 'der-spiegel:report']],
      silent: ['Der Spiegel hieß es nicht gut.'],
    },
    'de-appeared': {
      fires: [
        [
          'Im Original ist er in der israelischen Tageszeitung Haaretz erschienen.',
          'haaretz:other',
        ],
      ],
      silent: ['Haaretz ist in Tel Aviv zuhause.'],
    },
    'de-claims': {
      fires: [['Der Spiegel will die Wahrheit herausgefunden haben.', 'der-spiegel:report']],
      silent: ['Der Spiegel hat die Wahrheit herausgefunden, sagen Kritiker.'],
    },
    'de-wie': {
      fires: [
        [
          'Wie der «Tages-Anzeiger» publik machte, zahlte die Bank Millionen an Boni aus.',
          'tages-anzeiger:report',
        ],
        [
          'Die Zahlen, wie sie der Guardian kürzlich veröffentlichte, sind hoch.',
          'the-guardian:report',
        ],
      ],
      silent: ['Wie die Welt ist auch der Spiegel gewachsen.'],
    },
    'de-source-label': {
      fires: [['Der Hafen schloss am Montag. (Quelle: dpa)', 'dpa:report']],
      silent: ['Die Quelle der dpa blieb geheim.'],
    },
    'de-laut': {
      fires: [['Laut dpa wurde der Vertrag am Montag unterzeichnet.', 'dpa:report']],
      silent: ['Laut Plan wurde der Vertrag der dpa unterzeichnet.'],
    },
    'de-zufolge': {
      fires: [['Einem Bericht von Reuters zufolge sinken die Preise.', 'reuters:report']],
      silent: ['Die «Financial Times» sinkt in der Gunst der Leser.'],
    },
    'de-berufung': {
      fires: [['Die Agentur meldete unter Berufung auf Reuters einen Anstieg.', 'reuters:report']],
      silent: ['Die Agentur meldete einen Anstieg, wie auch Reuters.'],
    },
    'de-gegenueber': {
      fires: [
        ['Das sagte er gegenüber der Süddeutschen Zeitung.', 'sueddeutsche-zeitung:interview'],
      ],
      silent: ['Das Haus gegenüber gehört der Süddeutschen Zeitung.'],
    },
    'de-told': {
      fires: [
        [
          '«Wir zählen jedes Pfund», sagte ein Geschäftsmann der «Financial Times».',
          'financial-times:quote',
        ],
      ],
      silent: ['«Wir zählen jedes Pfund», sagte ein Geschäftsmann der Financial Times Group AG.'],
    },
    'de-interview': {
      fires: [
        [
          'Im Interview mit dem Spiegel sagte der Minister, er trete zurück.',
          'der-spiegel:interview',
        ],
      ],
      silent: ['Im Haus des Spiegels sagte der Minister, er trete zurück.'],
    },
    'de-mit': {
      fires: [['(FR mit dpa)', 'dpa:byline']],
      silent: ['Die FR arbeitet mit dpa zusammen.'],
    },
    'de-von': {
      fires: [['Von Max Muster, dpa', 'dpa:byline']],
      silent: ['Die Meldung kam von der dpa am Morgen.'],
    },
    'de-inverted': {
      fires: [
        [
          'Das berichteten sowohl die „Süddeutsche Zeitung“ als auch der „Tagesspiegel“.',
          'sueddeutsche-zeitung:report',
        ],
        ['Die Preise steigen, berichtet der Spiegel.', 'der-spiegel:report'],
      ],
      silent: ['Die Preise steigen, und der Spiegel schweigt.'],
    },
    'de-data-by': {
      fires: [['Das zeigen von Bloomberg zusammengestellte Daten.', 'bloomberg:report']],
      silent: ['Das zeigen Daten über Bloomberg zusammen mit anderen.'],
    },
    'de-compound': {
      fires: [['Ein Reuters-Bericht nennt neue Zahlen.', 'reuters:report']],
      silent: ['Ein Reuters-Gebäude brennt.'],
    },
    'de-compound-show': {
      fires: [['In der ARD-Talkshow „Maischberger“ ging es um die Rente.', 'ard:interview']],
      silent: ['Antworten gibt die ARD-Doku „Loriot 100“ von André Schäfer.'],
    },
    'de-gave-interview': {
      fires: [
        ['Der Kanzler gab der Wochenzeitung „Die Zeit“ ein Interview.', 'die-zeit:interview'],
      ],
      silent: ['Der Kanzler gab der Wochenzeitung „Die Zeit“ eine Absage.'],
    },
    'de-showed-footage': {
      fires: [
        ['ServusTV zeigte am Abend Aufnahmen vom Unfallort.', 'servustv:video'],
        ['Der Sender n-tv zeigte Bilder von der Explosion.', 'n-tv:video'],
      ],
      silent: [
        'ServusTV zeigte am Abend einen Spielfilm.',
        'Der Sender n-tv zeigte Interesse an der Übernahme.',
      ],
    },
    'de-reported': {
      fires: [
        [
          'Die „Salzburger Nachrichten“ zitieren aus einem internen Papier der Landesregierung.',
          'salzburger-nachrichten:report',
        ],
        ['Der Spiegel berichtete am Montag über den Fall.', 'der-spiegel:report'],
      ],
      silent: [
        'Die „Salzburger Nachrichten“ zitieren wir hier nicht.',
        'Der Spiegel hängt im Bad.',
      ],
    },
  },
  examples: [
    ['Nach Recherchen des Spiegels hat der Konzern Steuern umgangen.', ['der-spiegel:report']],
    ['Laut einer Analyse des „Tagesspiegels“ stiegen die Mieten.', ['tagesspiegel:analysis']],
    ['Das sagte er der Neuen Zürcher Zeitung am Sonntag.', ['neue-zuercher-zeitung:interview']],
    [
      'Nach Angaben der Deutschen Welle wurden drei Journalisten festgenommen.',
      ['deutsche-welle:report'],
    ],
    [
      'Recherchen von WDR und NDR zeigen, dass der Konzern Steuern umging.',
      ['ndr:report', 'wdr:report'],
    ],
    ['Laut dpa wurde der Vertrag am Montag unterzeichnet.', ['dpa:report']],
    ['Dem Bericht der «Financial Times» zufolge sinken die Preise.', ['financial-times:report']],
    [
      '«Wir zählen jedes Pfund», sagte ein Geschäftsmann der «Financial Times».',
      ['financial-times:quote'],
    ],
    [
      'Der US-Nachrichtensender CNN berichtete unter Berufung auf einen Regierungsbeamten.',
      ['cnn:report'],
    ],
    ['(FR mit dpa)', ['dpa:byline']],
    ['Von: det/dpa', ['dpa:byline']],
    ['Foto: SWR/picture alliance/dpa', ['dpa:photo', 'swr:photo']],
    ['Die Lage sei ernst, so Bloomberg.', ['bloomberg:report']],
    ['Das sagte er gegenüber der Süddeutschen Zeitung.', ['sueddeutsche-zeitung:interview']],
    ['Ein Reuters-Bericht nennt neue Zahlen.', ['reuters:report']],
  ],
  lookAlikes: [
    'Sie wurden von einer Meldung der Süddeutschen Zuchtverbände überrascht.',
    'Die neuen Standards zeigen, dass die Sterne leuchten.',
    'Die ARD feiert seinen Hundertsten mit einer Doku.',
    'Die Zeit drängt, sagte der Minister.',
    'Der Spiegel hängt im Bad.',
    'Die Welt schaut auf Berlin.',
    'Das Bild an der Wand ist schief.',
  ],
};

/** German clause rules (utils/core/lang/de-clauses.ts): each fires, and is silent on a look-alike. */
import type { LanguageCases } from './cases';

export const CASES: LanguageCases = {
  lang: 'de',
  rules: {
    'de-compound-analysis': {
      fires: [['Im aktuellen ARD-Deutschlandtrend liegt die Union vorn.', 'ard:analysis']],
      silent: ['Im aktuellen ARD-Programm liegt der Krimi vorn.'],
    },
    'de-said-in': {
      fires: [
        [
          'Direktor Marcel Perren sagte in der «Tagesschau» von SRF, man unterstütze das Ziel.',
          'srf:interview',
        ],
        ['Das sagte er am Sonntagabend im ZDF.', 'zdf:interview'],
      ],
      silent: [
        'Das sagte sie im Spiegel der Öffentlichkeit, nicht privat.',
        'Das sagte er am Sonntagabend im ZDF-Gebäude.',
      ],
    },
    'de-said-in-fronted': {
      fires: [
        [
          'Im «Echo der Zeit» von Radio SRF sagte die Bundesrätin, es sei schwierig.',
          'radio-srf:interview',
        ],
        ['Im Deutschlandfunk sagte der Minister, die Lage sei ernst.', 'deutschlandfunk:interview'],
      ],
      silent: [
        'Im «Echo der Zeit» von Radio SRF läuft heute ein Beitrag über Bern.',
        'Im Deutschlandfunk läuft am Abend ein Hörspiel.',
      ],
    },
    'de-told-final': {
      fires: [['Wie er dem RND sagte, will er erneut kandidieren.', 'rnd:interview']],
      silent: ['Wie er dem RND den Rücken kehrte, will er nicht erzählen.'],
    },
    'de-reported-final': {
      fires: [['Zuerst hatte der „Tagesspiegel“ darüber berichtet.', 'tagesspiegel:report']],
      silent: ['Über den „Tagesspiegel“ wurde viel berichtet.'],
    },
    'de-has-document': {
      fires: [
        ['Das geht aus einem Papier hervor, das dem „Spiegel“ vorliegt.', 'der-spiegel:report'],
      ],
      silent: ['Das geht aus einem Papier hervor, das dem „Spiegel“ widerspricht.'],
    },
    'de-lies-with': {
      fires: [
        ['Das Schreiben liegt der „Süddeutschen Zeitung“ vor.', 'sueddeutsche-zeitung:report'],
      ],
      silent: ['Das Schreiben liegt neben der „Süddeutschen Zeitung“ auf dem Tisch.'],
    },
    'de-passive-by': {
      fires: [
        [
          'Zitiert wird der Minister von der „Zeit“ mit den Worten, er bereue nichts.',
          'die-zeit:report',
        ],
      ],
      silent: ['Gefragt wird der Minister von der „Zeit“ nach seinen Plänen.'],
    },
    'de-on-request': {
      fires: [
        [
          'Das bestätigte ein Sprecher des Innenministeriums auf Anfrage der APA.',
          'apa-austria:report',
        ],
        [
          'Die Sprecherin bestätigte auf Anfrage des „Tagesspiegels“ den Vorfall.',
          'tagesspiegel:report',
        ],
      ],
      silent: [
        'Das bestätigte ein Sprecher des Innenministeriums auf Drängen der APA-Gewerkschaft.',
        'Die Sprecherin bestätigte auf Drängen des „Tagesspiegels“ den Vorfall.',
      ],
    },
    'de-footage-of': {
      fires: [['Aufnahmen des Senders n-tv zeigen brennende Autos.', 'n-tv:video']],
      silent: ['Die Rechte des Senders n-tv liegen beim Konzern.'],
    },
    'de-poll-commissioned': {
      fires: [
        [
          'Laut einer von der „Bild am Sonntag“ in Auftrag gegebenen Umfrage liegt die AfD bei 20 Prozent.',
          'bild:analysis',
        ],
      ],
      silent: [
        'Laut einer von der „Bild am Sonntag“ gestern gedruckten Umfrage liegt die AfD vorn.',
      ],
    },
    'de-poll-for': {
      fires: [
        [
          'Eine Umfrage von Infratest dimap im Auftrag der ARD sieht die SPD bei 15 Prozent.',
          'ard:analysis',
        ],
      ],
      silent: ['Ein Film der Produktionsfirma im Auftrag der ARD läuft am Sonntag.'],
    },
  },
  examples: [],
  lookAlikes: [],
};

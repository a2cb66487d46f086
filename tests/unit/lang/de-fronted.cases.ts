/** German clause-position rules (utils/core/lang/de-fronted.ts): each fires, and is silent on a look-alike. */
import type { LanguageCases } from './cases';

export const CASES: LanguageCases = {
  lang: 'de',
  rules: {
    'de-told-fronted': {
      fires: [
        [
          'Dem RBB sagte die Senatorin, die Schulen blieben offen.',
          'rundfunk-berlin-brandenburg:interview',
        ],
        [
          'Der „Schwäbischen Zeitung“ sagte der Landrat, das Geld reiche nicht.',
          'schwabische-zeitung:interview',
        ],
      ],
      // The outlet is the subject when no other subject follows the verb.
      silent: ['Der „Spiegel“ bestätigte die Angaben am Abend.'],
    },
    'de-told-perfect': {
      fires: [['Die Ministerin hat der „Zeit“ gesagt, sie bleibe.', 'die-zeit:interview']],
      silent: ['Das hat der „Spiegel“ bestätigt.'],
    },
    'de-zufolge-dative': {
      fires: [['Dem Spiegel zufolge fehlt Munition.', 'der-spiegel:report']],
      silent: ['Dem Spiegel im Flur zufolge sah er müde aus.'],
    },
    'de-passive-agent': {
      fires: [
        [
          'Der Fall war vom „Mannheimer Morgen“ öffentlich gemacht worden.',
          'mannheimer-morgen:report',
        ],
      ],
      silent: ['Der Fall war vom „Mannheimer Morgen“ lange ignoriert worden.'],
    },
    'de-media-among': {
      fires: [
        [
          'Zuvor hatten mehrere Medien, darunter der „Spiegel“, darüber berichtet.',
          'der-spiegel:report',
        ],
      ],
      silent: ['Er verklagte mehrere Medien, darunter den „Spiegel“, auf Schadenersatz.'],
    },
    'de-guest-piece': {
      fires: [['In einem Gastbeitrag für die FAZ forderte er Reformen.', 'faz:other']],
      silent: ['In einem Beitrag über die FAZ ging es um Reformen.'],
    },
    'de-video-label': {
      fires: [['Video: Reuters', 'reuters:video']],
      silent: ['Foto: Reuters'],
    },
    'de-former-staff': {
      fires: [
        [
          'Der frühere „Spiegel“-Reporter Claas Relotius hatte Reportagen gefälscht.',
          'der-spiegel',
        ],
      ],
      silent: ['Ein „Spiegel“-Reporter sah mehrere Panzer in der Stadt.'],
    },
    'de-reports-among': {
      fires: [['Laut Medienberichten, etwa der „Bild“, soll der Trainer gehen.', 'bild:report']],
      silent: ['Laut Medienberichten soll der Trainer gehen, etwa zu „Bild“-Konkurrenten.'],
    },
    'de-comes-from': {
      fires: [
        [
          'Die Informationen stammen von der Nachrichtenagentur AFP.',
          'agence-france-presse:report',
        ],
      ],
      silent: ['Der Moderator stammt vom ZDF und wechselt nun zu RTL.'],
    },
    'de-spoke-with': {
      fires: [
        ['Sie sprach mit der „Zeit“ über ihre Kindheit.', 'die-zeit:interview'],
        ['Mit dem „Spiegel“ sprach er über seine Pläne.', 'der-spiegel:interview'],
      ],
      silent: ['Der Minister sprach mit der „Spiegel“-Chefin über den Fall.'],
    },
    'de-analysed-final': {
      fires: [['Die Zahlen hat die Deutsche Presse-Agentur ausgewertet.', 'dpa:analysis']],
      silent: ['Die Zahlen hat die Deutsche Presse-Agentur verbreitet.'],
    },
    'de-gegenueber-post': {
      fires: [
        [
          'Dem „Tagesspiegel“ gegenüber erklärte die Senatorin, sie bleibe.',
          'tagesspiegel:interview',
        ],
      ],
      silent: ['Dem „Tagesspiegel“ gegenüber liegt das Kanzleramt.'],
    },
    'de-compound-interview': {
      fires: [
        ['Im ORF-Interview betonte die Ministerin, es gebe keine Alternative.', 'orf:interview'],
      ],
      silent: ['Im ORF-Zentrum betonte die Ministerin, es gebe keine Alternative.'],
    },
    'de-told-zu': {
      fires: [
        ['„Das ist falsch“, sagte sie zur NZZ.', 'neue-zuercher-zeitung:quote'],
        ['Der Gemeindepräsident sagte zu «Blick», man prüfe alles.', 'blick:interview'],
      ],
      silent: ['Er sagte zur Zeit der Tat nichts.', 'Sie äußerte sich zum Spiegel-Bericht nicht.'],
    },
  },
  examples: [
    // A quoted name in any quotation style: „Kicker“, «Kicker», »Kicker«.
    ['Wie »Kicker« berichtet, steht der Stürmer vor einem Wechsel.', ['kicker:report']],
    ['Wie «Blick» berichtet, sind mehrere Kantone betroffen.', ['blick:report']],
    // Two outlets joined by "sowohl … als auch", "sowie".
    [
      'Das berichteten sowohl die „Süddeutsche Zeitung“ als auch der „Tagesspiegel“.',
      ['sueddeutsche-zeitung:report', 'tagesspiegel:report'],
    ],
    ['Darüber berichteten der NDR sowie der WDR.', ['ndr:report', 'wdr:report']],
    // A catalog name led by its kind, with the rest quoted as German papers write titles.
    [
      'Das berichtet das Wirtschaftsmagazin „Capital“ in seiner neuen Ausgabe.',
      ['capital-wirtschaftsmagazin:report'],
    ],
    // A compound noun naming the kind of outlet before an unlisted name.
    ['Wie das Stadtmagazin „Kreuzer“ meldet, schließt das Kino.', ['unlisted:kreuzer:report']],
    // Another outlet's quoted name before a comma is a name, not direct speech.
    [
      'Die Agentur Reuters meldete unter Berufung auf das „Wall Street Journal“, der Deal sei geplatzt.',
      ['reuters:report', 'the-wall-street-journal:report'],
    ],
  ],
  // A title-cased name after a fronted dative stays uncertain (no sure credit).
  lookAlikes: ['Der Welt sagte der Papst, sie müsse umkehren.'],
};

/** Dutch (utils/core/lang/nl.ts). */
import type { LanguageCases } from './cases';

export const CASES: LanguageCases = {
  lang: 'nl',
  rules: {
    'nl-source-label': {
      fires: [['De haven sloot maandag. (Bron: ANP)\nMeer.', 'anp:report']],
      silent: ['De bron van ANP zweeg.'],
    },
    'nl-actor': {
      fires: [['Hij schrijft voor de Volkskrant over gaswinning.', 'de-volkskrant']],
      silent: ['Hij zegt tegen de Volkskrant dat de gaswinning stopt.'],
    },
    'nl-actor-verb': {
      fires: [['De NOS zendt de wedstrijd live uit.', 'nos']],
      silent: ['De NOS meldt dat de wedstrijd is afgelast.'],
    },
    'nl-poll': {
      fires: [
        [
          'Uit een peiling van Ipsos in opdracht van de NOS blijkt dat de meerderheid tegen is.',
          'nos:analysis',
        ],
      ],
      silent: ['Uit een peiling over de NOS blijkt dat kijkers tevreden zijn.'],
    },
    'nl-work-analysis': {
      fires: [
        ['In een analyse in De Morgen staat dat de haven kwetsbaar is.', 'de-morgen:analysis'],
      ],
      silent: ['Een analyse van de NOS-uitzendingen toont weinig vrouwen.'],
    },
    'nl-volgens': {
      fires: [
        ['Volgens persbureau ANP is de weg afgesloten.', 'anp:report'],
        ['Volgens cijfers die NRC vorige week publiceerde, stijgt de schade.', 'nrc:report'],
      ],
      silent: ['Volgens de minister heeft de NOS het mis.'],
    },
    'nl-citing': {
      fires: [
        [
          'Reuters meldt, onder verwijzing naar Bloomberg, dat de deal rond is.',
          'bloomberg:report',
        ],
      ],
      silent: ['Reuters meldt dat Bloomberg het bedrijf koopt.'],
    },
    'nl-told': {
      fires: [
        ['Hij zei tegen de NOS dat bewoners boos zijn.', 'nos:quote'],
        [
          'In een reactie aan persbureau ANP zegt de woordvoerder dat het onderzoek loopt.',
          'anp:quote',
        ],
      ],
      silent: ['Hij zei dat hij tegen de NOS is.', 'Hij stuurde een brief aan de NOS-directeur.'],
    },
    'nl-told-front': {
      fires: [['Tegen de NOS zegt hij dat hij teleurgesteld is.', 'nos:quote']],
      silent: ['Tegen de NOS werd een klacht ingediend.'],
    },
    'nl-interview': {
      fires: [['In een interview met NRC zegt ze dat ze spijt heeft.', 'nrc:interview']],
      silent: ['Ze heeft NRC een interview gegeven.'],
    },
    'nl-said-in': {
      fires: [
        ['Dat zei de premier zondag in het televisieprogramma Nieuwsuur.', 'nieuwsuur:interview'],
        ['Hij zei in De Telegraaf dat hij stopt.', 'de-telegraaf:interview'],
      ],
      silent: [
        'De premier keek zondag naar het televisieprogramma Nieuwsuur.',
        'De minister reageerde op de NOS.',
      ],
    },
    'nl-programme': {
      fires: [['Dat zei hij zondag in de NOS-uitzending.', 'nos:interview']],
      silent: ['Het ANP is een persbureau.'],
    },
    'nl-work-report': {
      fires: [
        ['Uit een rondgang van de NOS blijkt dat scholen kampen met tekorten.', 'nos:report'],
      ],
      silent: ['Een artikel over de NOS werd veel gedeeld.'],
    },
    'nl-seen-by': {
      fires: [['Dat blijkt uit documenten die NRC heeft ingezien.', 'nrc:report']],
      silent: ['Dat blijkt uit documenten die NRC heeft verloren.'],
    },
    'nl-published-by': {
      fires: [['Het nieuws werd als eerste gemeld door De Telegraaf.', 'de-telegraaf:report']],
      silent: ['Het nieuws werd gestuurd naar De Telegraaf.'],
    },
    'nl-footage': {
      fires: [['Op beelden van de NOS is te zien hoe het huis instort.', 'nos:video']],
      silent: ['Op beelden over de NOS is het gebouw te zien.'],
    },
    'nl-photo': {
      fires: [['Foto ANP / Robin Utrecht', 'anp:photo']],
      silent: ['Een foto die het ANP verspreidde.'],
    },
    'nl-byline-door': {
      fires: [['Door Jan Jansen, ANP', 'anp:byline']],
      silent: ['Het werd verspreid door ANP in maart.'],
    },
    'nl-inverted': {
      fires: [['Dat meldt de NOS.', 'nos:report']],
      silent: ['Dat meldt een woordvoerder van de NOS-directie.'],
    },
    'nl-reported': {
      fires: [
        ['De VRT maakte bekend dat de wedstrijd wordt uitgesteld.', 'vrt:report'],
        ['De Telegraaf schreef eerder dat de minister opstapt.', 'de-telegraaf:report'],
      ],
      silent: [
        'De minister maakte bekend dat de VRT de wedstrijd uitstelt.',
        'De Telegraaf is de grootste krant van Nederland.',
      ],
    },
  },
  examples: [
    // Blind set: written from how the press credits sources, before reading the rules.
    ['Volgens de NOS heeft het kabinet het besluit al genomen.', ['nos:report']],
    ['Dat meldt de Volkskrant dinsdag op basis van ingewijden.', ['de-volkskrant:report']],
    ['NRC schreef vorige week dat de minister op de hoogte was.', ['nrc:report']],
    [
      '"We gaan niet terug", zei de burgemeester tegen het Algemeen Dagblad.',
      ['algemeen-dagblad:quote'],
    ],
    ['Dat bevestigt een woordvoerder van de politie aan persbureau ANP.', ['anp:quote']],
    [
      'Het Financieele Dagblad onthulde eerder dat de bank een fusie overweegt.',
      ['het-financieele-dagblad:report'],
    ],
    [
      'Uit onderzoek van Follow the Money blijkt dat de subsidie nooit is gecontroleerd.',
      ['follow-the-money:report'],
    ],
    [
      'Uit een peiling van Ipsos I&O in opdracht van RTL Nieuws blijkt dat de PVV groeit.',
      ['rtl-nieuws:analysis'],
    ],
    [
      '{{caption:Hulpdiensten bij de plek van het ongeluk. Foto: ANP / Robin Utrecht}}',
      ['anp:photo'],
    ],
    ['De Telegraaf berichtte zaterdag dat de club de trainer ontslaat.', ['de-telegraaf:report']],
    ['Dat zei de premier zondag in het televisieprogramma Nieuwsuur.', ['nieuwsuur:interview']],
    [
      'Het Laatste Nieuws meldt dat de brandweer de hele nacht bezig was.',
      ['het-laatste-nieuws:report'],
    ],
    ['Dat zegt hij in gesprek met Het Parool.', ['het-parool:interview']],
    ['Volgens persbureau Belga zijn er zeker tien gewonden.', ['belga:report']],
    ['De VRT maakte bekend dat de wedstrijd wordt uitgesteld.', ['vrt:report']],
    [
      'De lokale omroep Radio Dijkzicht meldt dat de weg is afgesloten.',
      ['unlisted:radio-dijkzicht:report'],
    ],
    ['De haven sloot maandag. (Bron: ANP)\nMeer.', ['anp:report']],
    ['Foto: ANP', ['anp:photo']],
    ['Volgens de NOS gaat het om drie mannen.', ['nos:report']],
    ['Dat schrijft de Volkskrant op basis van eigen onderzoek.', ['de-volkskrant:report']],
    ['Het Nieuwsblad meldt dat de haven dicht is.', ['het-nieuwsblad:report']],
    ['NRC heeft eerder gemeld dat de gaswinning stopt.', ['nrc:report']],
    ['De minister zei in het NOS Journaal dat er geld komt.', ['nos-journaal:interview']],
    ['Het Nederlandse persbureau ANP meldde dat de weg dicht is.', ['anp:report']],
    ['Volgens VRT NWS gaat het om mannen uit Antwerpen.', ['vrt:report']],
    ['Foto: BELGA', ['belga:photo']],
    ['Dat blijkt uit documenten die NRC heeft ingezien.', ['nrc:report']],
  ],
  lookAlikes: [
    // Blind set: written from how the press credits sources, before reading the rules.
    'Jan de Vries werkte eerder als verslaggever bij NRC en de Volkskrant.',
    'De Telegraaf is eigendom van Mediahuis.',
    'Het ministerie van Volksgezondheid meldde 300 nieuwe besmettingen.',
    'De video ging viraal op TikTok en Instagram.',
    'Medewerkers van de NOS staakten maandag.',
    'Een studie in het tijdschrift Nature laat zien dat het risico toeneemt.',
    'Hij heeft trouw zijn plicht gedaan.',
    'Hij werkte eerder voor het Nieuwsblad van het Noorden.',
    'De NOS bezuinigt op de sportredactie.',
    'Hij zei dat de NOS gelijk had.',
    'De Telegraaf is de grootste krant van Nederland.',
    'De bron van ANP zweeg.',
    'Hij stuurde een brief aan de NOS-directeur.',
  ],
};

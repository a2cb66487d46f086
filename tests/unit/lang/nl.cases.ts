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
      fires: [['Hij zei in De Telegraaf dat hij stopt.', 'de-telegraaf:interview']],
      silent: ['De minister reageerde op de NOS.'],
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
      fires: [['De Telegraaf schreef eerder dat de minister opstapt.', 'de-telegraaf:report']],
      silent: ['De Telegraaf is de grootste krant van Nederland.'],
    },
  },
  examples: [
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
    'Hij werkte eerder voor het Nieuwsblad van het Noorden.',
    'De NOS bezuinigt op de sportredactie.',
    'Hij zei dat de NOS gelijk had.',
    'De Telegraaf is de grootste krant van Nederland.',
    'De bron van ANP zweeg.',
    'Hij stuurde een brief aan de NOS-directeur.',
  ],
};

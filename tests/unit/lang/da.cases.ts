/** Danish (utils/core/lang/da.ts). */
import type { LanguageCases } from './cases';

export const CASES: LanguageCases = {
  lang: 'da',
  rules: {
    'da-work-by': {
      fires: [['Det viser en opgørelse, som DR har lavet.', 'dr:analysis']],
      silent: ['Det viser en opgørelse, som DR har offentliggjort.'],
    },
    'da-source-label': {
      fires: [['Havnen lukkede. (Kilde: Ritzau)\nMere.', 'ritzau:report']],
      silent: ['Kilden hos Ritzau tav.'],
    },
    'da-actor': {
      fires: [['Hun har arbejdet på Berlingske i ti år.', 'berlingske']],
      silent: ['Hun har fortalt Berlingske om sagen.'],
    },
    'da-actor-verb': {
      fires: [['DR sender kampen direkte.', 'dr']],
      silent: ['DR melder, at kampen er aflyst.'],
    },
    'da-poll': {
      fires: [['En måling, som Epinion har lavet for DR, viser et flertal imod.', 'dr:analysis']],
      silent: ['En måling om DR viser et flertal imod.'],
    },
    'da-genitive': {
      fires: [['Det viser Berlingskes gennemgang af regnskaberne.', 'berlingske:report']],
      silent: ['Berlingskes gennemgående tema er klima.'],
    },
    'da-genitive-analysis': {
      fires: [['Ifølge DR’s måling er partiet størst.', 'dr:analysis']],
      silent: ['DR’s målgruppe er unge.'],
    },
    'da-ifolge': {
      fires: [
        ['Ifølge Ritzau er flyet sikkert landet.', 'ritzau:report'],
        ['Ifølge tal, som DR Nyheder har indhentet, mangler 500 sygeplejersker.', 'dr:report'],
      ],
      silent: ['Ifølge ministeren er Reuters forkert.'],
    },
    'da-citing': {
      fires: [
        [
          'Reuters skriver med henvisning til Bloomberg, at handlen er på plads.',
          'bloomberg:report',
        ],
      ],
      silent: ['Reuters skriver, at Bloomberg har købt firmaet.'],
    },
    'da-told': {
      fires: [['Ministeren siger til Berlingske, at han går af.', 'berlingske:quote']],
      silent: [
        'Ministeren siger, at Berlingske tager fejl.',
        'Hun sagde nej til DR-chefens tilbud.',
      ],
    },
    'da-told-front': {
      fires: [['Over for DR siger han, at han er skuffet.', 'dr:quote']],
      silent: ['Over for DR ligger en café.'],
    },
    'da-interview': {
      fires: [['I et interview med Berlingske siger hun, at hun angrer.', 'berlingske:interview']],
      silent: ['Hun har givet Berlingske et interview.'],
    },
    'da-programme': {
      fires: [['Han sagde i DR’s Deadline, at skatten skal ned.', 'dr:interview']],
      silent: ['Han sagde, at DR’s Deadline er for lang.'],
    },
    'da-compound': {
      fires: [['Hun fortæller i DR-podcasten »Genstart«, at hun er bange.', 'dr:interview']],
      silent: ['DR-chefen går af.'],
    },
    'da-compound-report': {
      fires: [['Det fremgik af Berlingske-artiklen i går.', 'berlingske:report']],
      silent: ['Berlingske-bygningen er solgt.'],
    },
    'da-published-by': {
      fires: [['Sagen blev først omtalt af Jyllands-Posten i marts.', 'jyllands-posten:report']],
      silent: ['Sagen blev sendt til Jyllands-Posten i marts.'],
    },
    'da-seen-by': {
      fires: [
        ['Dokumenter, som Berlingske har set, viser at sagen blev henlagt.', 'berlingske:report'],
      ],
      silent: ['Dokumenter, som Berlingske sendte ind, blev afvist.'],
    },
    'da-can-reveal': {
      fires: [['Det kan Ekstra Bladet afsløre.', 'ekstra-bladet:report']],
      silent: ['Det kan Ekstra Bladet ikke svare på.'],
    },
    'da-footage': {
      fires: [['Video fra DR viser, hvordan branden spredte sig.', 'dr:video']],
      silent: ['Videoen om DR blev delt mange gange.'],
    },
    'da-byline-af': {
      fires: [['Af Jens Hansen, Ritzau', 'ritzau:byline']],
      silent: ['Det var af stor betydning for Ritzau.'],
    },
    'da-inverted': {
      fires: [['Det oplyser Ritzau.', 'ritzau:report']],
      silent: ['Det oplyser Ritzaus direktør.'],
    },
    'da-contacted': {
      fires: [
        ['Ekstra Bladet har været i kontakt med flere vidner.', 'ekstra-bladet:report'],
        ['Kristeligt Dagblad har talt med flere præster.', 'kristeligt-dagblad:report'],
      ],
      silent: ['Kristeligt Dagblad har talt om at flytte redaktionen.'],
    },
    'da-reported': {
      fires: [
        ['Berlingske har tidligere beskrevet sagen.', 'berlingske:report'],
        ['B.T. kunne mandag afsløre, at aftalen var indgået sidste år.', 'b-t:report'],
        ['Berlingske skriver, at ministeren går af.', 'berlingske:report'],
        ['Zetland har afdækket, hvordan kommunen brugte pengene.', 'zetland:report'],
        ['Det var Politiken, der først skrev om sagen.', 'politiken:report'],
      ],
      silent: [
        'Berlingske har tidligere solgt bygningen.',
        'B.T. kunne mandag ikke træffes.',
        'Berlingske har nyt hus.',
      ],
    },
  },
  examples: [
    // Blind set: written from how the press credits sources, before reading the rules.
    ['Ifølge DR har regeringen allerede truffet beslutningen.', ['dr:report']],
    ['Berlingske har tidligere beskrevet sagen.', ['berlingske:report']],
    [
      '- Det er helt uacceptabelt, siger ministeren til Jyllands-Posten.',
      ['jyllands-posten:quote'],
    ],
    [
      'I et interview med Ekstra Bladet fortæller hun om årene i fængslet.',
      ['ekstra-bladet:interview'],
    ],
    ['Det oplyser politiet til Ritzau.', ['ritzau:quote']],
    ['Det erfarer Børsen fra flere kilder.', ['borsen:report']],
    [
      'Ifølge en måling, som Epinion har lavet for DR, går Socialdemokratiet frem.',
      ['dr:analysis'],
    ],
    ['{{caption:Politiet på stedet. Foto: Mads Claus Rasmussen/Ritzau Scanpix}}', ['ritzau:photo']],
    ['B.T. kunne mandag afsløre, at aftalen var indgået sidste år.', ['b-t:report']],
    [
      'Lokalavisen Vestegnens Tidende skriver, at vejen er spærret.',
      ['unlisted:vestegnens-tidende:report'],
    ],
    ['Han sagde til DR Nyheder, at han ikke vil gå af.', ['dr:quote']],
    ['Det kom frem i DR-programmet Deadline torsdag.', ['dr:interview']],
    ['Ifølge nyhedsbureauet Reuters er mindst ti mennesker dræbt.', ['reuters:report']],
    ['Ifølge Reuters er flyet sikkert.', ['reuters:report']],
    ['Foto: Liselotte Sabroe/Ritzau Scanpix', ['ritzau:photo']],
    ['Men ifølge den tyrkiske avis Hurriyet er det 225 millioner dollar.', ['hurriyet:report']],
    ['Af Jens Hansen, Ritzau', ['ritzau:byline']],
    ['Havnen lukkede. (Kilde: Ritzau)\nMere.', ['ritzau:report']],
    ['Han siger til Radio4, at projektet er forsinket.', ['radio4:quote']],
    ['Det skriver Berlingske.', ['berlingske:report']],
    ['Det siger ministeren til DR.', ['dr:quote']],
    ['Ifølge Jyllands-Posten overvejer regionen at lukke.', ['jyllands-posten:report']],
    ['En måling, som Voxmeter har foretaget for Ritzau, viser fremgang.', ['ritzau:analysis']],
    ['Det bekræfter politiet over for Ekstra Bladet.', ['ekstra-bladet:quote']],
  ],
  lookAlikes: [
    // Blind set: written from how the press credits sources, before reading the rules.
    'Mette Jensen har tidligere arbejdet på Politiken og DR.',
    'Berlingske ejes af det belgiske mediekoncern DPG Media.',
    'Regeringen fremlagde tirsdag finansloven.',
    'Videoen har bredt sig på Facebook og TikTok.',
    'DR-chefen går af efter seks år.',
    'Han læser Information hver morgen.',
    'Berlingske har nyt hus.',
    'Kilden hos Ritzau tav.',
    'Ministeren siger, at Berlingske tager fejl.',
    'Det var af stor betydning for Ritzau.',
    'Ifølge ministeren er Reuters forkert.',
    'Fyens Stiftstidende er en del af Jysk Fynske Medier.',
    'Han siger, at det er vigtigt for DR.',
  ],
};

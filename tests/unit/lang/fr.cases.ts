/** French (utils/core/lang/fr.ts). */
import type { LanguageCases } from './cases';

export const CASES: LanguageCases = {
  lang: 'fr',
  rules: {
    'fr-photo': {
      fires: [['Le président à Paris. Photo AFP', 'agence-france-presse:photo']],
      silent: ['Sur une photo AFP publiée lundi, on voit le président.'],
    },
    'fr-actor': {
      fires: [["L'émission est diffusée sur TF1 chaque soir.", 'tf1']],
      silent: ["L'émission est critiquée par TF1 chaque soir."],
    },
    'fr-source-label': {
      fires: [['Le port a fermé lundi. (Source : Reuters)', 'reuters:report']],
      silent: ['La source de Reuters a démenti.'],
    },
    'fr-selon': {
      fires: [['Selon Mediapart, le ministre aurait menti.', 'mediapart:report']],
      silent: ['Selon le ministre, Mediapart aurait menti.'],
    },
    'fr-told': {
      fires: [["« C'est un choix difficile », a-t-elle expliqué à CBC.", 'cbc:quote']],
      silent: ["« C'est un choix difficile », a-t-elle expliqué avant CBC."],
    },
    'fr-interview': {
      fires: [
        ['Dans un entretien accordé à Libération, le ministre a démenti.', 'liberation:interview'],
      ],
      silent: ['Dans un entretien, le ministre a critiqué Libération.'],
    },
    'fr-fronted': {
      fires: [
        [
          'Le bilan est lourd au Sénégal. Sur la télévision publique RTS, le gouverneur a annoncé un deuil.',
          'rts:interview',
        ],
      ],
      silent: ['Le bilan est lourd. Sur la RTS le débat continue.'],
    },
    'fr-citing': {
      fires: [["L'AFP, citant Reuters, a confirmé l'information.", 'reuters:report']],
      silent: ["L'AFP a confirmé l'information, comme Reuters."],
    },
    'fr-read-in': {
      fires: [['Ce contrat, peut-on lire dans Les Échos.', 'les-echos:quote']],
      silent: ['Ce contrat, peut-on lire, concerne Les Échos.'],
    },
    'fr-learn-via': {
      fires: [['On apprend via l’AFP que le dossier est clos.', 'agence-france-presse:report']],
      silent: ['On apprend que l’AFP a fermé le dossier.'],
    },
    'fr-by': {
      fires: [["L'affaire a été dévoilée en 2018 par le journal Ebdo.", 'ebdo:report']],
      silent: ["L'affaire a été oubliée en 2018 par le journal Ebdo."],
    },
    'fr-inverted': {
      fires: [['Le ministre a menti, écrit Le Canard enchaîné.', 'le-canard-enchaine:report']],
      silent: ['Le ministre a menti, et Le Canard enchaîné se tait.'],
    },
    'fr-analysis': {
      fires: [
        ['Selon nos calculs, un sondage réalisé pour Le Figaro le confirme.', 'le-figaro:analysis'],
      ],
      silent: ['Un sondage réalisé sur Le Figaro et ses lecteurs.'],
    },
    'fr-video': {
      fires: [['Des images de Libération montrent la scène.', 'liberation:video']],
      silent: ['Des images montrent la scène devant Libération.'],
    },
    'fr-with': {
      fires: [['Par Jean Dupont avec AFP', 'agence-france-presse:byline']],
      silent: ['La rédaction a travaillé avec AFP sur ce dossier.'],
    },
    'fr-footage': {
      fires: [['Des images diffusées par BFMTV montrent la foule.', 'bfmtv:video']],
      silent: ["L'émission est diffusée par BFMTV chaque soir."],
    },
    'fr-report-of': {
      fires: [["Une enquête de Libération montre que l'élu a menti.", 'liberation:report']],
      silent: ["Une enquête sur Libération montre que l'élu a menti."],
    },
    'fr-staff': {
      fires: [['Le correspondant du Monde à Kyiv a constaté des destructions.', 'le-monde:report']],
      silent: ['Ancien correspondant du Monde à Kyiv, il a constaté des destructions.'],
    },
    'fr-analysis-verb': {
      fires: [['Le Monde a publié une analyse des votes.', 'le-monde:analysis']],
      silent: ['Le Monde a publié une photo des votes.'],
    },
    'fr-reported': {
      fires: [['Le Monde révèle qu’une autre enquête est ouverte.', 'le-monde:report']],
      silent: ['Le Monde entier regarde la France.'],
    },
  },
  examples: [
    ['Selon Mediapart, le ministre aurait menti.', ['mediapart:report']],
    ['Le Monde révèle qu’une autre enquête est ouverte.', ['le-monde:report']],
    ["« C'est un choix difficile », a-t-elle expliqué à CBC.", ['cbc:quote']],
    ['Ce contrat, peut-on lire dans Les Échos.', ['les-echos:quote']],
    ['On apprend via l’AFP que le dossier est clos.', ['agence-france-presse:report']],
    ["L'affaire a été dévoilée en 2018 par le journal Ebdo.", ['ebdo:report']],
    ["D'après les informations de Matthew Kupfer de CBC, le projet est retardé.", ['cbc:report']],
    ['Le ministre a menti, écrit Le Canard enchaîné.', ['le-canard-enchaine:report']],
    ['(avec AFP)', ['agence-france-presse:byline']],
    ['Crédit photo : Reuters', ['reuters:photo']],
    ["Comme l'a révélé Mediapart, le ministre a menti.", ['mediapart:report']],
    ["Comme l'ont rapporté Les Échos, l'usine va fermer.", ['les-echos:report']],
    ['Dans un entretien accordé au Parisien, la maire a démenti.', ['le-parisien:interview']],
    ['Il a confié au Figaro que rien ne changerait.', ['le-figaro:interview']],
    ['Selon des journalistes du Point, le contrat a été signé.', ['le-point:report']],
    ['Selon un sondage Elabe pour BFMTV, 40 % des Français approuvent.', ['bfmtv:analysis']],
    ['Dans les colonnes du Figaro, le ministre a répondu.', ['le-figaro:interview']],
    ['Une vidéo publiée sur le site du Parisien montre la scène.', ['le-parisien:video']],
    ['Une journaliste de Libération a vu les corps.', ['liberation:report']],
    ['Le bilan est lourd. Au Parisien, le maire a confié sa colère.', ['le-parisien:interview']],
    ["Le président à Paris. PHOTO D'ILLUSTRATION REUTERS", ['reuters:photo']],
    ['Les envoyés spéciaux du Monde ont pu constater les dégâts.', ['le-monde:report']],
  ],
  lookAlikes: [
    'Le monde entier regarde la France.',
    "Il était l'invité du JT de TF1 dimanche soir.",
    "L'émission est diffusée sur France 2 chaque soir.",
    'Le Parisien a été racheté par LVMH.',
    'La libération des otages a eu lieu hier.',
    'Ancien journaliste du Monde, il dirige désormais une ONG.',
    'Il a travaillé dix ans au Figaro avant de rejoindre la politique.',
    'Abonnez-vous au Figaro pour un euro.',
    'Mediapart a été condamné pour diffamation.',
    'Le tirage du Monde a baissé.',
    'Des journalistes de France 2 ont été agressés.',
    'La France a remporté la Coupe du Monde, a rapporté le ministre.',
    "Le présentateur de l'émission Quotidien sur TMC a été remercié.",
  ],
};

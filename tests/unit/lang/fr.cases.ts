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
      fires: [
        ['Une étude publiée dans la revue Science montre que le risque augmente.', 'science'],
        ['Le président de Radio France a annoncé la suppression de 200 postes.', 'radio-france'],
        ["L'émission est diffusée sur TF1 chaque soir.", 'tf1'],
      ],
      silent: [
        'Un article publié dans Le Monde révèle que le risque augmente.',
        'Radio France a annoncé la suppression de 200 postes.',
        "L'émission est critiquée par TF1 chaque soir.",
      ],
    },
    'fr-source-label': {
      fires: [['Le port a fermé lundi. (Source : Reuters)', 'reuters:report']],
      silent: ['La source de Reuters a démenti.'],
    },
    'fr-selon': {
      fires: [
        [
          'Selon le quotidien national Le Soleil, le port de Dakar a enregistré un trafic record.',
          'le-soleil:report',
        ],
        ['Selon Mediapart, le ministre aurait menti.', 'mediapart:report'],
      ],
      silent: ['Selon le ministre, Mediapart aurait menti.'],
    },
    'fr-told': {
      fires: [
        [
          "L'information a été confirmée à Sudinfo par le parquet de Charleroi.",
          'sudinfo:interview',
        ],
        ["« C'est un choix difficile », a-t-elle expliqué à CBC.", 'cbc:quote'],
      ],
      silent: [
        'La production a été confiée à Radio-Canada.',
        "« C'est un choix difficile », a-t-elle expliqué avant CBC.",
      ],
    },
    'fr-interview': {
      fires: [
        [
          "Invitée de l'émission Tout le monde en parle de Radio-Canada, la ministre a défendu son bilan.",
          'radio-canada:interview',
        ],
        ['Au micro d’Europe 1, le patron du syndicat a appelé à la grève.', 'europe-1:interview'],
        ['Dans un entretien accordé à Libération, le ministre a démenti.', 'liberation:interview'],
      ],
      silent: [
        "Dans l'émission Enquête de Radio-Canada, des employés témoignent.",
        'Le micro d’Europe 1 est resté ouvert.',
        'Dans un entretien, le ministre a critiqué Libération.',
      ],
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
        ['Selon des chiffres compilés par Le Monde, les plaintes ont doublé.', 'le-monde:analysis'],
        ['Selon nos calculs, un sondage réalisé pour Le Figaro le confirme.', 'le-figaro:analysis'],
      ],
      silent: [
        'Des chiffres compilés par la police ont été publiés dans Le Monde.',
        'Un sondage réalisé sur Le Figaro et ses lecteurs.',
      ],
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
      fires: [
        ["L'envoyé spécial du Figaro à Kharkiv a pu constater les dégâts.", 'le-figaro:report'],
        ['Le correspondant du Monde à Kyiv a constaté des destructions.', 'le-monde:report'],
      ],
      silent: [
        "L'ancien envoyé spécial du Figaro à Kharkiv a pu constater les dégâts.",
        'Ancien correspondant du Monde à Kyiv, il a constaté des destructions.',
      ],
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
    // Blind set: written from how the press credits sources, before reading the rules.
    [
      "Selon l'Agence France-Presse, au moins douze personnes ont été tuées dans l'explosion.",
      ['agence-france-presse:report'],
    ],
    ['Le ministre a confirmé la démission, a rapporté Le Figaro mardi soir.', ['le-figaro:report']],
    ['« Nous ne céderons pas », a déclaré la ministre au Parisien.', ['le-parisien:quote']],
    [
      'Interrogé par franceinfo, le maire a dénoncé une décision « incompréhensible ».',
      ['franceinfo:interview'],
    ],
    [
      "Dans un entretien accordé au Monde, l'ancien président estime que l'Europe doit réagir.",
      ['le-monde:interview'],
    ],
    [
      'Invitée de France Inter ce jeudi, la députée a défendu son amendement.',
      ['france-inter:interview'],
    ],
    [
      "D'après les informations du Journal du Dimanche, l'Élysée prépare un remaniement.",
      ['le-journal-du-dimanche:report'],
    ],
    [
      'Ouest-France rapportait lundi que la digue avait cédé dans la nuit.',
      ['ouest-france:report'],
    ],
    [
      "L'Express affirme que la banque envisage une fusion avec un concurrent italien.",
      ['l-express:report'],
    ],
    [
      'Selon un sondage Elabe pour BFMTV publié mercredi, 58 % des Français sont opposés à la réforme.',
      ['bfmtv:analysis'],
    ],
    [
      '{{caption:Des manifestants à Nantes, samedi. © Loïc Venance / AFP}}',
      ['agence-france-presse:photo'],
    ],
    [
      "« C'est une erreur », a indiqué une source gouvernementale à l'agence Reuters.",
      ['reuters:quote'],
    ],
    ['Contactée par Libération, la préfecture a confirmé le bilan.', ['liberation:interview']],
    [
      "L'envoyé spécial du Figaro à Kharkiv a pu constater l'ampleur des dégâts.",
      ['le-figaro:report'],
    ],
    [
      'Le quotidien régional La Voix du Nord a révélé jeudi que l’usine fermerait en juin.',
      ['la-voix-du-nord:report'],
    ],
    [
      'Selon nos confrères de Sud Ouest, le feu est reparti dimanche après-midi.',
      ['sud-ouest:report'],
    ],
    ['Des images diffusées par BFMTV montrent la façade effondrée.', ['bfmtv:video']],
    [
      'Le Canard enchaîné affirme dans son édition de mercredi que le ministre avait été prévenu.',
      ['le-canard-enchaine:report'],
    ],
    ["C'est ce qu'a annoncé Radio-Canada mercredi soir.", ['radio-canada:report']],
    ['« Je suis prêt », a-t-il confié à L’Équipe avant la finale.', ['l-equipe:quote']],
    ["Le ministre s'est exprimé dimanche soir sur le plateau de TF1.", ['tf1:interview']],
    [
      'Selon des chiffres compilés par Le Monde, le nombre de plaintes a doublé en deux ans.',
      ['le-monde:analysis'],
    ],
    [
      "Les enquêteurs ont retrouvé l'arme, écrivent Les Échos et Le Point.",
      ['le-point:report', 'les-echos:report'],
    ],
    [
      "L'information, révélée par Mediapart, a été confirmée par l'AFP.",
      ['agence-france-presse:report', 'mediapart:report'],
    ],
    [
      "Le journal local L'Écho des Collines rapporte que la route est coupée depuis lundi.",
      ['unlisted:l-echo-des-collines:report'],
    ],
    ['Au micro d’Europe 1, le patron du syndicat a appelé à la grève.', ['europe-1:interview']],
    [
      '« Il faut tout revoir », a-t-elle lancé dans les colonnes du Progrès.',
      ['le-progres-lyon:quote'],
    ],
    ['Avec AFP et Reuters', ['agence-france-presse:byline', 'reuters:byline']],
    ['{{caption:Le port de Marseille. Photo Reuters/Eric Gaillard}}', ['reuters:photo']],
    [
      'Nice-Matin a pu consulter le rapport, qui pointe de graves manquements.',
      ['nice-matin:report'],
    ],
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
    // Blind set: written from how the press credits sources, before reading the rules.
    'Jean Dupont, ancien journaliste au Monde, est aujourd’hui consultant en communication.',
    'Le Figaro a été racheté par le groupe Dassault en 2004.',
    'Marianne Dubois, 34 ans, a déclaré qu’elle voterait contre le projet.',
    'Elle a publié une vidéo sur Facebook et sur Instagram pour dénoncer la décision.',
    'Une étude parue dans la revue Nature montre que le risque augmente avec l’âge.',
    'Les salariés de BFMTV sont en grève depuis lundi pour protester contre le plan social.',
    'Il a été rédacteur en chef de Libération de 2006 à 2014 avant de rejoindre France Inter.',
    'Le ministère de l’Intérieur a indiqué que 300 policiers seraient mobilisés.',
    'Il lit Le Monde tous les matins à la terrasse du café.',
    'Le président de Radio France a annoncé la suppression de 200 postes.',
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

/**
 * French (utils/core/lang/fr.ts): a second blind set, written from how the French, Belgian,
 * Swiss, Quebec and African francophone press credit their sources before the pack's rules were
 * read (6 December 2026).
 */
import type { LanguageCases } from './cases';

export const CASES: LanguageCases = {
  lang: 'fr',
  rules: {},
  examples: [
    ['« Nous n’avons rien à cacher », a-t-il déclaré sur BFMTV.', ['bfmtv:quote']],
    ['« C’est un scandale », a-t-elle confié au Parisien.', ['le-parisien:quote']],
    ['« Je ne démissionnerai pas », a-t-il assuré à l’AFP.', ['agence-france-presse:quote']],
    ['Nous n’avons pas été prévenus, a-t-elle expliqué à franceinfo.', ['franceinfo:interview']],
    ['Interrogée par Ouest-France, la préfète a reconnu des retards.', ['ouest-france:interview']],
    ['Selon les informations du Monde, l’Élysée a renoncé au projet.', ['le-monde:report']],
    [
      'D’après Le Canard enchaîné, le ministre aurait utilisé un véhicule de fonction.',
      ['le-canard-enchaine:report'],
    ],
    [
      'Comme l’a révélé Mediapart mardi, la société a versé deux millions d’euros.',
      ['mediapart:report'],
    ],
    [
      'Ainsi que l’indique Le Figaro, la réforme entrera en vigueur en janvier.',
      ['le-figaro:report'],
    ],
    ['Révélée par Libération, l’affaire a suscité un tollé.', ['liberation:report']],
    [
      'L’information, d’abord publiée par L’Équipe, a été confirmée par le club.',
      ['l-equipe:report'],
    ],
    [
      'Contacté par l’AFP, le ministère n’a pas souhaité réagir.',
      ['agence-france-presse:interview'],
    ],
    ['Sollicitée par Le Parisien, la mairie n’a pas donné suite.', ['le-parisien:interview']],
    ['Sur le plateau de TF1, le Premier ministre a annoncé un plan d’urgence.', ['tf1:interview']],
    ['Au micro de RMC, l’entraîneur a dénoncé l’arbitrage.', ['rmc:interview']],
    [
      'Dans les colonnes de Sud Ouest, le maire de Bordeaux affirme que la ville est prête.',
      ['sud-ouest:interview'],
    ],
    [
      'Il l’a affirmé dans une interview accordée au Journal du dimanche.',
      ['le-journal-du-dimanche:interview'],
    ],
    [
      'Selon un sondage Ifop pour Le Journal du dimanche, 58 % des Français sont opposés au texte.',
      ['le-journal-du-dimanche:analysis'],
    ],
    [
      'D’après un décompte de l’AFP, au moins 120 personnes ont été tuées.',
      ['agence-france-presse:analysis'],
    ],
    [
      'Selon les calculs des Echos, la facture dépasserait trois milliards d’euros.',
      ['les-echos:analysis'],
    ],
    ['Des images diffusées par France 3 montrent la crue de la Seine.', ['france-3:video']],
    ['Une vidéo publiée par BFMTV montre les policiers interpeller le suspect.', ['bfmtv:video']],
    [
      '{{caption:Le président à l’Élysée, le 3 mai. (Photo : Ludovic Marin / AFP)}}',
      ['agence-france-presse:photo'],
    ],
    ['{{caption:Des manifestants à Paris, samedi. © Reuters}}', ['reuters:photo']],
    [
      '{{caption:Le port de Marseille. PHOTO NICOLAS VALLAURI / LA PROVENCE}}',
      ['la-provence:photo'],
    ],
    ['{{caption:Le bourgmestre devant l’hôtel de ville. Crédit photo : Belga}}', ['belga:photo']],
    [
      'Paris (AFP) - Le gouvernement a annoncé jeudi un gel des prix de l’énergie.',
      ['agence-france-presse:byline'],
    ],
    [
      'Le procès reprendra lundi. (Avec AFP et Reuters)',
      ['agence-france-presse:byline', 'reuters:byline'],
    ],
    [
      'Le quotidien régional Courrier picard rapporte que l’usine sera reprise.',
      ['le-courrier-picard:report'],
    ],
    [
      'Selon nos confrères de La Voix du Nord, l’usine fermera en juin.',
      ['la-voix-du-nord:report'],
    ],
    ['Le chantier a pris six mois de retard, rapporte Le Télégramme.', ['le-telegramme:report']],
    [
      'Le chantier a pris du retard, affirme Nice-Matin dans son édition de mercredi.',
      ['nice-matin:report'],
    ],
    [
      'Comme le rapportait hier La Dépêche du Midi, le site sera fermé tout l’été.',
      ['la-depeche-du-midi:report'],
    ],
    ['Selon Radio-Canada, le gouvernement Legault reportera la réforme.', ['radio-canada:report']],
    ['Le Devoir a appris que le ministère avait été averti dès 2021.', ['le-devoir:report']],
    ['Selon TVA Nouvelles, le suspect a été arrêté à Laval.', ['tva-nouvelles:report']],
    ['Interrogé par la RTBF, le bourgmestre a défendu sa décision.', ['rtbf:interview']],
    ['Selon la Tribune de Genève, le Conseil d’État a tranché.', ['tribune-de-geneve:report']],
    [
      'D’après Jeune Afrique, le président ivoirien prépare un remaniement.',
      ['jeune-afrique:report'],
    ],
    ['Dans un entretien à RFI, le chef de la junte a promis des élections.', ['rfi:interview']],
    [
      'Sur l’antenne de France 24, la ministre a démenti toute négociation.',
      ['france-24:interview'],
    ],
    ['Selon l’agence officielle APS, le bilan s’élève à douze morts.', ['aps-algeria:report']],
    [
      'Il n’y a plus d’eau depuis trois jours, a indiqué à Radio Okapi un habitant de Goma.',
      ['radio-okapi:interview'],
    ],
    ['Selon Actualite.cd, le gouverneur a été suspendu.', ['actualite-cd:report']],
    ['Rapportés par le quotidien burkinabè Sidwaya, ces chiffres inquiètent.', ['sidwaya:report']],
    [
      'Selon le site d’information Seneweb, le député a été placé sous mandat de dépôt.',
      ['seneweb:report'],
    ],
    ['Selon L’Orient-Le Jour, les négociations ont échoué.', ['l-orient-le-jour:report']],
    ['Selon Hespress, le ministre a été convoqué au Parlement.', ['hespress:report']],
    ['Tunis, 4 juin (TAP) - Le président a reçu le chef du gouvernement.', ['tap-tunisia:byline']],
    [
      'L’hebdomadaire local La Gazette du Morvan a révélé que l’école fermera.',
      ['unlisted:gazette-du-morvan:report'],
    ],
    [
      'La radio associative Radio Larzac a rapporté que la route était coupée.',
      ['unlisted:radio-larzac:report'],
    ],
    [
      'Le journaliste de franceinfo présent sur place a pu constater les dégâts.',
      ['franceinfo:report'],
    ],
    [
      'L’envoyée spéciale de Libération à Kiev raconte une ville sous les bombes.',
      ['liberation:report'],
    ],
    [
      'C’est ce que montre une analyse du Monde des données de la Sécurité sociale.',
      ['le-monde:analysis'],
    ],
    [
      'Selon le décompte réalisé par Le Parisien, 14 policiers ont été blessés.',
      ['le-parisien:analysis'],
    ],
    ['Citée par Reuters, une source gouvernementale a confirmé l’accord.', ['reuters:report']],
    [
      'Selon l’Agence France-Presse, le cessez-le-feu a été rompu.',
      ['agence-france-presse:report'],
    ],
    [
      'Le suspect a été interpellé, ont rapporté Le Point et L’Express.',
      ['l-express:report', 'le-point:report'],
    ],
    ['Invité de Sud Radio, le sénateur a plaidé pour un référendum.', ['sud-radio:interview']],
    ['Selon France Bleu Isère, la station ne rouvrira pas cet hiver.', ['france-bleu:report']],
    [
      'Le Journal de Saône-et-Loire a révélé que le maire avait démissionné.',
      ['le-journal-de-saone-et-loire:report'],
    ],
    [
      'Le premier ministre du Québec a confié à La Presse qu’il ne se représenterait pas.',
      ['la-presse:interview'],
    ],
    ['Le Temps révèle que la banque a dissimulé des pertes.', ['le-temps:report']],
    [
      'Le Soleil, quotidien national sénégalais, rapporte que le port sera agrandi.',
      ['le-soleil:report'],
    ],
    [
      'Selon une enquête Ipsos réalisée pour France Télévisions et Radio France, l’abstention reculerait.',
      ['france-televisions:analysis', 'radio-france:analysis'],
    ],
  ],
  lookAlikes: [
    'Tout le monde le sait, mais personne ne le dit.',
    'Le ministre a-t-il menti aux députés ?',
    'L’ancien journaliste du Figaro a rejoint l’équipe de campagne.',
    'Passé par RTL et Europe 1, il présente désormais la matinale de France Inter.',
    'BFMTV a été condamnée par l’Arcom à une amende de 50 000 euros.',
    'La directrice de France Télévisions a présenté ses vœux au personnel.',
    'Selon le ministère de l’Intérieur, 80 000 manifestants ont défilé.',
    'Selon Orange, la panne a été réparée dans la nuit.',
    'Marianne, 34 ans, habitante de Nantes, témoigne de son quotidien.',
    'La Croix-Rouge a ouvert un centre d’accueil à Calais.',
    'L’Équipe de France a battu l’Espagne en demi-finale.',
    'La Montagne noire est en proie aux flammes depuis lundi.',
    'Libération de Paris : les commémorations ont réuni des milliers de personnes.',
    'Il a publié une vidéo sur TikTok et sur X pour dénoncer la décision.',
    'Une étude de l’Inserm montre que le risque augmente avec l’âge.',
    'Le Parisien d’origine, installé à Lyon depuis dix ans, a ouvert un restaurant.',
    'Le temps presse pour le gouvernement.',
    'La journaliste, ancienne de Mediapart, a fondé son propre média.',
    'TF1 diffusera le match à 21 heures.',
    'Le groupe Les Echos-Le Parisien, propriété de LVMH, supprime 40 postes.',
    'Selon l’Insee, le chômage a baissé au troisième trimestre.',
    'Jeune Afrique et d’autres titres ont été suspendus au Mali.',
    'La Provence est la région la plus touchée par les incendies.',
    'Le Canard enchaîné fête ses 110 ans cette année.',
    'Le point de vue du maire n’a pas changé.',
    'A-t-on vraiment tout essayé ?',
    'Au Soleil levant, les pêcheurs rentraient à Dakar.',
  ],
};

/**
 * French (utils/core/lang/fr.ts): the third blind set, written on 6 December 2026 before
 * the pack's rules were read, from the press of Quebec, Belgium, Switzerland, francophone Africa, the Maghreb and Haiti. The credits still missed
 * after the round left the table; docs/accuracy.md lists them.
 */
import type { LanguageCases } from './cases';

export const CASES: LanguageCases = {
  lang: 'fr',
  rules: {},
  examples: [
    [
      "Selon ce que rapporte La Presse, le gouvernement Legault compte déposer le projet de loi dès l'automne.",
      ['la-presse:report'],
    ],
    [
      "« Nous n'avons rien à cacher », a indiqué le ministre au Devoir mardi soir.",
      ['le-devoir:quote'],
    ],
    ['« La situation est sous contrôle », a confié le bourgmestre à la RTBF.', ['rtbf:quote']],
    [
      'Le projet coûtera 40 millions de francs, rapporte la Tribune de Genève.',
      ['tribune-de-geneve:report'],
    ],
    ['Le Temps a appris que la banque allait supprimer 300 postes à Genève.', ['le-temps:report']],
    [
      'Selon le quotidien national Le Soleil, le port de Dakar a enregistré un trafic record.',
      ['le-soleil:report'],
    ],
    [
      'Le ministre a déclaré à Fraternité Matin que les travaux reprendront en juin.',
      ['fraternite-matin:interview'],
    ],
    [
      "Selon l'Agence ivoirienne de presse (AIP), la crue a fait trois morts à Abidjan.",
      ['aip-cote-divoire:report'],
    ],
    [
      "Comme l'a révélé Cameroon Tribune, le chantier du barrage accuse un an de retard.",
      ['cameroon-tribune:report'],
    ],
    [
      'Dans un entretien accordé à Jeune Afrique, le président a exclu un troisième mandat.',
      ['jeune-afrique:interview'],
    ],
    ['Les combats ont repris dans le Nord-Kivu, selon Radio Okapi.', ['radio-okapi:report']],
    [
      "Le site d'information actualite.cd rapporte que le gouverneur a été suspendu.",
      ['actualite-cd:report'],
    ],
    [
      "Rabat, 5 avril (MAP) - Le Maroc et l'Espagne ont signé un accord de coopération.",
      ['map-morocco:byline'],
    ],
    [
      'Selon Hespress, le wali a ordonné la démolition des constructions illégales.',
      ['hespress:report'],
    ],
    [
      "Selon l'agence TAP, le président tunisien a limogé le gouverneur de Sfax.",
      ['tap-tunisia:report'],
    ],
    [
      "Le porte-parole du tribunal a indiqué à Mosaïque FM que l'audience était reportée.",
      ['mosaique-fm:interview'],
    ],
    [
      'Selon Radio Télévision Caraïbes, les affrontements ont fait une dizaine de morts à Port-au-Prince.',
      ['radio-television-caraibes:report'],
    ],
    [
      '{{caption:Des manifestants à Kinshasa, le 10 février. Photo : AFP}}',
      ['agence-france-presse:photo'],
    ],
    ['{{caption:Le Premier ministre à la Chambre. Crédit photo : Belga}}', ['belga:photo']],
    ["{{caption:Le pont de Gênes après l'effondrement. © Keystone}}", ['keystone-sda:photo']],
    ['Avec AFP et Belga', ['agence-france-presse:byline', 'belga:byline']],
    ['« Je ne lâcherai rien », a-t-il affirmé au micro de Radio-Canada.', ['radio-canada:quote']],
    [
      'Le document, cité par Le Monde, évoque des irrégularités dans la passation des marchés.',
      ['le-monde:report'],
    ],
    [
      "L'information, relayée par l'agence Reuters, n'a pas été démentie par Kinshasa.",
      ['reuters:report'],
    ],
    [
      'TVA Nouvelles, citant le Journal de Montréal, affirme que le chantier sera retardé.',
      ['le-journal-de-montreal:report', 'tva-nouvelles:report'],
    ],
    [
      'Le correspondant de RFI à Kinshasa a constaté une forte présence militaire dans la ville.',
      ['rfi:report'],
    ],
    [
      'Selon un sondage Léger réalisé pour Le Journal de Montréal, la CAQ glisse au troisième rang.',
      ['le-journal-de-montreal:analysis'],
    ],
    [
      "Le quotidien libanais L'Orient-Le Jour rapporte que les frappes ont visé le sud du pays.",
      ['l-orient-le-jour:report'],
    ],
    [
      "Selon le site d'information senego.com, la marche a été interdite par le préfet.",
      ['senego:report'],
    ],
    [
      "D'après la radio communautaire Radio Maendeleo, trois civils ont été tués près de Bukavu.",
      ['unlisted:radio-maendeleo:report'],
    ],
    [
      "Comme l'a révélé L'Écho, le groupe belge prépare une cession de ses actifs.",
      ['l-echo:report'],
    ],
    ["L'information a été confirmée à Sudinfo par le parquet de Charleroi.", ['sudinfo:interview']],
    [
      'La Libre Belgique a révélé lundi que le ministre avait été entendu par la police.',
      ['la-libre-belgique:report'],
    ],
    [
      "Le Quotidien d'Oran rapporte que la pénurie de lait persiste dans plusieurs wilayas.",
      ['le-quotidien-d-oran:report'],
    ],
    [
      "Selon L'Observateur Paalga, le convoi a été attaqué près de Djibo.",
      ['l-observateur-paalga:report'],
    ],
    [
      "Le maire a déclaré à l'hebdomadaire régional La Gruyère qu'il ne se représentera pas.",
      ['unlisted:gruyere:interview'],
    ],
  ],
  lookAlikes: [
    'Le journaliste, passé par Le Soir et La Libre, dirige désormais un magazine culturel.',
    'Le temps sera ensoleillé mercredi sur toute la Suisse romande.',
    'Sous le soleil de Dakar, les supporters ont fêté la victoire des Lions.',
    'La presse québécoise a largement commenté la décision de la Cour suprême.',
    "Le devoir de réserve s'impose à tous les magistrats, a rappelé le ministre.",
    "Selon la Banque mondiale, la croissance atteindra 5 % en Côte d'Ivoire.",
    "Selon Hydro-Québec, 300 000 clients étaient privés d'électricité mardi soir.",
    'Jeune Afrique a été condamné pour diffamation par un tribunal de Dakar.',
    "Le gouvernement burkinabè a suspendu RFI et France 24 jusqu'à nouvel ordre.",
    "Il a publié une vidéo de l'arrestation sur Facebook.",
    'Le matin du drame, il pleuvait sur Charleroi.',
    "Selon l'Institut national de santé publique du Québec, les cas de rougeole augmentent.",
    'Ancien journaliste de Radio-Canada, il a été élu député de Rimouski.',
    'La liberté de la presse recule au Sahel, selon Reporters sans frontières.',
    "Le Nouvelliste célèbre cette année ses 125 ans d'existence.",
    "Selon le ministère de la Santé, aucun nouveau cas n'a été signalé.",
  ],
};

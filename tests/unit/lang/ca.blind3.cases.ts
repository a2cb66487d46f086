/**
 * Catalan (utils/core/lang/ca.ts): the third blind set, written on 6 December 2026 before
 * the pack's rules were read, from the press of Catalonia, Valencia, the Balearic Islands and Andorra. The credits still missed
 * after the round left the table; docs/accuracy.md lists them.
 */
import type { LanguageCases } from './cases';

export const CASES: LanguageCases = {
  lang: 'ca',
  rules: {},
  examples: [
    [
      'Segons informa La Vanguardia, el Govern aprovarà els pressupostos la setmana vinent.',
      ['la-vanguardia:report'],
    ],
    [
      "El conseller ha explicat a Catalunya Ràdio que no hi haurà restriccions d'aigua aquest estiu.",
      ['catalunya-radio:quote'],
    ],
    [
      'En una entrevista a TV3, la presidenta del Parlament ha defensat la reforma del reglament.',
      ['tv3:interview'],
    ],
    [
      'Ho ha publicat aquest dimarts El Punt Avui, que cita fonts municipals.',
      ['el-punt-avui:report'],
    ],
    ["Segons VilaWeb, la jutgessa ha citat a declarar l'exalcalde.", ['vilaweb:report']],
    [
      "Segons el Diari de Girona, l'Ajuntament tancarà el pont de Pedra durant un mes.",
      ['diari-de-girona:report'],
    ],
    ["«No ens rendirem», ha declarat l'entrenador a RAC1.", ['rac1:quote']],
    [
      "Segons ha pogut saber El Periódico, Renfe licitarà els nous trens a l'estiu.",
      ['el-periodico:report'],
    ],
    ['En declaracions a IB3, el batle de Palma ha defensat la nova ordenança.', ['ib3:quote']],
    [
      'Segons el diari Última Hora, el Govern balear limitarà els lloguers turístics.',
      ['ultima-hora-es:report'],
    ],
    ['Ho ha informat À Punt, que ha emès les imatges de la riuada.', ['a-punt:report']],
    [
      "Segons el setmanari El 9 Nou, l'empresa de Vic tancarà la planta a l'octubre.",
      ['unlisted:9-nou:report'],
    ],
    [
      "Ho ha revelat el digital Nació Digital, que ha tingut accés a l'informe.",
      ['unlisted:nacio-digital:report'],
    ],
    ["Segons l'agència Europa Press, el jutge ha arxivat la causa.", ['europa-press:report']],
    [
      "Segons el Diari d'Andorra, el Govern andorrà aprovarà la llei d'habitatge.",
      ['unlisted:diari-d-andorra:report'],
    ],
    [
      "La informació l'ha avançada el diari Regió7, segons el qual la mina tancarà el 2027.",
      ['unlisted:regio7:report'],
    ],
    ['Segons recull el diari Segre, la collita de fruita ha caigut un 30 %.', ['segre:report']],
    [
      'Segons Europa Press, que cita el diari El Mundo, el fiscal recorrerà la sentència.',
      ['el-mundo:report', 'europa-press:report'],
    ],
    [
      "L'alcalde ha dit a l'emissora local Ràdio Sabadell que el mercat obrirà al juny.",
      ['unlisted:radio-sabadell:quote'],
    ],
    [
      'Segons una enquesta del GESOP per a El Periódico, el PSC guanyaria les eleccions.',
      ['el-periodico:analysis'],
    ],
    [
      '{{caption:La manifestació a la Via Laietana. (Fotografia: EFE/Quique García)}}',
      ['efe:photo'],
    ],
    [
      'Ha assegurat en una entrevista a la Cadena SER que no es presentarà a la reelecció.',
      ['cadena-ser:interview'],
    ],
    [
      "D'acord amb el diari Ara, la Fiscalia investiga els contractes del consorci.",
      ['ara:report'],
    ],
    ['Segons el diari digital El Món, la consellera dimitirà avui.', ['unlisted:mon:report']],
    [
      'Segons ha informat el Diari de Tarragona, el port ampliarà la terminal de creuers.',
      ['unlisted:diari-de-tarragona:report'],
    ],
    [
      'Tal com va avançar el Diari de Balears, el Consell de Mallorca recorrerà la decisió.',
      ['unlisted:diari-de-balears:report'],
    ],
    [
      'Segons va publicar ahir el diari Levante-EMV, la Generalitat valenciana retallarà les ajudes.',
      ['levante-emv:report'],
    ],
    ["El ministre ho ha dit en declaracions a l'agència EFE.", ['efe:quote']],
  ],
  lookAlikes: [
    'El Segre baixa amb poc cabal aquest estiu per la sequera.',
    'Segons el CEO, ERC i Junts empatarien a escons.',
    'Ara mateix no hi ha cap acord, ha dit el conseller als periodistes.',
    'La vanguardia artística dels anys vint va néixer a París.',
    'El punt de trobada serà la plaça de Catalunya a les deu.',
    'La periodista va treballar a TV3 durant vint anys abans de fundar la seva productora.',
    'Segons el Departament de Salut, els casos de grip han baixat.',
    'El Grup Zeta va vendre El Periódico el 2019.',
    'Segons la Generalitat, el pla arribarà a 5.000 famílies.',
    "Va publicar el vídeo de l'agressió a Instagram.",
    'Ahir a última hora el Govern va convocar els sindicats.',
    'El món ha canviat molt des de la pandèmia.',
    'Els treballadors de TV3 faran vaga dijous.',
    'Segons Aigües de Barcelona, el subministrament es restablirà avui.',
    "La nació catalana celebra l'Onze de Setembre amb una manifestació.",
    'El diari de la Nació va ser premiat a la fira del llibre infantil.',
  ],
};
